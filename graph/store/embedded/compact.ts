/**
 * Compact spans for the embedded store's heap: the strings of mentions and evidence that repeat
 * (document ids, cues, rules, dates, surface forms) are kept once per process, a sentence once per
 * write, and each span's dedup key is a short flat string (document number, start, end in base 36)
 * instead of a concatenation of the document id and offsets. A year of news repeats these strings
 * on every piece of evidence; kept once, the store's heap grows with what is new.
 */
import type { Evidence, Mention } from "../../interchange.ts";

/** The one copy of each short repeated string (bounded: cleared when it grows past `MAX`). */
const shared = new Map<string, string>();
const MAX = 1_000_000;
/** A number per document id, for span keys. */
const documentNumbers = new Map<string, number>();

/** The process's copy of `s`. */
export function intern(s: string): string {
  const have = shared.get(s);
  if (have !== undefined) return have;
  if (shared.size >= MAX) shared.clear();
  shared.set(s, s);
  return s;
}

/** The key of a span: unique per (document, start, end), at most a dozen characters. */
export function spanKey(x: { document: string; start: number; end: number }): string {
  let n = documentNumbers.get(x.document);
  if (n === undefined) {
    n = documentNumbers.size;
    documentNumbers.set(x.document, n);
  }
  return `${n.toString(36)}:${x.start.toString(36)}:${x.end.toString(36)}`;
}

/** Sentences seen in one write: the same sentence states several relations. */
export type Sentences = Map<string, string>;

/** A mention or evidence piece with its repeated strings shared (same fields, same values). */
export function compactSpan<T extends Mention | Evidence>(x: T, sentences: Sentences): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (typeof v !== "string") out[k] = v;
    else if (k === "sentence") {
      const have = sentences.get(v);
      if (have === undefined) sentences.set(v, v);
      out[k] = have ?? v;
    } else out[k] = intern(v);
  }
  return out as T;
}
