/**
 * The one express error handler: AppError → its status and `{ error: { code, message } }`; body
 * parse errors → 400; anything else → 500 with a generic message (logged, never sent as a stack).
 */
import type { ErrorRequestHandler } from "express";
import { isAppError } from "../errors.ts";

/** Maps errors to JSON responses. */
export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  if (isAppError(err)) {
    res.status(err.status).json({
      error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) },
    });
    return;
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e.type === "entity.parse.failed" || e.status === 400) {
    res.status(400).json({
      error: {
        code: "BAD_REQUEST",
        message: `The request body is not valid JSON: ${e.message ?? "parse error"}`,
      },
    });
    return;
  }
  if (e.type === "entity.too.large") {
    res.status(413).json({ error: { code: "BAD_REQUEST", message: "The request body is too large." } });
    return;
  }
  process.stderr.write(
    `kgx server: ${req.method} ${req.path} failed: ${(err as Error)?.stack ?? String(err)}\n`,
  );
  res
    .status(500)
    .json({ error: { code: "INTERNAL", message: "Internal error; the server log has the details." } });
};
