/**
 * Neighbourhood of a set of entities, up to `depth` hops in either direction, through edges that
 * pass the filter. Hubs are cut at `limit` neighbours per expanded node (strongest relations first)
 * and the number left out is reported in `more`.
 */
import type { GraphFilter } from "../model.ts";
import type { GraphResult } from "../store/types.ts";
import { edgeFilter } from "./edge-filter.ts";
import { type StoreGraph, serializeSelection } from "./store-graph.ts";

/** Options of {@link neighbourhood}. */
export interface NeighbourhoodOpts extends GraphFilter {
  depth?: number;
  limit?: number;
}

/** Defaults of {@link neighbourhood}. */
export const DEFAULTS = { depth: 1, limit: 50 };

/** The filtered neighbourhood of `ids` (unknown ids are ignored; the caller checks existence). */
export function neighbourhood(
  graph: StoreGraph,
  ids: string[],
  options: NeighbourhoodOpts = {},
): GraphResult {
  const { depth, limit } = { ...DEFAULTS, ...options };
  const keep = edgeFilter(graph, options);
  const nodes = new Set(ids.filter((id) => graph.hasNode(id)));
  const edges = new Set<string>();
  const more: Record<string, number> = {};
  let frontier = [...nodes];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      const byNeighbour = new Map<string, { edges: string[]; weight: number }>();
      graph.forEachEdge(id, (edge, attrs, source, target) => {
        if (!keep(edge)) return;
        const other = source === id ? target : source;
        const entry = byNeighbour.get(other) ?? { edges: [], weight: 0 };
        entry.edges.push(edge);
        entry.weight += attrs.evidence.length * attrs.confidence;
        byNeighbour.set(other, entry);
      });
      const ranked = [...byNeighbour.entries()].sort(
        (a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]),
      );
      const shown = ranked.filter(([other]) => nodes.has(other));
      for (const entry of ranked) {
        if (shown.length >= limit) break;
        if (!nodes.has(entry[0])) shown.push(entry);
      }
      const hidden = ranked.length - new Set(shown.map(([o]) => o)).size;
      if (hidden > 0) more[id] = hidden;
      for (const [other, { edges: es }] of shown) {
        for (const e of es) edges.add(e);
        if (!nodes.has(other)) {
          nodes.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { graph: serializeSelection(graph, nodes, edges), more };
}
