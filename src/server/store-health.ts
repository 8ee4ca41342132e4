/**
 * Fail fast while the store is down: a probe pings a Neo4j store every `intervalMs` (and a request
 * that finds it unreachable marks it down at once); while it is down, requests get 503 at once
 * instead of waiting for driver retries, and the store is marked up again as soon as a ping
 * answers, without a restart. /api/health reports it.
 */
import type { RequestHandler } from "express";
import type { GraphStore } from "../../graph/store/types.ts";
import { AppError, isAppError } from "../errors.ts";

/** Defaults of {@link StoreHealth}. */
export const STORE_HEALTH_DEFAULTS = { intervalMs: 1000, probeTimeoutMs: 1500 };

/** Liveness of a store, probed in the background once it has been seen down. */
export class StoreHealth {
  private down?: AppError;
  private timer?: NodeJS.Timeout;
  private readonly options: typeof STORE_HEALTH_DEFAULTS;

  constructor(
    private readonly store: GraphStore,
    options: Partial<typeof STORE_HEALTH_DEFAULTS> = {},
  ) {
    this.options = { ...STORE_HEALTH_DEFAULTS, ...options };
  }

  /** The error that marked the store down, while it is down. */
  get failure(): AppError | undefined {
    return this.down;
  }

  /** Starts probing every `intervalMs` (stores outside this process only). */
  start(): this {
    if (this.store.kind === "neo4j") {
      this.timer ??= setInterval(() => void this.probe(), this.options.intervalMs).unref();
    }
    return this;
  }

  /** Checks the store now; marks it up or down. Resolves with the failure, if any. */
  async probe(): Promise<AppError | undefined> {
    try {
      await withTimeout(this.store.ping(), this.options.probeTimeoutMs);
      this.markUp();
      return undefined;
    } catch (e) {
      const failure = isAppError(e)
        ? e
        : new AppError("NEO4J_UNAVAILABLE", `The store did not answer: ${(e as Error).message}`);
      if (failure.code === "NEO4J_UNAVAILABLE" || failure.code === "NEO4J_AUTH") this.markDown(failure);
      return failure;
    }
  }

  /** Records that a request found the store unreachable; probing continues until it answers. */
  markDown(failure: AppError): void {
    this.down = failure;
    this.timer ??= setInterval(() => void this.probe(), this.options.intervalMs).unref();
  }

  private markUp(): void {
    this.down = undefined;
  }

  /** Express middleware: 503 at once while the store is down. */
  gate(): RequestHandler {
    return (_req, _res, next) => next(this.down);
  }

  /** Stops probing. */
  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
