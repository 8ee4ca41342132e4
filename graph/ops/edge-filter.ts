/**
 * The filter predicate shared by neighbourhood, paths and exports on the store graph: relation
 * types, node kinds, date range and documents on evidence, minimum confidence.
 */
import type { GraphFilter } from "../model.ts";
import type { StoreEdge, StoreGraph } from "./store-graph.ts";

/** True when the evidence list has a piece inside the date range and documents of `f`. */
function evidenceMatches(e: StoreEdge, f: GraphFilter): boolean {
  if (!f.from && !f.to && !f.documents?.length) return true;
  return e.evidence.some(
    (x) =>
      (!f.documents?.length || f.documents.includes(x.document)) &&
      (!f.from || (x.date !== undefined && x.date >= f.from)) &&
      (!f.to || (x.date !== undefined && x.date <= f.to)),
  );
}

/** Builds a predicate `(edgeKey) => boolean` for the filter. */
export function edgeFilter(graph: StoreGraph, f: GraphFilter = {}): (edge: string) => boolean {
  const types = f.types?.length ? new Set(f.types) : undefined;
  const kinds = f.kinds?.length ? new Set(f.kinds) : undefined;
  return (edge) => {
    const e = graph.getEdgeAttributes(edge);
    if (types && !types.has(e.type)) return false;
    if (f.minConfidence !== undefined && e.confidence < f.minConfidence) return false;
    if (kinds) {
      if (!kinds.has(graph.getNodeAttribute(graph.source(edge), "kind"))) return false;
      if (!kinds.has(graph.getNodeAttribute(graph.target(edge), "kind"))) return false;
    }
    return evidenceMatches(e, f);
  };
}
