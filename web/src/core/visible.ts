/**
 * The one derived visible graph: from the data fetched so far and the view, which actors and which
 * relations are on screen. Everything drawn, counted, listed in the panel or exported reads this.
 */
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import { nodePasses, relationPasses, toFilter } from "./filter-input.ts";
import type { GraphData, ViewState } from "./types.ts";

/** A visible relation. */
export interface VisibleEdge {
  id: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** The visible graph: actors (in a stable order) and relations between them. */
export interface VisibleGraph {
  nodes: { id: string; attributes: NodeAttributes }[];
  edges: VisibleEdge[];
  /** Visible degree per actor. */
  degree: Record<string, number>;
}

/** Actors the view asks for before filtering: expanded ones, their neighbours, pinned, focus. */
export function wantedIds(data: GraphData, view: ViewState): string[] {
  const ids = new Set<string>();
  for (const id of view.expanded) {
    ids.add(id);
    for (const n of data.neighbours[id] ?? []) ids.add(n);
  }
  for (const id of view.pinned) ids.add(id);
  if (view.focus) ids.add(view.focus);
  return [...ids].sort();
}

/** The actors whose relations among each other the view fetches: wanted ones not reported missing. */
export function fetchedIds(data: GraphData, view: ViewState, missing: readonly string[]): string[] {
  return wantedIds(data, view).filter((id) => !missing.includes(id));
}

/**
 * Whether the data the view asks for has all arrived: every expanded actor's neighbours and the
 * relations among all wanted actors. New actors are placed only then, so a view gives the same
 * picture whatever order the server's answers come in.
 */
export function dataComplete(data: GraphData, view: ViewState, missing: readonly string[]): boolean {
  if (view.expanded.some((id) => !data.neighbours[id])) return false;
  const ids = fetchedIds(data, view, missing);
  return !ids.length || data.among === ids.join(",");
}

/**
 * The visible graph: wanted actors that are known, not hidden and of allowed kinds; relations between
 * them that pass the filters; then neighbours reached only through filtered-out relations are dropped
 * (expanded, pinned and focused actors always stay).
 */
export function visibleGraph(data: GraphData, view: ViewState): VisibleGraph {
  if (last && last.data === data && last.view.filters === view.filters && sameAnchors(last.view, view))
    return last.graph;
  const graph = derive(data, view);
  last = { data, view, graph };
  return graph;
}

/** The last answer: views and effects ask for the same state several times per change. */
let last: { data: GraphData; view: ViewState; graph: VisibleGraph } | undefined;

function sameAnchors(a: ViewState, b: ViewState): boolean {
  return a.expanded === b.expanded && a.pinned === b.pinned && a.hidden === b.hidden && a.focus === b.focus;
}

function derive(data: GraphData, view: ViewState): VisibleGraph {
  const hidden = new Set(view.hidden);
  const anchors = new Set([...view.expanded, ...view.pinned, ...(view.focus ? [view.focus] : [])]);
  const candidates = new Set(
    wantedIds(data, view).filter((id) => {
      const n = data.nodes[id];
      return n !== undefined && !hidden.has(id) && nodePasses(n, view.filters);
    }),
  );
  const filter = toFilter(view.filters);
  const edges: VisibleEdge[] = [];
  for (const [id, e] of Object.entries(data.edges))
    if (
      candidates.has(e.source) &&
      candidates.has(e.target) &&
      relationPasses(e, data.nodes, filter, view.filters)
    )
      edges.push({ id, source: e.source, target: e.target, attributes: e.attributes });
  const degree: Record<string, number> = {};
  for (const e of edges) {
    degree[e.source] = (degree[e.source] ?? 0) + 1;
    degree[e.target] = (degree[e.target] ?? 0) + 1;
  }
  const keep = [...candidates].filter((id) => anchors.has(id) || (degree[id] ?? 0) > 0);
  const kept = new Set(keep);
  return {
    nodes: keep.map((id) => ({ id, attributes: data.nodes[id]! })),
    edges: edges
      .filter((e) => kept.has(e.source) && kept.has(e.target))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    degree: Object.fromEntries(keep.map((id) => [id, degree[id] ?? 0])),
  };
}

/** The `n` most connected visible actors (ties by name). */
export function topDegree(g: VisibleGraph, n: number): string[] {
  return [...g.nodes]
    .sort(
      (a, b) =>
        (g.degree[b.id] ?? 0) - (g.degree[a.id] ?? 0) ||
        (a.attributes.name < b.attributes.name ? -1 : a.attributes.name > b.attributes.name ? 1 : 0),
    )
    .slice(0, n)
    .map((x) => x.id);
}
