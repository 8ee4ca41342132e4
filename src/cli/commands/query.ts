/**
 * `kgx query "CYPHER" [--param k=v] [--format table|json|csv]`: read-only Cypher against Neo4j.
 * Writes are refused; on the embedded store it explains how to start Neo4j.
 */
import { Command, Option } from "commander";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { AppError } from "../../errors.ts";
import { formatRows, parseParam, QUERY_FORMATS, type QueryFormat } from "../format.ts";

/** The query command. */
export function queryCommand(): Command {
  return new Command("query")
    .description("run a read-only Cypher query (needs Neo4j: set NEO4J_URI)")
    .argument("<cypher>", "the Cypher query")
    .option("-p, --param <key=value>", "query parameter (repeatable; JSON values allowed)", parseParam, {})
    .addOption(
      new Option("-f, --format <format>", "output format").choices([...QUERY_FORMATS]).default("table"),
    )
    .option("--max-rows <n>", "row cap (default KGX_QUERY_MAX_ROWS or 1000)")
    .option("--max-bytes <n>", "cap on the JSON size of the answer (default KGX_QUERY_MAX_BYTES or 4000000)")
    .option("--timeout <ms>", "deadline of the query (default KGX_QUERY_TIMEOUT_MS or 10000)")
    .action(
      async (
        cypher: string,
        opts: {
          param: Record<string, unknown>;
          format: QueryFormat;
          maxRows?: string;
          maxBytes?: string;
          timeout?: string;
        },
      ) => {
        const settings = loadSettings(process.env, {
          "--max-rows": opts.maxRows,
          "--max-bytes": opts.maxBytes,
          "--timeout": opts.timeout,
        });
        if (!settings.neo4j) {
          throw new AppError(
            "NEO4J_REQUIRED",
            "kgx query needs Neo4j: start it with `npm run neo4j -- start`, then set NEO4J_URI=bolt://127.0.0.1:7687 and NEO4J_PASSWORD and load documents with `kgx load`.",
          );
        }
        const store = await openStore(settings);
        try {
          const result = await store.query(cypher, {
            params: opts.param,
            maxRows: settings.queryMaxRows,
            maxBytes: settings.queryMaxBytes,
            timeoutMs: settings.queryTimeoutMs,
          });
          process.stdout.write(formatRows(result.columns, result.rows, opts.format));
          if (result.cut)
            process.stderr.write(
              `note: output cut at ${result.rows.length} rows by the ${result.cut.reason === "rows" ? `row cap of ${result.cut.limit} (--max-rows)` : `size cap of ${result.cut.limit} bytes (--max-bytes)`}\n`,
            );
        } finally {
          await store.close();
        }
      },
    );
}
