/**
 * Extraction on several cores: a pool of `node:worker_threads` (started as they are needed, up to
 * `size`, or all at once by `start`). `run` splits a batch into one contiguous part per thread and
 * merges the parts' graphs in document order (extraction is per document, so the merged graph is
 * the batch's own), so each batch is ready as soon as possible: the writer starts on the first
 * batch early instead of waiting for one thread to extract it alone. Callers keep their own order
 * of batches. With `size` 1 the batch is extracted inline, on the calling thread. A thread runs the extraction code pre-compiled into one plain-JS bundle
 * (bundle-cache.mjs, rebuilt whenever a source changes), or the TypeScript sources through tsx
 * when the bundle cache cannot be written.
 */
import { Worker } from "node:worker_threads";
import type { UserFiles } from "../../loaders/user/index.ts";
import { ensureBundle } from "./bundle-cache.mjs";
import type { BatchResult, TextDocument } from "./extract-batch.ts";

/** The worker body's sources, relative to the repository root. */
export const WORKER_SOURCE = "src/ingest/extract-worker.ts";
/** Entry that runs the worker body from its TypeScript sources through tsx. */
const TSX_ENTRY = new URL("./worker-entry.mjs", import.meta.url);

/** The file a worker thread starts from: a fresh bundle of the worker body, else the tsx entry. */
export async function workerEntry(): Promise<string | URL> {
  return (await ensureBundle("extract-worker", WORKER_SOURCE)) ?? TSX_ENTRY;
}

interface Task {
  docs: TextDocument[];
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

/** What a worker thread is started with. */
export interface WorkerData {
  files?: UserFiles;
  /** Niceness of the thread (Linux): above 0 it yields the CPU to the writer when both want it. */
  niceness?: number;
}

/** Something that extracts batches. */
export interface Extractor {
  run(docs: TextDocument[]): Promise<BatchResult>;
  close(): Promise<void>;
}

/**
 * A pool of `size` extraction threads, or inline extraction when `size` is 1; `files` are the user
 * actors and cues files every thread reads, `niceness` the threads' scheduling niceness.
 */
export function createExtractor(size: number, files: UserFiles = {}, niceness = 0): Extractor {
  // The extraction modules are imported only where they run: a pool's calling thread never needs them.
  if (size <= 1)
    return {
      run: async (docs) => (await import("./extract-batch.ts")).extractBatch(docs, files),
      close: async () => {},
    };
  return new ExtractPool(size, files, niceness);
}

/** Worker threads extracting batches. */
export class ExtractPool implements Extractor {
  private readonly idle: Worker[] = [];
  private readonly workers = new Set<Worker>();
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private eager = false;
  private closed = false;
  private entry?: string | URL;
  private entryError?: Error;

  constructor(
    readonly size: number,
    readonly files: UserFiles = {},
    readonly niceness = 0,
  ) {
    workerEntry().then(
      (entry) => {
        this.entry = entry;
        this.pump();
      },
      (error: Error) => {
        this.entryError = error;
        this.pump();
      },
    );
  }

  /** Starts every thread now (they load their code while the caller does other work). */
  start(): this {
    this.eager = true;
    this.pump();
    return this;
  }

  /** Extracts `docs`, split into one contiguous part per thread. */
  async run(docs: TextDocument[]): Promise<BatchResult> {
    const parts = Math.min(this.size, docs.length);
    if (parts <= 1) return this.runPart(docs);
    const size = Math.ceil(docs.length / parts);
    const pending: Promise<BatchResult>[] = [];
    for (let i = 0; i < docs.length; i += size) pending.push(this.runPart(docs.slice(i, i + size)));
    const [results, { mergeGraphs }] = await Promise.all([
      Promise.all(pending),
      import("../../loaders/extract/assemble.ts"),
    ]);
    return { graph: mergeGraphs(results.map((r) => r.graph)), failed: results.flatMap((r) => r.failed) };
  }

  /** Extracts `docs` on the next free thread. */
  private runPart(docs: TextDocument[]): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ docs, resolve, reject });
      this.pump();
    });
  }

  /** Stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.workers];
    this.workers.clear();
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private pump(): void {
    if (this.entryError) {
      for (const task of this.queue.splice(0)) task.reject(this.entryError);
      return;
    }
    if (!this.entry || this.closed) return;
    if (this.eager) {
      this.eager = false;
      while (this.workers.size < this.size) this.idle.push(this.spawn(this.entry));
    }
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.size ? this.spawn(this.entry) : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage(task.docs);
    }
  }

  private spawn(entry: string | URL): Worker {
    const workerData: WorkerData = { files: this.files, niceness: this.niceness };
    const worker = new Worker(entry, { workerData });
    this.workers.add(worker);
    worker.on("message", (result: BatchResult) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      task?.resolve(result);
      this.pump();
    });
    const fail = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      if (!this.workers.delete(worker)) return;
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
      task?.reject(error);
      this.pump();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`an extraction worker stopped with exit code ${code}`)));
    return worker;
  }
}
