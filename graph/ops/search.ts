/**
 * Ranked entity search over names and aliases for the embedded store: accent- and case-folded,
 * exact matches above prefixes above word prefixes above substrings, ties by degree then name.
 */
import type { SearchHit } from "../model.ts";
import type { NodeKind } from "../ontology.ts";
import { foldAccents } from "../text.ts";
import type { StoreGraph } from "./store-graph.ts";

/** Options of {@link searchEntities}. */
export interface SearchOpts {
  kinds?: NodeKind[];
  limit?: number;
}

/** Defaults of {@link searchEntities}. */
export const DEFAULTS = { limit: 10 };

/** Case-, accent- and punctuation-folded form used for matching. */
export function fold(s: string): string {
  return foldAccents(s)
    .replace(/[.’'`"“”]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Folded forms already computed (fold is pure; names repeat across searches), bounded. */
const folded = new Map<string, string>();
const FOLDED_MAX = 500_000;

function foldedForm(form: string): string {
  let f = folded.get(form);
  if (f === undefined) {
    if (folded.size >= FOLDED_MAX) folded.clear();
    f = fold(form);
    folded.set(form, f);
  }
  return f;
}

function scoreForm(form: string, q: string, isName: boolean): number {
  const f = foldedForm(form);
  if (!f.includes(q)) return 0;
  const bonus = isName ? 5 : 0;
  if (f === q) return 100 + bonus;
  if (f.startsWith(q)) return 60 + bonus;
  if (f.split(" ").some((w) => w.startsWith(q)) || f.includes(` ${q}`)) return 40 + bonus;
  if (f.includes(q)) return 20 + bonus;
  return 0;
}

/** Ranked hits for `query`. */
export function searchEntities(graph: StoreGraph, query: string, options: SearchOpts = {}): SearchHit[] {
  const { limit } = { ...DEFAULTS, ...options };
  const q = fold(query);
  if (!q) return [];
  const kinds = options.kinds?.length ? new Set(options.kinds) : undefined;
  const hits: (SearchHit & { degree: number })[] = [];
  graph.forEachNode((id, n) => {
    if (kinds && !kinds.has(n.kind)) return;
    let score = scoreForm(n.name, q, true);
    for (const a of n.aliases) score = Math.max(score, scoreForm(a, q, false));
    if (score > 0)
      hits.push({ id, name: n.name, kind: n.kind, aliases: n.aliases, score, degree: graph.degree(id) });
  });
  hits.sort((a, b) => b.score - a.score || b.degree - a.degree || a.name.localeCompare(b.name));
  return hits.slice(0, limit).map(({ degree: _d, ...hit }) => hit);
}
