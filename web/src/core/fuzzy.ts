/**
 * Typo-tolerant matching for the search box: edit distance between folded names, the prefixes to ask
 * the server for when a query finds nothing ("Sheinbam" → "shei"), and a ranking of what comes back.
 */
import { foldAccents } from "../../../graph/text.ts";

const fold = (s: string) =>
  foldAccents(s)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Distance of `query` to the closest word run of `name` of the same length, relative to the query. */
export function closeness(query: string, name: string): number {
  const q = fold(query);
  const words = fold(name).split(" ");
  const n = q.split(" ").length;
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i + n <= words.length; i++)
    best = Math.min(best, editDistance(q, words.slice(i, i + n).join(" ")));
  return best / Math.max(1, q.length);
}

/** Short prefixes of the query's words to search for when the query itself finds nothing. */
export function fallbackQueries(query: string): string[] {
  const words = fold(query)
    .split(" ")
    .filter((w) => w.length >= 3);
  return [...new Set(words.map((w) => w.slice(0, Math.max(3, Math.min(4, w.length - 2)))))];
}

/** The hits close enough to `query` (at most a third of its letters wrong), closest first. */
export function rankFuzzy<T extends { name: string; aliases: string[] }>(query: string, hits: T[]): T[] {
  return hits
    .map((h) => ({ h, d: Math.min(closeness(query, h.name), ...h.aliases.map((a) => closeness(query, a))) }))
    .filter((x) => x.d <= 0.34)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.h);
}
