/**
 * Small edits of a store graph that corrections are made of: copying a graph so the extracted one
 * is never touched, moving a relation to new endpoints (merging it into the relation already
 * there) and adding evidence to a relation. Attribute objects and arrays are replaced, never
 * mutated in place, and evidence and mentions are shared read-only with the source graph.
 */
import type { Evidence, Mention } from "../interchange.ts";
import { type RelationType, relationId } from "../ontology.ts";
import { createStoreGraph, type StoreEdge, type StoreGraph } from "../ops/store-graph.ts";

type Span = { document: string; start: number; end: number };
const spanKey = (x: Span) => `${x.document}:${x.start}:${x.end}`;

/** `a` followed by the spans of `b` not already in `a`. */
export function unionSpans<T extends Mention | Evidence>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map(spanKey));
  return [...a, ...b.filter((x) => !seen.has(spanKey(x)) && seen.add(spanKey(x)))];
}

/** A copy of `graph` with fresh attribute objects and arrays (the spans themselves are shared). */
export function copyStoreGraph(graph: StoreGraph): StoreGraph {
  const out = createStoreGraph();
  graph.forEachNode((id, n) => {
    out.addNode(id, { ...n, aliases: [...n.aliases], mentions: [...n.mentions] });
  });
  graph.forEachEdge((id, e, s, t) => {
    out.addDirectedEdgeWithKey(id, s, t, { ...e, evidence: [...e.evidence] });
  });
  return out;
}

/** The relation id and its oriented ends for (source, type, target). */
export function relationEnds(source: string, type: RelationType, target: string) {
  const id = relationId(source, type, target);
  const [s, , t] = id.split("|") as [string, string, string];
  return { id, source: s, target: t };
}

/**
 * Adds `edge` between `source` and `target` (merged into the relation already there: evidence
 * united, highest confidence, curation kept). Nothing for a self loop. Returns the relation id.
 */
export function putEdge(
  graph: StoreGraph,
  source: string,
  target: string,
  edge: StoreEdge,
): string | undefined {
  if (source === target) return undefined;
  const ends = relationEnds(source, edge.type, target);
  if (!graph.hasEdge(ends.id)) {
    graph.addDirectedEdgeWithKey(ends.id, ends.source, ends.target, {
      ...edge,
      evidence: [...edge.evidence],
    });
    return ends.id;
  }
  const old = graph.getEdgeAttributes(ends.id);
  const curation =
    old.curation === "analyst" || edge.curation === "analyst" ? "analyst" : (old.curation ?? edge.curation);
  graph.replaceEdgeAttributes(ends.id, {
    type: old.type,
    confidence: Math.max(old.confidence, edge.confidence),
    evidence: unionSpans(old.evidence, edge.evidence),
    ...(curation ? { curation } : {}),
  });
  return ends.id;
}

/** Moves relation `id` so that `from` is replaced by `to` at either end (dropped if it becomes a loop). */
export function moveEdge(graph: StoreGraph, id: string, from: string, to: string): void {
  const edge = graph.getEdgeAttributes(id);
  const source = graph.source(id) === from ? to : graph.source(id);
  const target = graph.target(id) === from ? to : graph.target(id);
  graph.dropEdge(id);
  putEdge(graph, source, target, edge);
}
