/**
 * The read-only Cypher console for the API and `kgx query`: each query runs in a worker thread
 * (worker.ts) with a heap limit, under one deadline that covers planning, running and converting;
 * at the deadline the worker is ended, so neither a slow nor a huge result stalls the server.
 * At most `workers` queries run at once; more are refused as busy. Idle workers are reused.
 */
import { Worker } from "node:worker_threads";
import { AppError, type ErrorCode } from "../../../errors.ts";
import type { QueryOptions, QueryResult } from "../../types.ts";
import type { ConsoleJob, ConsoleReply } from "./protocol.ts";

/** Limits of the console. */
export interface ConsoleOptions {
  /** Deadline of one query, planning and conversion included. */
  timeoutMs: number;
  maxRows: number;
  /** Cap on the JSON size of the rows returned. */
  maxBytes: number;
  /** Queries running at once. */
  workers: number;
  /** Heap of one worker, in MB. */
  heapMb: number;
}

/** Defaults of {@link ConsoleOptions}. */
export const CONSOLE_DEFAULTS: ConsoleOptions = {
  timeoutMs: 10_000,
  maxRows: 1000,
  maxBytes: 4_000_000,
  workers: 2,
  heapMb: 256,
};

const ENTRY = new URL("./worker-entry.mjs", import.meta.url);
const WORKER = new URL("./worker.ts", import.meta.url).href;

/** Runs read-only queries as `connection` (the read-only user when one is configured). */
export class CypherConsole {
  private readonly idle: Worker[] = [];
  private readonly running = new Set<Worker>();
  private nextId = 1;
  private readonly options: ConsoleOptions;

  constructor(
    private readonly connection: ConsoleJob["connection"],
    options: Partial<ConsoleOptions> = {},
  ) {
    this.options = { ...CONSOLE_DEFAULTS, ...options };
  }

  /** Checks and runs `cypher`; throws AppError (QUERY_NOT_READ_ONLY, QUERY_TIMEOUT, QUERY_TOO_LARGE, ...). */
  run(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    if (this.running.size >= this.options.workers) {
      return Promise.reject(
        new AppError(
          "TOO_MANY_REQUESTS",
          `The console is already running ${this.running.size} queries; try again when one has finished.`,
        ),
      );
    }
    const job: ConsoleJob = {
      id: this.nextId++,
      connection: this.connection,
      cypher,
      params: options.params ?? {},
      timeoutMs: options.timeoutMs ?? this.options.timeoutMs,
      maxRows: options.maxRows ?? this.options.maxRows,
      maxBytes: options.maxBytes ?? this.options.maxBytes,
    };
    const worker = this.idle.pop() ?? this.spawn();
    worker.ref();
    this.running.add(worker);
    return new Promise<QueryResult>((resolve, reject) => {
      const finish = (keep: boolean, error?: AppError, result?: QueryResult) => {
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        this.running.delete(worker);
        if (keep) {
          worker.unref();
          this.idle.push(worker);
        } else void worker.terminate();
        if (error) reject(error);
        else resolve(result!);
      };
      const onMessage = (reply: ConsoleReply) => {
        if (reply.id !== job.id) return;
        if (reply.ok) finish(true, undefined, reply.result);
        else finish(true, new AppError(reply.code as ErrorCode, reply.message));
      };
      const onError = (e: Error & { code?: string }) =>
        finish(
          false,
          e.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new AppError(
                "QUERY_TOO_LARGE",
                `The result did not fit in the console's ${this.options.heapMb} MB; return fewer or smaller values (LIMIT, size(), slicing a list).`,
              )
            : new AppError("INTERNAL", `The console worker failed: ${e.message}`, { cause: e }),
        );
      const onExit = () =>
        finish(false, new AppError("INTERNAL", "The console worker stopped unexpectedly."));
      const timer = setTimeout(
        () =>
          finish(
            false,
            new AppError(
              "QUERY_TIMEOUT",
              `The query ran past its time limit of ${job.timeoutMs} ms (KGX_QUERY_TIMEOUT_MS), conversion included; narrow it or add a LIMIT.`,
            ),
          ),
        job.timeoutMs,
      );
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage(job);
    });
  }

  private spawn(): Worker {
    return new Worker(ENTRY, {
      workerData: { entry: WORKER },
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 32 },
    });
  }

  /** Ends every worker. */
  async close(): Promise<void> {
    const all = [...this.idle, ...this.running];
    this.idle.length = 0;
    this.running.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
