/**
 * Document texts of the embedded store, kept out of the heap: each text is written once to a
 * scratch file of this process and read back on demand (document view, export, snapshot). The file
 * is unlinked as soon as it is opened, so it disappears with the process however it ends, and it
 * never outlives the store files, which stay the only copy that counts. Texts are written as
 * UTF-16 code units, as JavaScript strings index them, so a span of a text (an evidence sentence)
 * is read back alone without decoding the whole text.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Bytes read at once by {@link TextFile.slices}, and the widest gap between spans read together. */
const WINDOW = 1 << 20;
const GAP = 16 << 10;

/** Where a text lies in the scratch file. */
export interface TextRef {
  offset: number;
  bytes: number;
}

/** An append-only scratch file of texts. */
export class TextFile {
  private fd: number | undefined;
  private size = 0;

  constructor(private readonly dir = tmpdir()) {}

  private open(): number {
    if (this.fd === undefined) {
      const path = join(this.dir, `kgx-texts-${process.pid}-${Math.random().toString(36).slice(2)}`);
      this.fd = openSync(path, "w+", 0o600);
      unlinkSync(path);
    }
    return this.fd;
  }

  /** Stores `text`; its reference. */
  put(text: string): TextRef {
    if (!text) return { offset: 0, bytes: 0 };
    const bytes = Buffer.from(text, "utf16le");
    const fd = this.open();
    let written = 0;
    while (written < bytes.length)
      written += writeSync(fd, bytes, written, bytes.length - written, this.size + written);
    const ref = { offset: this.size, bytes: bytes.length };
    this.size += bytes.length;
    return ref;
  }

  /** The text at `ref`. */
  get(ref: TextRef): string {
    return this.read(ref.offset, ref.bytes);
  }

  /** `text.slice(start, end)` of the text at `ref`, read alone (offsets in UTF-16 code units, as JavaScript's). */
  slice(ref: TextRef, start: number, end: number): string {
    const from = Math.min(Math.max(0, start) * 2, ref.bytes);
    const to = Math.min(Math.max(from, end * 2), ref.bytes);
    return this.read(ref.offset + from, to - from);
  }

  /**
   * {@link slice} of many spans, read in file order: spans lying close together (gaps under `GAP`)
   * are read with one call into one reused buffer, so a scan of every sentence costs about one
   * pass over the file, and scattered spans one read each.
   */
  slices(spans: { ref: TextRef; start: number; end: number }[]): string[] {
    const at = spans.map(({ ref, start, end }, i) => {
      const from = Math.min(Math.max(0, start) * 2, ref.bytes);
      const to = Math.min(Math.max(from, end * 2), ref.bytes);
      return { offset: ref.offset + from, length: to - from, i };
    });
    at.sort((a, b) => a.offset - b.offset);
    const out = new Array<string>(spans.length);
    const buffer = Buffer.allocUnsafe(WINDOW);
    let from = 0;
    let to = 0;
    for (let k = 0; k < at.length; k++) {
      const { offset, length, i } = at[k]!;
      if (length > WINDOW) {
        out[i] = this.read(offset, length);
        continue;
      }
      if (offset < from || offset + length > to) {
        let end = offset + length;
        for (let j = k + 1; j < at.length; j++) {
          const next = at[j]!;
          if (next.offset > end + GAP || next.offset + next.length > offset + WINDOW) break;
          end = Math.max(end, next.offset + next.length);
        }
        this.fill(buffer, offset, end - offset);
        from = offset;
        to = end;
      }
      out[i] = buffer.toString("utf16le", offset - from, offset - from + length);
    }
    return out;
  }

  private read(offset: number, length: number): string {
    if (!length) return "";
    const bytes = Buffer.allocUnsafe(length);
    this.fill(bytes, offset, length);
    return bytes.toString("utf16le");
  }

  /** Reads `length` bytes from `offset` into the start of `bytes`. */
  private fill(bytes: Buffer, offset: number, length: number): void {
    let read = 0;
    while (read < length) {
      const n = readSync(this.open(), bytes, read, length - read, offset + read);
      if (!n) throw new Error(`embedded store texts: the scratch file ends before byte ${offset + length}`);
      read += n;
    }
  }

  /** Closes the file (its texts are gone). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.size = 0;
  }
}

/** The texts of every embedded store of this process. */
export const texts = new TextFile();
