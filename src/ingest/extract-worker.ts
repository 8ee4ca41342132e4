/**
 * Body of an extraction worker thread: receives batches of documents, answers each with its
 * {@link BatchResult}, with the user actors and cues files and the thread's niceness given as
 * `workerData`. Started by the pool through worker-entry.mjs.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { extractBatch, type TextDocument } from "./extract-batch.ts";
import type { WorkerData } from "./pool.ts";

const { files = {}, niceness = 0 } = (workerData ?? {}) as WorkerData;

// Linux keeps a nice value per thread and setpriority(who = 0) sets the calling thread's only;
// elsewhere it would lower the whole process, so the hint is given on Linux alone.
if (niceness && process.platform === "linux") setPriority(niceness);

parentPort!.on("message", (docs: TextDocument[]) => {
  parentPort!.postMessage(extractBatch(docs, files));
});
