/**
 * Read-only Cypher for the console, the API and `kgx query`: the plan is checked first with
 * EXPLAIN (anything but a read-only query type is refused with QUERY_NOT_READ_ONLY), then the query
 * runs in a read transaction with a timeout and a row cap; nodes and relationships in the result
 * come back as a graph too.
 */
import type { Driver } from "neo4j-driver";
import { AppError } from "../../../src/errors.ts";
import type { QueryOptions, QueryResult } from "../types.ts";
import { collectGraph, toPlain } from "./convert.ts";

/** Defaults of {@link readOnlyQuery}. */
export const QUERY_DEFAULTS = { timeoutMs: 10_000, maxRows: 1000 };

/** Runs `cypher` read-only. Driver errors propagate for the caller to map. */
export async function readOnlyQuery(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  options: QueryOptions = {},
): Promise<QueryResult> {
  const { timeoutMs, maxRows } = { ...QUERY_DEFAULTS, ...options };
  const params = options.params ?? {};
  const session = driver.session({ defaultAccessMode: "READ", ...(database ? { database } : {}) });
  try {
    const trimmed = cypher.trim().replace(/;\s*$/, "");
    if (/^\s*(EXPLAIN|PROFILE)\b/i.test(trimmed)) {
      throw new AppError(
        "BAD_REQUEST",
        "Send the query without EXPLAIN or PROFILE; the console plans it itself.",
      );
    }
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${trimmed}`, params), {
      timeout: timeoutMs,
    });
    const type = plan.summary.queryType;
    if (type !== "r") {
      throw new AppError(
        "QUERY_NOT_READ_ONLY",
        `This console is read-only, and this query ${type === "s" ? "changes the schema" : "writes"} (query type "${type}"). Use MATCH ... RETURN; load data with \`kgx load\`.`,
      );
    }
    const rows: Record<string, unknown>[] = [];
    const raw: unknown[] = [];
    let columns: string[] = [];
    let truncated = false;
    await session.executeRead(
      async (tx) => {
        const result = tx.run(trimmed, params);
        columns = (await result.keys()).map(String);
        for await (const record of result) {
          if (rows.length >= maxRows) {
            truncated = true;
            break;
          }
          raw.push(record.keys.map((k) => record.get(k)));
          rows.push(Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))])));
        }
      },
      { timeout: timeoutMs },
    );
    return { columns, rows, truncated, graph: collectGraph(raw) };
  } finally {
    await session.close();
  }
}
