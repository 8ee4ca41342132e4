// Entry of an extraction worker thread: registers the tsx loader in this thread (a worker does not
// inherit the parent's), then runs the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
