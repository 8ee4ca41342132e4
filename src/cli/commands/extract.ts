/**
 * `kgx extract PATH... -o graph.json`: extraction only, no store. Writes the interchange JSON of
 * GUIDELINES.md (to stdout without -o). Bad files are listed; exit status 1 if any failed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Command } from "commander";
import { extractDocuments } from "../../../loaders/extract/index.ts";
import { readAll } from "../../../loaders/read/index.ts";
import { userExtractOptions } from "../../../loaders/user/index.ts";
import { loadSettings } from "../../config/settings.ts";

/** The extract command. */
export function extractCommand(): Command {
  return new Command("extract")
    .description("extract entities and relations to the graph interchange JSON, without a store")
    .argument("<paths...>", "files or directories")
    .option("-o, --output <file>", "output file (default: stdout)")
    .option("--with-text", "include each document's full text")
    .option("-q, --quiet", "no summary on stderr")
    .option("--actors <file>", "user actors file merged over the built-in gazetteer (KGX_ACTORS)")
    .option("--cues <file>", "user cues file merged over the built-in cue lexicon (KGX_CUES)")
    .action(
      async (
        paths: string[],
        opts: { output?: string; withText?: boolean; quiet?: boolean; actors?: string; cues?: string },
      ) => {
        const settings = loadSettings(process.env, { "--actors": opts.actors, "--cues": opts.cues });
        const options = userExtractOptions({ actors: settings.actorsFile, cues: settings.cuesFile });
        const started = Date.now();
        const { documents, errors, bytes } = await readAll(paths, { maxBytes: settings.maxFileBytes });
        const graph = extractDocuments(documents, options);
        if (opts.withText) {
          const texts = new Map(documents.map((d) => [d.id, d.text]));
          graph.documents = graph.documents.map((d) => ({ ...d, text: texts.get(d.id) ?? "" }));
        }
        const json = `${JSON.stringify(graph, null, 2)}\n`;
        if (opts.output) {
          await mkdir(dirname(opts.output), { recursive: true });
          await writeFile(opts.output, json);
        } else process.stdout.write(json);
        for (const e of errors) process.stderr.write(`error: ${e.message} [${e.code}]\n`);
        if (!opts.quiet) {
          const s = (Date.now() - started) / 1000;
          process.stderr.write(
            `${documents.length} documents, ${graph.nodes.length} entities, ${graph.edges.length} relations, ${(bytes / 1024).toFixed(1)} KB in ${s.toFixed(2)} s, ${errors.length} errors${opts.output ? ` -> ${opts.output}` : ""}\n`,
          );
        }
        if (errors.length) process.exitCode = 1;
      },
    );
}
