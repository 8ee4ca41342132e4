/**
 * Turns raw text plus metadata into a Document: normalised text, a content-hash id (so loading the
 * same text twice is a no-op), a title and a publication date found in metadata, a date line or the text.
 */
import { createHash } from "node:crypto";
import type { Document } from "../../graph/interchange.ts";
import { findPublishedDate } from "./dates.ts";

/** Normalises text the way ids are computed: Unicode NFC, \n line ends, trimmed trailing spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** `doc:` plus the first 16 hex digits of the SHA-256 of the normalised text. */
export function documentId(normalisedText: string): string {
  return `doc:${createHash("sha256").update(normalisedText).digest("hex").slice(0, 16)}`;
}

/** Raw input for {@link makeDocument}. */
export interface RawDocument {
  text: string;
  source: string;
  title?: string;
  published?: string;
  url?: string;
}

/** The first non-empty line when it looks like a headline (short, no final full stop). */
export function guessTitle(text: string): string | undefined {
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (!t) continue;
    if (/^date\b/i.test(t)) continue;
    if (t.length <= 160 && !/[.:]$/.test(t)) return t;
    return undefined;
  }
  return undefined;
}

/**
 * The text extraction reads: the input as given, so mention and evidence offsets slice the file
 * (leading blank lines, CRLF and trailing spaces kept); composed to NFC only when that keeps every
 * offset (same length).
 */
function offsetText(text: string): string {
  const nfc = text.normalize("NFC");
  return nfc.length === text.length ? nfc : text;
}

/** Builds a Document (text included) from raw input: id from the normalised text, text as given. */
export function makeDocument(raw: RawDocument): Document & { text: string } {
  const normalised = normaliseText(raw.text);
  const text = offsetText(raw.text);
  const doc: Document & { text: string } = {
    id: documentId(normalised),
    source: raw.source,
    text,
  };
  const title = raw.title?.trim() || guessTitle(text);
  if (title) doc.title = title;
  const published = (raw.published && findPublishedDate(raw.published)) || findPublishedDate(normalised);
  if (published) doc.published = published;
  if (raw.url) doc.url = raw.url;
  return doc;
}
