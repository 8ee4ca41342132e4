/**
 * Parallel relations drawn apart: the attributes @sigma/edge-curve's `indexParallelEdgesIndex` sets
 * (`parallelIndex`, `parallelMinIndex`, `parallelMaxIndex`) by the same rule, recomputed only for the
 * pairs of actors the given relations join, so adding a few relations to a big graph does not
 * re-index all of it. Relations of a pair are numbered by key; attributes are written only when they
 * change.
 */
import type { MultiDirectedGraph } from "graphology";

type Indexed = { parallelIndex?: number | null; parallelMinIndex?: number; parallelMaxIndex?: number | null };

/** Re-indexes the parallel relations between the ends of each of `edges`. */
export function indexParallel<E extends Indexed>(
  graph: MultiDirectedGraph<Record<string, unknown>, E>,
  edges: Iterable<string>,
): void {
  const done = new Set<string>();
  for (const edge of edges) {
    const [s, t] = graph.extremities(edge);
    const pair = s < t ? `${s}\u0000${t}` : `${t}\u0000${s}`;
    if (done.has(pair)) continue;
    done.add(pair);
    // By key, so a pair's curves do not depend on the order relations arrived in.
    const there = graph.outEdges(s, t).sort();
    const back = graph.outEdges(t, s).sort();
    assign(graph, there, there.length + back.length);
    assign(graph, back, there.length + back.length);
  }
}

function assign<E extends Indexed>(
  graph: MultiDirectedGraph<Record<string, unknown>, E>,
  list: string[],
  total: number,
): void {
  const n = list.length;
  list.forEach((edge, i) => {
    const a = graph.getEdgeAttributes(edge);
    let next: Indexed;
    if (n === 1 && total === 1) next = { parallelIndex: null, parallelMaxIndex: null };
    else if (n === 1) next = { parallelIndex: 1, parallelMaxIndex: 1 };
    else if (n === total) {
      const max = (n - 1) / 2;
      next = { parallelIndex: -max + i, parallelMinIndex: -max, parallelMaxIndex: max };
    } else next = { parallelIndex: i + 1, parallelMaxIndex: n };
    const changed = (Object.keys(next) as (keyof Indexed)[]).some(
      (k) => (a[k] ?? null) !== (next[k] ?? null),
    );
    if (changed) graph.mergeEdgeAttributes(edge, next as Partial<E>);
  });
}
