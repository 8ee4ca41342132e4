// Entry of the console worker thread: registers the tsx loader (workers do not inherit it), then
// loads worker.ts, whose URL the host passes as workerData.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
