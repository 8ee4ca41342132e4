/**
 * Full-text search over evidence sentences, the part both stores share: the hit shape, the query's
 * terms (case- and accent-folded words minus Lucene's English stop words; a sentence matches when it
 * contains one of them as a whole word, as Neo4j's standard-folding analyzer does), the matched spans to highlight, BM25 scoring
 * (Lucene's similarity, used by the embedded store) and the grouping of matching pieces into one hit
 * per relation: its best piece, relations ordered by that piece's score, then by id.
 */
import { z } from "zod";
import { RelationType } from "../ontology.ts";
import { foldAccents } from "../text.ts";

/** One relation that matches, with its best-scoring evidence sentence. */
export const EvidenceHitSchema = z.object({
  relation: z.string(),
  source: z.string(),
  target: z.string(),
  sourceName: z.string(),
  targetName: z.string(),
  type: RelationType,
  confidence: z.number(),
  sentence: z.string(),
  document: z.string(),
  documentTitle: z.string().optional(),
  date: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  score: z.number(),
  /** How many of the relation's evidence pieces match. */
  matches: z.number().int().positive(),
  /** [start, end) offsets in `sentence` of the words that matched. */
  spans: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type EvidenceHit = z.infer<typeof EvidenceHitSchema>;

/** Options of an evidence search. */
export interface EvidenceSearchOptions {
  limit?: number;
}

/** Defaults: relations returned, query words kept, BM25 constants (Lucene's). */
export const DEFAULTS = { limit: 20, maxTerms: 12, k1: 1.2, b: 0.75 };

/**
 * A word as Lucene's StandardTokenizer (UAX #29) cuts it, closely enough: letters and digits, kept
 * together across an apostrophe or a dot before a letter ("cartel's", "u.s") and across a dot or a
 * comma between digits ("1,000").
 */
const WORD = /[\p{L}\p{N}]+(?:(?:['’.](?=\p{L})|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** Lucene's English stop words, which the standard-folding analyzer drops. */
const STOP_WORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** The folded words of `text` (stop words left out) with their offsets in `text`. */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)]
    .map((m) => ({ word: foldAccents(m[0]), start: m.index, end: m.index + m[0].length }))
    .filter((w) => !STOP_WORDS.has(w.word));
}

/** The distinct folded words of a query, at most DEFAULTS.maxTerms. */
export function queryTerms(q: string): string[] {
  return [...new Set(words(q).map((w) => w.word))].slice(0, DEFAULTS.maxTerms);
}

/** Offsets of the words of `sentence` that are query terms. */
export function termSpans(sentence: string, terms: readonly string[]): [number, number][] {
  const set = new Set(terms);
  return words(sentence)
    .filter((w) => set.has(w.word))
    .map((w) => [w.start, w.end]);
}

/** A matching evidence piece before grouping. */
export interface ScoredPiece<T> {
  relation: string;
  score: number;
  piece: T;
  /** Tie-break inside a relation (document, then start). */
  order: string;
}

/** BM25 scores of `sentences` for `terms` (0 when no term occurs), Lucene's formula. */
export function bm25(sentences: readonly string[], terms: readonly string[]): number[] {
  const bags = sentences.map((s) => words(s).map((w) => w.word));
  const n = bags.length;
  const avgdl = bags.reduce((t, b) => t + b.length, 0) / Math.max(n, 1);
  const df = new Map(terms.map((t) => [t, bags.filter((b) => b.includes(t)).length]));
  const { k1, b } = DEFAULTS;
  return bags.map((bag) => {
    let score = 0;
    for (const t of terms) {
      const tf = bag.filter((w) => w === t).length;
      if (!tf) continue;
      const d = df.get(t)!;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      score += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * bag.length) / avgdl));
    }
    return score;
  });
}

/** One entry per relation: its best piece (ties by `order`) and how many pieces matched, best first. */
export function groupByRelation<T>(
  pieces: readonly ScoredPiece<T>[],
  limit: number,
): { best: ScoredPiece<T>; matches: number }[] {
  const groups = new Map<string, { best: ScoredPiece<T>; matches: number }>();
  for (const p of pieces) {
    const g = groups.get(p.relation);
    if (!g) groups.set(p.relation, { best: p, matches: 1 });
    else {
      g.matches++;
      if (p.score > g.best.score || (p.score === g.best.score && p.order < g.best.order)) g.best = p;
    }
  }
  return [...groups.values()]
    .sort(
      (x, y) =>
        y.best.score - x.best.score ||
        (x.best.relation < y.best.relation ? -1 : x.best.relation > y.best.relation ? 1 : 0),
    )
    .slice(0, limit);
}
