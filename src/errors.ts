/**
 * The error hierarchy: one AppError with a stable `code`, an HTTP status and a `cause`.
 * The express error handler and the CLI map it; tests assert on `code`, never on message text.
 * Messages say where, what, and what to do.
 */

/** Stable error codes, one per failure an analyst can act on. */
export type ErrorCode =
  | "BAD_REQUEST"
  | "NOT_FOUND"
  | "CONFIG_INVALID"
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

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  CONFIG_INVALID: 500,
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

/** An error the application knows how to report. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = STATUS[code];
    this.details = options.details;
  }
}

/** True when `e` is an AppError, optionally with the given code. */
export function isAppError(e: unknown, code?: ErrorCode): e is AppError {
  return e instanceof AppError && (code === undefined || e.code === code);
}
