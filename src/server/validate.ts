/**
 * Request validation with the contract's zod schemas: handlers receive parsed values; a bad
 * request becomes AppError BAD_REQUEST naming the field and what was wrong.
 */
import type { z } from "zod";
import { AppError } from "../errors.ts";

/** Parses `value` with `schema` or throws BAD_REQUEST naming `where` and the field. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ field: i.path.join(".") || where, message: i.message }));
  const first = issues[0]!;
  throw new AppError("BAD_REQUEST", `Invalid ${where}: ${first.field}: ${first.message}`, {
    details: issues,
  });
}
