/**
 * The load pipeline behind `kgx load`, `npm start` and the API: read files one at a time, skip
 * documents the store already holds completely, extract batches on a pool of worker threads, and
 * write the batches in input order. At most a few batches are in flight (a bounded queue), so a
 * directory of any size never holds all its texts at once. Bad files are reported and the rest
 * still load; progress is reported after every batch.
 */
import type { GraphStore, WriteStats } from "../../graph/store/types.ts";
import { type LoadError, listFiles, readPaths } from "../../loaders/read/index.ts";
import type { UserFiles } from "../../loaders/user/index.ts";
import type { BatchResult, TextDocument } from "./extract-batch.ts";
import { createExtractor, type Extractor } from "./pool.ts";

/** Progress of a load. */
export interface LoadProgress {
  /** Files read so far, and how many there are in all. */
  files: number;
  totalFiles: number;
  documents: number;
  skipped: number;
  entities: number;
  relations: number;
  /** Text bytes of the documents written or skipped so far. */
  bytes: number;
  errors: number;
  elapsedMs: number;
}

/** Options of {@link loadPaths}. */
export interface LoadOptions {
  maxBytes?: number;
  /** Documents extracted and written together. */
  batchDocuments?: number;
  batchSize?: number;
  /** Extraction threads; 1 (or a single batch of files) extracts on the calling thread. */
  workers?: number;
  /** Niceness of the extraction threads (Linux), see {@link LOAD_DEFAULTS}. */
  niceness?: number;
  /** User actors and cues files merged over the built-in gazetteer and cue lexicon. */
  userFiles?: UserFiles;
  /**
   * An extractor the caller started early (its threads load their code while the store opens);
   * used instead of one made from `workers`. The load closes it, like its own, as soon as every
   * batch is extracted (the threads' memory is freed before the last writes and the store's close).
   */
  extractor?: Extractor;
  onProgress?: (p: LoadProgress) => void;
}

/**
 * Defaults of {@link loadPaths}. Into Neo4j, batches of 100 documents: a relation that recurs
 * across documents is updated once per batch instead of once per few documents (its aggregates are
 * rewritten on each update), and the per-write round trips are shared by more text. The embedded
 * store appends one journal line per batch and keeps smaller ones. Extraction threads run at
 * niceness 10: the writer (this thread and the Neo4j server) is the pipeline's critical path, and
 * when both want a core the writer gets it, so batches do not pile up for a long writing tail
 * after extraction ends; the threads still take every cycle the writer leaves.
 */
export const LOAD_DEFAULTS = { batchDocuments: 25, neo4jBatchDocuments: 100, workers: 1, niceness: 10 };

/** What a load did. */
export interface LoadResult extends LoadProgress {
  errors: number;
  problems: LoadError[];
  written: WriteStats;
}

interface InFlight {
  docs: TextDocument[];
  fresh: TextDocument[];
  result?: Promise<BatchResult>;
}

/** Reads, extracts and writes everything under `paths` into `store`. */
export async function loadPaths(
  store: GraphStore,
  paths: string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { workers, niceness } = { ...LOAD_DEFAULTS, ...options };
  const batchDocuments =
    options.batchDocuments ??
    (store.kind === "neo4j" ? LOAD_DEFAULTS.neo4jBatchDocuments : LOAD_DEFAULTS.batchDocuments);
  const started = Date.now();
  const listed = await listFiles(paths);
  const totalFiles = listed.files.length + listed.errors.length;
  const problems: LoadError[] = [];
  const files = new Set<string>();
  const seen = new Set<string>();
  const written: WriteStats = { documents: 0, skippedDocuments: 0, entities: 0, relations: 0, evidence: 0 };
  let bytes = 0;
  const progress = (): LoadProgress => ({
    files: files.size,
    totalFiles: Math.max(totalFiles, files.size),
    documents: written.documents,
    skipped: written.skippedDocuments,
    entities: written.entities,
    relations: written.relations,
    bytes,
    errors: problems.length,
    elapsedMs: Date.now() - started,
  });
  const threads = totalFiles <= batchDocuments ? 1 : workers;
  const extractor = options.extractor ?? createExtractor(threads, options.userFiles, niceness);
  const maxInFlight = Math.max(2, threads * 2);
  let batch: TextDocument[] = [];
  // Batches are written one after the other, in input order, while reading and extraction go on:
  // `writing` chains the writes, `pending` holds each dispatched batch's write until it is done.
  let writing: Promise<void> = Promise.resolve();
  const pending: Promise<void>[] = [];
  // Extractions not finished yet; `extracted` resolves when the count falls to 0 after the last dispatch.
  let extracting = 0;
  let extracted: (() => void) | undefined;
  const settled = () => {
    extracting -= 1;
    if (!extracting) extracted?.();
  };

  const write = async ({ docs, fresh, result }: InFlight) => {
    if (result) {
      const { graph, failed } = await result;
      const failedIds = new Set(failed.map((f) => f.id));
      for (const f of failed)
        problems.push({
          file: f.source,
          code: "INTERNAL",
          message: `${f.source}: extraction failed (${f.message}); the other documents still load, please report this file`,
        });
      graph.documents = fresh.filter((d) => !failedIds.has(d.id));
      const stats = await store.write(graph, options.batchSize ? { batchSize: options.batchSize } : {});
      written.documents += stats.documents;
      written.skippedDocuments += stats.skippedDocuments;
      written.entities += stats.entities;
      written.relations += stats.relations;
      written.evidence += stats.evidence;
    }
    bytes += docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    options.onProgress?.(progress());
  };

  const dispatch = async () => {
    if (!batch.length) return;
    const docs = batch;
    batch = [];
    const done = await store.completedDocuments(docs.map((d) => d.id));
    const fresh = docs.filter((d) => !done.has(d.id));
    written.skippedDocuments += docs.length - fresh.length;
    const result = fresh.length ? extractor.run(fresh) : undefined;
    if (result) {
      extracting += 1;
      result.then(settled, settled);
    }
    const entry: InFlight = { docs, fresh, ...(result ? { result } : {}) };
    writing = writing.then(() => write(entry));
    // A failed write is thrown where the reader awaits it; marked handled so the writes after it
    // (which fail with it) do not surface as unhandled rejections.
    writing.catch(() => {});
    pending.push(writing);
    while (pending.length >= maxInFlight) await pending.shift();
  };

  try {
    for await (const item of readPaths(paths, options.maxBytes ? { maxBytes: options.maxBytes } : {})) {
      if ("error" in item) {
        problems.push(item.error);
        files.add(item.error.file);
        continue;
      }
      files.add(item.file);
      if (seen.has(item.document.id)) continue;
      seen.add(item.document.id);
      batch.push(item.document);
      if (batch.length >= batchDocuments) await dispatch();
    }
    await dispatch();
    if (extracting) await new Promise<void>((resolve) => (extracted = resolve));
    await extractor.close();
    await writing;
  } finally {
    // Settle every write before the caller closes the store (a failed load still stops cleanly).
    await Promise.allSettled(pending);
    await extractor.close();
  }
  return { ...progress(), problems, written };
}
