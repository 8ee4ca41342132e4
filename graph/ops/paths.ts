/**
 * Paths between two entities, ignoring direction, through edges that pass the filter: the shortest
 * path and the k shortest loopless paths (Yen's algorithm over breadth-first searches), up to
 * `maxDepth` hops. With no filter, the sorted neighbour lists are kept per graph (emptied by its
 * edge and node events), so repeated searches on a large graph do not rebuild them.
 */
import type { GraphFilter } from "../model.ts";
import type { GraphResult } from "../store/types.ts";
import { edgeFilter } from "./edge-filter.ts";
import { filterIsEmpty } from "./filter.ts";
import { type StoreGraph, serializeSelection } from "./store-graph.ts";

/** Options of {@link paths}. */
export interface PathsOpts extends GraphFilter {
  k?: number;
  maxDepth?: number;
}

/** Defaults of {@link paths}. */
export const DEFAULTS = { k: 1, maxDepth: 4 };

type Adjacency = (node: string) => string[];

function bfs(
  adj: Adjacency,
  from: string,
  to: string,
  maxDepth: number,
  banned: Set<string>,
  bannedSteps: Set<string>,
): string[] | undefined {
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  for (let d = 0; d < maxDepth && frontier.length; d++) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of adj(u)) {
        if (parent.has(v) || banned.has(v) || (bannedSteps.size && bannedSteps.has(`${u}>${v}`))) continue;
        parent.set(v, u);
        if (v === to) {
          const path = [v];
          for (let p = parent.get(v); p; p = parent.get(p)) path.unshift(p);
          return path;
        }
        next.push(v);
      }
    }
    frontier = next;
  }
  return undefined;
}

/** Yen's k shortest loopless paths on an unweighted graph. */
export function kShortestPaths(
  adj: Adjacency,
  from: string,
  to: string,
  k: number,
  maxDepth: number,
): string[][] {
  const first = bfs(adj, from, to, maxDepth, new Set(), new Set());
  if (!first) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const key = (p: string[]) => p.join("\u0000");
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const bannedSteps = new Set<string>();
      for (const p of found) {
        if (p.length > i && key(p.slice(0, i + 1)) === key(root)) bannedSteps.add(`${p[i]}>${p[i + 1]}`);
      }
      const spur = bfs(adj, root[i]!, to, maxDepth - i, new Set(root.slice(0, i)), bannedSteps);
      if (!spur) continue;
      const total = [...root.slice(0, i), ...spur];
      if (!candidates.some((c) => key(c) === key(total)) && !found.some((c) => key(c) === key(total)))
        candidates.push(total);
    }
    if (!candidates.length) break;
    candidates.sort((a, b) => a.length - b.length || key(a).localeCompare(key(b)));
    found.push(candidates.shift()!);
  }
  return found;
}

/** Per graph, the sorted neighbours of each node when no filter is set; emptied when edges change. */
const unfiltered = new WeakMap<StoreGraph, Map<string, string[]>>();

function unfilteredAdjacency(graph: StoreGraph): Map<string, string[]> {
  let cache = unfiltered.get(graph);
  if (!cache) {
    const lists = new Map<string, string[]>();
    const reset = () => lists.clear();
    for (const event of [
      "nodeAdded",
      "edgeAdded",
      "nodeDropped",
      "edgeDropped",
      "cleared",
      "edgesCleared",
    ] as const)
      graph.on(event, reset);
    unfiltered.set(graph, lists);
    cache = lists;
  }
  return cache;
}

/** Up to `k` shortest paths from `from` to `to`, as node id lists plus the graph they span. */
export function paths(
  graph: StoreGraph,
  from: string,
  to: string,
  options: PathsOpts = {},
): GraphResult & { paths: string[][] } {
  const { k, maxDepth } = { ...DEFAULTS, ...options };
  const keep = edgeFilter(graph, options);
  const seen = filterIsEmpty(options) ? unfilteredAdjacency(graph) : new Map<string, string[]>();
  const adj: Adjacency = (node) => {
    let list = seen.get(node);
    if (!list) {
      const out = new Set<string>();
      graph.forEachEdge(node, (edge, _a, s, t) => {
        if (keep(edge)) out.add(s === node ? t : s);
      });
      list = [...out].sort();
      seen.set(node, list);
    }
    return list;
  };
  const found = from === to ? [[from]] : kShortestPaths(adj, from, to, k, maxDepth);
  const nodes = new Set(found.flat());
  const edges: string[] = [];
  for (const p of found) {
    for (let i = 0; i < p.length - 1; i++) {
      graph.forEachEdge(p[i]!, p[i + 1]!, (e) => void (keep(e) && edges.push(e)));
      graph.forEachEdge(p[i + 1]!, p[i]!, (e) => void (keep(e) && edges.push(e)));
    }
  }
  return { graph: serializeSelection(graph, nodes, edges), more: {}, paths: found };
}
