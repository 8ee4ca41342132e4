/**
 * Reads one file into raw documents, checking it first: empty, binary, invalid UTF-8, over the size
 * limit, unsupported or malformed input each become a LoadError naming the file (and line), never
 * an exception that stops the other files.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { ErrorCode } from "../../src/errors.ts";
import type { RawDocument } from "./document.ts";
import { htmlToText } from "./html.ts";
import { parseJsonRecords } from "./json.ts";
import { markdownToText } from "./markdown.ts";

/** File extensions the loaders read. */
export const SUPPORTED_EXTENSIONS = [
  ".txt",
  ".text",
  ".md",
  ".markdown",
  ".html",
  ".htm",
  ".json",
  ".jsonl",
  ".ndjson",
];

/** A problem with one input file (or one line of it). */
export interface LoadError {
  file: string;
  line?: number;
  code: ErrorCode;
  message: string;
}

/** What reading one file gave: documents, and errors for the parts that could not be read. */
export interface FileResult {
  documents: RawDocument[];
  errors: LoadError[];
}

const fail = (file: string, code: ErrorCode, message: string, line?: number): FileResult => ({
  documents: [],
  errors: [{ file, code, message, ...(line ? { line } : {}) }],
});

/** Decodes bytes as strict UTF-8 or reports why not. */
export function decodeUtf8(file: string, bytes: Uint8Array): string | LoadError {
  if (bytes.includes(0)) {
    return {
      file,
      code: "INPUT_BINARY",
      message: `${file}: looks like a binary file (NUL bytes); expected text`,
    };
  }
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    return {
      file,
      code: "INPUT_ENCODING",
      message: `${file}: not valid UTF-8 (${(cause as Error).message}); convert it with iconv -t UTF-8`,
    };
  }
}

/** Reads and converts one file. `maxBytes` bounds the file size. */
export async function readOneFile(file: string, maxBytes: number): Promise<FileResult> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    return fail(
      file,
      "INPUT_UNSUPPORTED",
      `${file}: unsupported file type "${ext || "(none)"}"; use ${SUPPORTED_EXTENSIONS.join(", ")}`,
    );
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (cause) {
    return fail(file, "INPUT_UNREADABLE", `${file}: cannot read (${(cause as Error).message})`);
  }
  if (size > maxBytes) {
    return fail(
      file,
      "INPUT_TOO_LARGE",
      `${file}: ${size} bytes is over the limit of ${maxBytes}; raise KGX_MAX_FILE_BYTES or split the file`,
    );
  }
  const bytes = await readFile(file);
  const text = decodeUtf8(file, bytes);
  if (typeof text !== "string") return { documents: [], errors: [text] };
  if (!text.trim()) return fail(file, "INPUT_EMPTY", `${file}: the file is empty`);
  if (ext === ".json" || ext === ".jsonl" || ext === ".ndjson") return parseJsonRecords(file, text);
  const converted =
    ext === ".html" || ext === ".htm"
      ? htmlToText(text)
      : ext === ".md" || ext === ".markdown"
        ? markdownToText(text)
        : { text };
  if (!converted.text.trim()) return fail(file, "INPUT_EMPTY", `${file}: no text left after removing markup`);
  return { documents: [{ ...converted, source: file }], errors: [] };
}
