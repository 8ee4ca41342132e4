/**
 * `kgx serve [--sample]`: serves the explorer and the API over the configured store. With
 * --sample, the sample corpus is loaded first (already stored documents are skipped).
 */
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { loadPaths } from "../../ingest/load.ts";
import { summaryLine } from "../progress.ts";

/** The sample corpus shipped with the project. */
export const SAMPLE_CORPUS = fileURLToPath(new URL("../../../corpus", import.meta.url));
const WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));

/** The serve command. */
export function serveCommand(): Command {
  return new Command("serve")
    .description("serve the web explorer and the API (PORT, HOST; Neo4j when NEO4J_URI is set)")
    .option("--sample", "load the sample corpus first")
    .option("--port <port>", "port (default PORT or 8080)")
    .action(async (opts: { sample?: boolean; port?: string }) => {
      const settings = loadSettings(process.env, { "--port": opts.port });
      const store = await openStore(settings);
      if (opts.sample) {
        const result = await loadPaths(store, [SAMPLE_CORPUS], { maxBytes: settings.maxFileBytes });
        process.stdout.write(`sample corpus: ${summaryLine(result)}\n`);
      }
      // Imported here: the server's modules cost every other command ~0.2 s of start-up.
      const { startServer } = await import("../../server/main.ts");
      const { url } = await startServer(store, settings, WEB_DIST);
      process.stdout.write(`kg-explorer (${store.kind} store) at ${url}\n`);
      await new Promise(() => {});
    });
}
