/**
 * The append-only journal of the embedded store (`graph.json.journal`): one JSON line per write,
 * appended after the snapshot. A line without its final newline is what a process killed while
 * appending leaves: it is never read, and the next writer cuts it off before appending.
 */
import { open, stat, truncate } from "node:fs/promises";

/** Where a file stands: identity and size, to tell cheaply whether it changed. */
export interface FileMark {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The mark of `path`, or undefined when it does not exist. */
export async function markOf(path: string): Promise<FileMark | undefined> {
  try {
    const s = await stat(path);
    return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** True when both marks name the same unchanged file (or both are missing). */
export function sameMark(a: FileMark | undefined, b: FileMark | undefined): boolean {
  return a?.ino === b?.ino && a?.size === b?.size && a?.mtimeMs === b?.mtimeMs;
}

/** Complete lines read from a journal, with the offset just after the last one. */
export interface JournalTail {
  lines: { text: string; line: number }[];
  end: number;
  /** Line number of the first line after `end`. */
  nextLine: number;
}

/** Reads the complete lines of `path` from byte `offset` (line number `firstLine`) to its end. */
export async function readJournal(path: string, offset: number, firstLine: number): Promise<JournalTail> {
  const none = { lines: [], end: offset, nextLine: firstLine };
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return none;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    if (size <= offset) return none;
    const bytes = Buffer.alloc(size - offset);
    let read = 0;
    while (read < bytes.length) {
      const r = await handle.read(bytes, read, bytes.length - read, offset + read);
      if (!r.bytesRead) break;
      read += r.bytesRead;
    }
    const last = bytes.lastIndexOf(10, read - 1);
    if (last < 0) return none;
    const lines: JournalTail["lines"] = [];
    let line = firstLine;
    let from = 0;
    while (from <= last) {
      const nl = bytes.indexOf(10, from);
      lines.push({ text: bytes.toString("utf8", from, nl), line });
      line++;
      from = nl + 1;
    }
    return { lines, end: offset + last + 1, nextLine: line };
  } finally {
    await handle.close();
  }
}

/** Appends one record line at `offset`, first cutting off anything after it (a torn append). */
export async function appendJournal(path: string, offset: number, text: string): Promise<number> {
  const mark = await markOf(path);
  if (mark && mark.size > offset) await truncate(path, offset);
  const handle = await open(path, "a");
  try {
    const bytes = Buffer.from(`${text}\n`);
    await handle.write(bytes);
    return offset + bytes.length;
  } finally {
    await handle.close();
  }
}

/** Empties the journal (after its content went into a new snapshot). */
export async function resetJournal(path: string): Promise<void> {
  if (await markOf(path)) await truncate(path, 0);
}
