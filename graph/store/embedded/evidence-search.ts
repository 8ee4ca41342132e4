/**
 * Evidence search on the embedded store: a scan of every evidence sentence, scored with BM25 over
 * the same folded words Neo4j's full-text index uses, grouped into one hit per relation by the
 * shared rules of graph/ops/evidence-search.ts.
 */
import type { Evidence } from "../../interchange.ts";
import {
  bm25,
  DEFAULTS,
  type EvidenceHit,
  type EvidenceSearchOptions,
  groupByRelation,
  queryTerms,
  type ScoredPiece,
  termSpans,
} from "../../ops/evidence-search.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import { sentencesOf } from "./compact.ts";
import type { TitleOf } from "./relations.ts";

/** Relations whose evidence sentences match `q`, best first. */
export function searchEvidence(
  graph: StoreGraph,
  titleOf: TitleOf,
  q: string,
  options: EvidenceSearchOptions = {},
): EvidenceHit[] {
  const terms = queryTerms(q);
  if (!terms.length) return [];
  const all: { relation: string; piece: Evidence }[] = [];
  graph.forEachEdge((relation, attrs) => {
    for (const piece of attrs.evidence) all.push({ relation, piece });
  });
  const scores = bm25(sentencesOf(all.map((x) => x.piece)), terms);
  const matching: ScoredPiece<Evidence>[] = [];
  all.forEach((x, i) => {
    if (scores[i]! > 0)
      matching.push({
        relation: x.relation,
        score: scores[i]!,
        piece: x.piece,
        order: `${x.piece.document}\u0000${String(x.piece.start).padStart(12, "0")}`,
      });
  });
  return groupByRelation(matching, options.limit ?? DEFAULTS.limit).map(({ best, matches }) => {
    const source = graph.source(best.relation);
    const target = graph.target(best.relation);
    const e = graph.getEdgeAttributes(best.relation);
    const v = best.piece;
    const title = titleOf(v.document);
    return {
      relation: best.relation,
      source,
      target,
      sourceName: graph.getNodeAttribute(source, "name"),
      targetName: graph.getNodeAttribute(target, "name"),
      type: e.type,
      confidence: e.confidence,
      sentence: v.sentence,
      document: v.document,
      ...(title ? { documentTitle: title } : {}),
      ...(v.date ? { date: v.date } : {}),
      start: v.start,
      end: v.end,
      score: best.score,
      matches,
      spans: termSpans(v.sentence, terms),
    };
  });
}
