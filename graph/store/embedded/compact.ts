/**
 * Compact spans for the embedded store's heap: the strings of mentions and evidence that repeat
 * (document ids, cues, rules, dates, surface forms) are kept once per process, and each span's
 * dedup key is a short flat string (document number, start, end in base 36). An evidence sentence
 * that is its document's text between `start` and `end` (what extraction always gives) is not kept
 * at all: the piece keeps where its document's text lies in the texts file (texts.ts) and its
 * `sentence` is an enumerable getter reading it back on demand, so spreads, JSON and structured
 * clones still see the field. A year of news adds only numbers and references per piece.
 */
import { EVIDENCE_FIELDS, type Evidence, type Mention } from "../../interchange.ts";
import { type TextRef, texts } from "./texts.ts";

/** The one copy of each short repeated string (bounded: cleared when it grows past `MAX`). */
const shared = new Map<string, string>();
const MAX = 1_000_000;
/** A number per document id (span keys, packed mentions), and the ids by number. */
const documentNumbers = new Map<string, number>();
const documentIds: string[] = [];

/** The process's number for document `id`. */
export function documentNumber(id: string): number {
  let n = documentNumbers.get(id);
  if (n === undefined) {
    n = documentIds.length;
    documentNumbers.set(id, n);
    documentIds.push(intern(id));
  }
  return n;
}

/** The document id numbered `n` by {@link documentNumber}. */
export function documentId(n: number): string {
  return documentIds[n]!;
}

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
  return numberedSpanKey(documentNumber(x.document), x.start, x.end);
}

/** {@link spanKey} of a span whose document is numbered `document`. */
export function numberedSpanKey(document: number, start: number, end: number): string {
  return `${document.toString(36)}:${start.toString(36)}:${end.toString(36)}`;
}

/** Sentences seen in one write that are kept as strings: the same sentence states several relations. */
export type Sentences = Map<string, string>;

/** A document's text and where it lies in the texts file, when the store has it. */
export type TextLookup = (document: string) => { ref: TextRef; text: string } | undefined;

/** Where a compact piece's document text lies (non-enumerable: never copied nor compared). */
const REF = Symbol("kgx.embedded.textRef");
type Compact = { [REF]: TextRef; start: number; end: number };

/** The one accessor every compact piece shares (so pieces keep one hidden class). */
const SENTENCE: PropertyDescriptor = {
  get(this: Compact) {
    return texts.slice(this[REF], this.start, this.end);
  },
  set(this: Compact, value: string) {
    Object.defineProperty(this, "sentence", { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/** True when `x` keeps its sentence as a reference into the texts file. */
export function isCompactSentence(x: object): boolean {
  return Object.getOwnPropertyDescriptor(x, "sentence")?.get === SENTENCE.get;
}

/** The sentences of `pieces`, those kept as references read together in file order (texts.ts). */
export function sentencesOf(pieces: readonly Evidence[]): string[] {
  const out = new Array<string>(pieces.length);
  const spans: { ref: TextRef; start: number; end: number }[] = [];
  const where: number[] = [];
  pieces.forEach((x, i) => {
    if (isCompactSentence(x)) {
      spans.push({ ref: (x as unknown as Compact)[REF], start: x.start, end: x.end });
      where.push(i);
    } else out[i] = x.sentence;
  });
  texts.slices(spans).forEach((s, j) => {
    out[where[j]!] = s;
  });
  return out;
}

const EVIDENCE_KEYS = new Set<string>(EVIDENCE_FIELDS);
const MENTION_KEYS = new Set(["document", "start", "end", "text"]);

/**
 * A stored evidence piece: its fields assigned in the schema's order (only those it has), so that
 * every piece is one small object with its fields in place instead of a dictionary of them.
 */
class StoredEvidence {
  declare document: string;
  declare sentence: string;
  declare start: number;
  declare end: number;
  declare cue?: string;
  declare cueStart?: number;
  declare cueEnd?: number;
  declare rule?: string;
  declare confidence?: number;
  declare date?: string;

  constructor(x: Evidence, sentences: Sentences, ref: TextRef | undefined) {
    this.document = intern(x.document);
    if (ref) {
      Object.defineProperty(this, REF, { value: ref });
      Object.defineProperty(this, "sentence", SENTENCE);
    } else {
      const have = sentences.get(x.sentence);
      if (have === undefined) sentences.set(x.sentence, x.sentence);
      this.sentence = have ?? x.sentence;
    }
    this.start = x.start;
    this.end = x.end;
    if (x.cue !== undefined) this.cue = intern(x.cue);
    if (x.cueStart !== undefined) this.cueStart = x.cueStart;
    if (x.cueEnd !== undefined) this.cueEnd = x.cueEnd;
    if (x.rule !== undefined) this.rule = intern(x.rule);
    if (x.confidence !== undefined) this.confidence = x.confidence;
    if (x.date !== undefined) this.date = intern(x.date);
  }
}

/** A stored mention, as {@link StoredEvidence}. */
class StoredMention {
  declare document: string;
  declare start: number;
  declare end: number;
  declare text?: string;

  constructor(x: Mention) {
    this.document = intern(x.document);
    this.start = x.start;
    this.end = x.end;
    if (x.text !== undefined) this.text = intern(x.text);
  }
}

/** True when every key of `x` is in `keys` and they come in the order of `keys`. */
function inOrder(x: object, keys: Set<string>): boolean {
  const order = [...keys];
  let at = 0;
  for (const k of Object.keys(x)) {
    const i = order.indexOf(k, at);
    if (i < 0) return false;
    at = i + 1;
  }
  return true;
}

/**
 * A mention or evidence piece with its repeated strings shared (same fields, same values, same key
 * order); an evidence sentence found in its document's text (`textOf`) becomes a getter.
 */
export function compactSpan<T extends Mention | Evidence>(
  x: T,
  sentences: Sentences,
  textOf?: TextLookup,
): T {
  if ("sentence" in x && inOrder(x, EVIDENCE_KEYS)) {
    const doc = textOf?.(x.document);
    const ref = doc && doc.text.slice(x.start, x.end) === x.sentence ? doc.ref : undefined;
    return new StoredEvidence(x, sentences, ref) as unknown as T;
  }
  if (!("sentence" in x) && inOrder(x, MENTION_KEYS)) return new StoredMention(x) as unknown as T;
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
