/**
 * Body of an extraction worker thread: receives batches of documents, answers each with its
 * {@link BatchResult}, with the user actors and cues files given as `workerData`. Started by the pool through worker-entry.mjs.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { UserFiles } from "../../loaders/user/index.ts";
import { extractBatch, type TextDocument } from "./extract-batch.ts";

const files = (workerData ?? {}) as UserFiles;

parentPort!.on("message", (docs: TextDocument[]) => {
  parentPort!.postMessage(extractBatch(docs, files));
});
