/**
 * A per-client rate limit (fixed one-minute windows, in memory) for the expensive routes such as
 * the Cypher console: past the limit, 429 with Retry-After.
 */
import type { RequestHandler } from "express";
import { AppError } from "../../errors.ts";

/** Allows `perMinute` requests per client address and minute. */
export function rateLimit(perMinute: number, what: string): RequestHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return (req, res, next) => {
    const now = Date.now();
    const key = req.socket.remoteAddress ?? "unknown";
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    if (w.count <= perMinute) return next();
    const wait = Math.ceil((w.start + 60_000 - now) / 1000);
    res.setHeader("Retry-After", String(wait));
    next(
      new AppError(
        "TOO_MANY_REQUESTS",
        `Too many ${what} requests: ${perMinute} a minute per client (KGX_QUERY_RATE); try again in ${wait} s.`,
      ),
    );
  };
}
