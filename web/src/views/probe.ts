/**
 * A read-only probe for browser tests and benchmarks (`window.kgx`): which labels sigma drew in the
 * last frame (its label-drawing hook), the ten most connected visible actors, where an actor or the
 * middle of a relation is on the page, and the undo state. It changes nothing.
 */
import type { Store } from "../core/store.ts";
import { topDegree } from "../core/visible.ts";
import type { GraphView } from "./graph.ts";

/** Installs `window.kgx`. */
export function exposeProbe(view: GraphView, store: Store): void {
  const toPage = (p: { x: number; y: number }) => {
    const r = view.sigma.getContainer().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  };
  const at = (id: string) => toPage(view.sigma.graphToViewport(view.graph.getNodeAttributes(id)));
  (window as unknown as { kgx: unknown }).kgx = {
    drawnLabels: () => [...view.drawnLabels],
    topDegree: (n = 10) => topDegree(view.visible, n),
    visible: () => ({
      nodes: view.visible.nodes.map((n) => n.id),
      edges: view.visible.edges.map((e) => e.id),
    }),
    nodeAt: at,
    straightEdges: () => {
      const visible = new Set(view.visible.edges.map((e) => e.id));
      return view.graph.filterEdges((e, a) => visible.has(e) && !a.parallelMaxIndex && !a.parallelIndex);
    },
    edgeMiddle: (id: string) => {
      const [s, t] = view.graph.extremities(id);
      const [a, b] = [at(s), at(t)];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    },
    positions: () => store.state.view.positions,
    path: () => store.state.path,
    camera: () => view.sigma.getCamera().getState(),
  };
}
