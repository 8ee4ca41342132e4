/**
 * Reads one file into raw documents, checking it first: not a regular file (FIFO, device, socket),
 * empty, binary, invalid UTF-8 or UTF-16, over the size limit (enforced while reading, whatever
 * stat says), unsupported or malformed input each become a LoadError naming the file (and line),
 * never an exception that stops the other files. UTF-8, UTF-16 LE/BE with a BOM are decoded.
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { ErrorCode } from "../../graph/errors.ts";
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

/** Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "UTF-32LE" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "UTF-32BE" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Decodes bytes as strict UTF-8, or UTF-16 when a BOM says so, or reports why not. */
export function decodeUtf8(file: string, bytes: Uint8Array): string | LoadError {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom?.encoding.startsWith("UTF-32")) {
    return {
      file,
      code: "INPUT_ENCODING",
      message: `${file}: encoded as ${bom.encoding}, which is not read; convert it with iconv -f ${bom.encoding} -t UTF-8`,
    };
  }
  const encoding = bom?.encoding ?? "utf-8";
  if (encoding === "utf-8" && bytes.includes(0)) {
    return {
      file,
      code: "INPUT_BINARY",
      message: `${file}: looks like a binary file (NUL bytes); expected text`,
    };
  }
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (cause) {
    return {
      file,
      code: "INPUT_ENCODING",
      message: `${file}: not valid ${encoding.toUpperCase()} (${(cause as Error).message}); convert it with iconv -t UTF-8`,
    };
  }
}

/**
 * Reads a regular file, at most `maxBytes` bytes; anything else is an error naming the file.
 * Opened without blocking, so a FIFO with no writer is refused instead of hanging the load.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array | FileResult> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    return fail(file, "INPUT_UNREADABLE", `${file}: cannot read (${(cause as Error).message})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      return fail(
        file,
        "INPUT_UNSUPPORTED",
        `${file}: not a regular file (a FIFO, device or socket); save its content to a file and load that`,
      );
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Sized to the file (one read, then one that finds the end); not zero-filled, as only the
      // bytes read are kept.
      const chunk = Buffer.allocUnsafe(
        Math.min(Math.max(info.size + 1 - total, 4096), 1 << 20, maxBytes + 1 - total),
      );
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      chunks.push(chunk.subarray(0, bytesRead));
      if (total > maxBytes) {
        return fail(
          file,
          "INPUT_TOO_LARGE",
          `${file}: over the limit of ${maxBytes} bytes; raise KGX_MAX_FILE_BYTES or split the file`,
        );
      }
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
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
  const bytes = await readRegularFile(file, maxBytes);
  if (!(bytes instanceof Uint8Array)) return bytes;
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
