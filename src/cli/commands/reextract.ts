/**
 * `kgx reextract [--documents ID...]`: runs the current extractor and gazetteer over the stored
 * texts of all (or the given) documents, replaces their extracted mentions, relations and
 * evidence (document ids kept), replays the corrections, and prints what changed.
 */
import cliProgress from "cli-progress";
import { Command } from "commander";
import type { Interchange } from "../../../graph/interchange.ts";
import type { ReplaceStats } from "../../../graph/store/types.ts";
import { userExtractOptions } from "../../../loaders/user/index.ts";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { AppError } from "../../errors.ts";
import { extractBatch, type TextDocument } from "../../ingest/extract-batch.ts";

const BATCH = 25;
const SHOWN = 20;

/** The summary lines of a re-extraction. */
export function reextractSummary(stats: ReplaceStats, failed: number): string[] {
  const list = (sign: string, ids: string[]) => [
    ...ids.slice(0, SHOWN).map((id) => `  ${sign} ${id}`),
    ...(ids.length > SHOWN ? [`  ... and ${ids.length - SHOWN} more`] : []),
  ];
  return [
    `${stats.documents} documents re-extracted, ${failed} failed: ${stats.added.length} relations added, ${stats.removed.length} removed, ${stats.changedType.length} changed type (corrections replayed)`,
    ...list("+", stats.added),
    ...list("-", stats.removed),
    ...list(
      "~",
      stats.changedType.map((c) => `${c.from} -> ${c.to}`),
    ),
  ];
}

/** The reextract command. */
export function reextractCommand(): Command {
  return new Command("reextract")
    .description("re-run the current extractor over the stored documents and replay the corrections")
    .option("--documents <ids...>", "only these document ids")
    .option("-q, --quiet", "no progress bar")
    .option("--actors <file>", "user actors file merged over the built-in gazetteer (KGX_ACTORS)")
    .option("--cues <file>", "user cues file merged over the built-in cue lexicon (KGX_CUES)")
    .action(async (opts: { documents?: string[]; quiet?: boolean; actors?: string; cues?: string }) => {
      const settings = loadSettings(process.env, { "--actors": opts.actors, "--cues": opts.cues });
      const userFiles = { actors: settings.actorsFile, cues: settings.cuesFile };
      userExtractOptions(userFiles);
      const store = await openStore(settings);
      const bar =
        !opts.quiet && process.stderr.isTTY
          ? new cliProgress.SingleBar(
              { format: "re-extracting {bar} {value}/{total} documents", stream: process.stderr },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      try {
        const stored = await store.documents();
        const known = new Set(stored.map((d) => d.id));
        const ids = opts.documents ?? stored.map((d) => d.id);
        const unknown = ids.filter((id) => !known.has(id));
        if (unknown.length)
          throw new AppError(
            "NOT_FOUND",
            `No stored document ${unknown.join(", ")}; list them with GET /api/documents.`,
          );
        bar?.start(ids.length, 0);
        const out: Interchange = { documents: [], nodes: [], edges: [] };
        let failed = 0;
        for (let i = 0; i < ids.length; i += BATCH) {
          const docs: TextDocument[] = [];
          for (const id of ids.slice(i, i + BATCH)) {
            const { mentions: _m, evidence: _e, ...doc } = await store.document(id);
            docs.push(doc);
          }
          const result = extractBatch(docs, userFiles);
          for (const f of result.failed) process.stderr.write(`error: ${f.source} (${f.id}): ${f.message}\n`);
          failed += result.failed.length;
          const ok = new Set(docs.map((d) => d.id).filter((id) => !result.failed.some((f) => f.id === id)));
          out.documents.push(...docs.filter((d) => ok.has(d.id)));
          out.nodes.push(...result.graph.nodes);
          out.edges.push(...result.graph.edges);
          bar?.update(Math.min(i + BATCH, ids.length));
        }
        bar?.stop();
        const stats = await store.replaceExtraction(out);
        process.stdout.write(`${reextractSummary(stats, failed).join("\n")}\n`);
        if (failed) process.exitCode = 1;
      } finally {
        bar?.stop();
        await store.close();
      }
    });
}
