/**
 * JSON and JSON Lines records into raw documents. A record is an object with `text` (or `content`
 * / `body`) and optional `title`, `date` (or `published`), `url`. A malformed line is reported with
 * its line number and the other lines still load.
 */
import { z } from "zod";
import type { RawDocument } from "./document.ts";
import type { FileResult, LoadError } from "./files.ts";

const RecordSchema = z
  .object({
    text: z.string().optional(),
    content: z.string().optional(),
    body: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional(),
    published: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
  })
  .refine((r) => (r.text ?? r.content ?? r.body ?? "").trim().length > 0, {
    message: "record has no text (expected a non-empty `text` field)",
  });

function toRaw(file: string, value: unknown, line: number | undefined): RawDocument | LoadError {
  const parsed = RecordSchema.safeParse(value);
  const where = line ? `${file}:${line}` : file;
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "record";
    return {
      file,
      code: "INPUT_MALFORMED",
      message: `${where}: ${field}: ${issue?.message ?? "invalid record"}`,
      ...(line ? { line } : {}),
    };
  }
  const r = parsed.data;
  const published = r.published ?? r.date;
  return {
    text: (r.text ?? r.content ?? r.body)!,
    source: r.url ?? (line ? `${file}#L${line}` : file),
    ...(r.title ? { title: r.title } : {}),
    ...(published ? { published } : {}),
    ...(r.url ? { url: r.url } : {}),
  };
}

/** Parses a .json file (one record or an array) or JSON Lines (one record per line). */
export function parseJsonRecords(file: string, text: string): FileResult {
  const result: FileResult = { documents: [], errors: [] };
  const push = (r: RawDocument | LoadError) =>
    "code" in r ? result.errors.push(r) : result.documents.push(r);
  if (file.toLowerCase().endsWith(".json")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      result.errors.push({
        file,
        code: "INPUT_MALFORMED",
        message: `${file}: invalid JSON (${(cause as Error).message})`,
      });
      return result;
    }
    const records = Array.isArray(value) ? value : [value];
    records.forEach((v, i) => {
      push(toRaw(file, v, records.length > 1 ? i + 1 : undefined));
    });
    return result;
  }
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    try {
      push(toRaw(file, JSON.parse(raw), i + 1));
    } catch (cause) {
      result.errors.push({
        file,
        line: i + 1,
        code: "INPUT_MALFORMED",
        message: `${file}:${i + 1}: invalid JSON (${(cause as Error).message})`,
      });
    }
  });
  return result;
}
