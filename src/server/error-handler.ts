/**
 * The one express error handler: AppError → the HTTP status of its code and `{ error: { code, message } }`;
 * client errors raised by express and the body parser (bad JSON, unsupported charset or encoding,
 * too large, aborted) → their 4xx with a code; anything else → 500 with a generic message (logged,
 * never sent as a stack). Store outages are reported to `onUnavailable` so later requests fail fast.
 */
import type { ErrorRequestHandler } from "express";
import { AppError, type ErrorCode, isAppError } from "../errors.ts";

/** The HTTP status of each error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFIG_INVALID: 500,
  NOT_CONFIGURED: 409,
  NEO4J_UNAVAILABLE: 503,
  NEO4J_AUTH: 503,
  NEO4J_REQUIRED: 400,
  QUERY_NOT_READ_ONLY: 400,
  QUERY_FAILED: 400,
  QUERY_TIMEOUT: 408,
  QUERY_TOO_LARGE: 422,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  METHOD_NOT_ALLOWED: 405,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  INPUT_EMPTY: 422,
  INPUT_BINARY: 422,
  INPUT_ENCODING: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_MALFORMED: 422,
  INPUT_UNSUPPORTED: 415,
  INPUT_UNREADABLE: 422,
  EXPORT_FAILED: 500,
  INTERNAL: 500,
};

const CLIENT_CODES: Record<number, ErrorCode> = {
  400: "BAD_REQUEST",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

function describe(e: { type?: string; message?: string }): string {
  switch (e.type) {
    case "entity.parse.failed":
      return `The request body is not valid JSON: ${e.message ?? "parse error"}`;
    case "entity.too.large":
      return "The request body is too large (2 MB at most).";
    case "charset.unsupported":
      return `${e.message ?? "Unsupported charset"}; send the body as UTF-8 JSON.`;
    case "encoding.unsupported":
      return `${e.message ?? "Unsupported content encoding"}; send the body uncompressed or gzip/deflate.`;
    case "request.aborted":
      return "The request was aborted before its body arrived.";
    default:
      return e.message ?? "Bad request.";
  }
}

/** Maps a non-AppError thrown by express or its middleware to an AppError, if it is the client's fault. */
export function clientError(err: unknown): AppError | undefined {
  const e = err as {
    type?: string;
    status?: number;
    statusCode?: number;
    message?: string;
    expose?: boolean;
  };
  const status = e.status ?? e.statusCode;
  if (typeof status !== "number" || status < 400 || status >= 500) return undefined;
  return new AppError(CLIENT_CODES[status] ?? "BAD_REQUEST", describe(e), { cause: err });
}

/** Builds the error handler; `onUnavailable` hears of every store outage a request ran into. */
export function errorHandler(onUnavailable: (e: AppError) => void = () => {}): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const known = isAppError(err) ? err : clientError(err);
    if (known) {
      if (known.code === "NEO4J_UNAVAILABLE") onUnavailable(known);
      res.status(HTTP_STATUS[known.code]).json({
        error: {
          code: known.code,
          message: known.message,
          ...(known.details ? { details: known.details } : {}),
        },
      });
      return;
    }
    process.stderr.write(
      `kgx server: ${req.method} ${req.path} failed: ${(err as Error)?.stack ?? String(err)}\n`,
    );
    res
      .status(500)
      .json({ error: { code: "INTERNAL", message: "Internal error; the server log has the details." } });
  };
}
