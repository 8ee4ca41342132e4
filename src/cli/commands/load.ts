/**
 * `kgx load PATH...`: extract documents and write them to the configured store (Neo4j when
 * NEO4J_URI is set, else the embedded store). Bad files are listed; the exit status is 1 if any failed.
 */
import { Command } from "commander";
import type { GraphStore } from "../../../graph/store/types.ts";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { LOAD_DEFAULTS, loadPaths } from "../../ingest/load.ts";
import { ExtractPool } from "../../ingest/pool.ts";
import { createProgress, summaryLine } from "../progress.ts";

/** The load command. */
export function loadCommand(): Command {
  return new Command("load")
    .description(
      "extract entities and relations from documents (.txt .md .html .json .jsonl, directories recursively) and store them",
    )
    .argument("<paths...>", "files or directories")
    .option("-q, --quiet", "no progress bar")
    .option("--batch-size <n>", "rows per write transaction", (v) => Number.parseInt(v, 10))
    .option("--actors <file>", "user actors file merged over the built-in gazetteer (KGX_ACTORS)")
    .option("--cues <file>", "user cues file merged over the built-in cue lexicon (KGX_CUES)")
    .action(
      async (
        paths: string[],
        opts: { quiet?: boolean; batchSize?: number; actors?: string; cues?: string },
      ) => {
        const settings = loadSettings(process.env, { "--actors": opts.actors, "--cues": opts.cues });
        const userFiles = { actors: settings.actorsFile, cues: settings.cuesFile };
        // Bad user files are reported before anything starts (they are read again by each thread).
        if (userFiles.actors || userFiles.cues)
          (await import("../../../loaders/user/index.ts")).userExtractOptions(userFiles);
        // The extraction threads start first: they load their code while the store opens and the files are listed.
        const extractor =
          settings.workers > 1
            ? new ExtractPool(settings.workers, userFiles, LOAD_DEFAULTS.niceness).start()
            : undefined;
        let store: GraphStore;
        try {
          store = await openStore(settings);
        } catch (e) {
          await extractor?.close();
          throw e;
        }
        const progress = createProgress(!opts.quiet);
        try {
          const result = await loadPaths(store, paths, {
            maxBytes: settings.maxFileBytes,
            batchSize: opts.batchSize ?? settings.batchSize,
            workers: settings.workers,
            userFiles,
            ...(extractor ? { extractor } : {}),
            onProgress: (p) => progress.update(p),
          });
          progress.stop();
          for (const p of result.problems) process.stderr.write(`error: ${p.message} [${p.code}]\n`);
          process.stdout.write(`${summaryLine(result)} -> ${store.kind} store\n`);
          if (result.problems.length) process.exitCode = 1;
        } finally {
          progress.stop();
          await Promise.all([extractor?.close(), store.close()]);
        }
      },
    );
}
