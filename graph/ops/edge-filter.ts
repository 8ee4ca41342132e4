/**
 * The filter of graph/ops/filter.ts applied to the store graph: a predicate over edge keys, used by
 * neighbourhood and paths on the embedded store.
 */
import { edgePasses, type Filter, filterIsEmpty } from "./filter.ts";
import type { StoreGraph } from "./store-graph.ts";

/** Builds a predicate `(edgeKey) => boolean` for the filter. */
export function edgeFilter(graph: StoreGraph, f: Filter = {}): (edge: string) => boolean {
  if (filterIsEmpty(f)) return () => true;
  return (edge) => {
    const e = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    return edgePasses(f, {
      type: e.type,
      confidence: e.confidence,
      source,
      target,
      sourceKind: graph.getNodeAttribute(source, "kind"),
      targetKind: graph.getNodeAttribute(target, "kind"),
      evidence: e.evidence,
    });
  };
}
