/**
 * Progress display for long loads: a live bar on a TTY (files done of all, documents, entities,
 * relations, rate, ETA), nothing on a pipe or in CI; and the one-line summary printed at the end
 * either way.
 */
import cliProgress from "cli-progress";
import type { LoadProgress } from "../ingest/load.ts";

/** A progress reporter with `update` and `stop`. */
export interface ProgressReporter {
  update(p: LoadProgress): void;
  stop(): void;
}

const rate = (p: LoadProgress) =>
  p.elapsedMs > 0 ? (p.bytes / 1024 / (p.elapsedMs / 1000)).toFixed(0) : "0";

/** Time left at the pace so far, as "1m05s", or "?" before the first file is done. */
export function eta(p: LoadProgress): string {
  if (!p.files || p.elapsedMs <= 0) return "?";
  const seconds = Math.round(((p.totalFiles - p.files) * p.elapsedMs) / p.files / 1000);
  return seconds >= 60
    ? `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, "0")}s`
    : `${seconds}s`;
}

/** A bar on TTYs, silent otherwise. */
export function createProgress(enabled: boolean): ProgressReporter {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      format:
        "loading {bar} {value}/{total} files | {documents} docs ({skipped} already stored) | {entities} entities | {relations} relations | {rate} KB/s | ETA {eta} | {errors} errors",
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, {
    documents: 0,
    skipped: 0,
    entities: 0,
    relations: 0,
    rate: "0",
    eta: "?",
    errors: 0,
  });
  return {
    update: (p) => {
      bar.setTotal(Math.max(p.totalFiles, 1));
      bar.update(p.files, { ...p, rate: rate(p), eta: eta(p) });
    },
    stop: () => bar.stop(),
  };
}

/** The summary line of a load. */
export function summaryLine(p: LoadProgress): string {
  return `${p.files} files, ${p.documents} documents loaded, ${p.skipped} already stored, ${p.entities} new entities, ${p.relations} new relations, ${(p.bytes / 1024).toFixed(1)} KB in ${(p.elapsedMs / 1000).toFixed(1)} s (${rate(p)} KB/s), ${p.errors} errors`;
}
