/**
 * Messages between the console host (run.ts) and its worker (worker.ts): one job per query, one
 * reply per job, matched by `id`.
 */
import type { QueryResult } from "../../types.ts";

/** A query for the worker, with the connection it runs as and its limits. */
export interface ConsoleJob {
  id: number;
  connection: { uri: string; user: string; password: string; database?: string };
  cypher: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
  maxBytes: number;
}

/** The worker's answer: the result, or an error code of graph/errors.ts with its message. */
export type ConsoleReply =
  | { id: number; ok: true; result: QueryResult }
  | { id: number; ok: false; code: string; message: string };
