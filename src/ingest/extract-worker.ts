/**
 * Body of an extraction worker thread: receives batches of documents, answers each with its
 * {@link BatchResult}. Started by the pool through worker-entry.mjs.
 */
import { parentPort } from "node:worker_threads";
import { extractBatch, type TextDocument } from "./extract-batch.ts";

parentPort!.on("message", (docs: TextDocument[]) => {
  parentPort!.postMessage(extractBatch(docs));
});
