/**
 * The error hierarchy: one AppError with a stable `code` and a `cause`, raised by the graph and
 * loader layers and by the application. The express error handler maps codes to HTTP statuses and
 * the CLI to exit statuses; tests assert on `code`, never on message text. Messages say where,
 * what, and what to do.
 */

/** Stable error codes, one per failure an analyst can act on. */
export type ErrorCode =
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "CONFIG_INVALID"
  | "NOT_CONFIGURED"
  | "NEO4J_UNAVAILABLE"
  | "NEO4J_AUTH"
  | "NEO4J_REQUIRED"
  | "QUERY_NOT_READ_ONLY"
  | "QUERY_FAILED"
  | "QUERY_TIMEOUT"
  | "QUERY_TOO_LARGE"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "METHOD_NOT_ALLOWED"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "PAYLOAD_TOO_LARGE"
  | "TOO_MANY_REQUESTS"
  | "INPUT_EMPTY"
  | "INPUT_BINARY"
  | "INPUT_ENCODING"
  | "INPUT_TOO_LARGE"
  | "INPUT_MALFORMED"
  | "INPUT_UNSUPPORTED"
  | "INPUT_UNREADABLE"
  | "EXPORT_FAILED"
  | "INTERNAL";

/** An error the application knows how to report. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options.details;
  }
}

/** True when `e` is an AppError, optionally with the given code. */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
