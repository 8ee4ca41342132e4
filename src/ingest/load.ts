/**
 * The load pipeline behind `kgx load`, `npm start` and the API: read files, skip documents the
 * store already holds completely, extract entities and relations, write in batches. Bad files are
 * reported and the rest still load; progress is reported after every batch.
 */
import type { Document } from "../../graph/interchange.ts";
import type { GraphStore, WriteStats } from "../../graph/store/types.ts";
import { extractDocuments } from "../../loaders/extract/index.ts";
import { type LoadError, readPaths } from "../../loaders/read/index.ts";

/** Progress of a load. */
export interface LoadProgress {
  files: number;
  documents: number;
  skipped: number;
  entities: number;
  relations: number;
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
  onProgress?: (p: LoadProgress) => void;
}

/** Defaults of {@link loadPaths}. */
export const LOAD_DEFAULTS = { batchDocuments: 25 };

/** What a load did. */
export interface LoadResult extends LoadProgress {
  errors: number;
  problems: LoadError[];
  written: WriteStats;
}

/** Reads, extracts and writes everything under `paths` into `store`. */
export async function loadPaths(
  store: GraphStore,
  paths: string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const { batchDocuments } = { ...LOAD_DEFAULTS, ...options };
  const started = Date.now();
  const problems: LoadError[] = [];
  const files = new Set<string>();
  const seen = new Set<string>();
  const written: WriteStats = { documents: 0, skippedDocuments: 0, entities: 0, relations: 0, evidence: 0 };
  const progress = (): LoadProgress => ({
    files: files.size,
    documents: written.documents,
    skipped: written.skippedDocuments,
    entities: written.entities,
    relations: written.relations,
    bytes,
    errors: problems.length,
    elapsedMs: Date.now() - started,
  });
  let bytes = 0;
  let batch: (Document & { text: string })[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const done = await store.completedDocuments(batch.map((d) => d.id));
    const fresh = batch.filter((d) => !done.has(d.id));
    written.skippedDocuments += batch.length - fresh.length;
    batch = [];
    if (fresh.length) {
      const graph = extractDocuments(fresh);
      graph.documents = fresh;
      const stats = await store.write(graph, options.batchSize ? { batchSize: options.batchSize } : {});
      written.documents += stats.documents;
      written.entities += stats.entities;
      written.relations += stats.relations;
      written.evidence += stats.evidence;
    }
    options.onProgress?.(progress());
  };

  for await (const item of readPaths(paths, options.maxBytes ? { maxBytes: options.maxBytes } : {})) {
    if ("error" in item) {
      problems.push(item.error);
      files.add(item.error.file);
      continue;
    }
    files.add(item.file);
    if (seen.has(item.document.id)) continue;
    seen.add(item.document.id);
    bytes += item.bytes;
    batch.push(item.document);
    if (batch.length >= batchDocuments) await flush();
  }
  await flush();
  return { ...progress(), problems, written };
}
