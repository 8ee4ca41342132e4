/**
 * A read-only probe for browser tests and benchmarks (`window.kgx`): which labels sigma drew in the
 * last frame (its label-drawing hook), the ten most connected visible actors, where an actor or the
 * point of a relation is on the page (the point nearest its middle where sigma's own picking finds
 * it, so a click there hits the relation, straight or curved; in dense views the view's own picking),
 * what is hovered, the undo state, the selection, and sigma's layers stretched (what an upscaled PNG
 * would look like). It changes nothing.
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
  const picker = () =>
    view.sigma as unknown as {
      getEdgeAtPoint(x: number, y: number): string | null;
      getNodeAtPosition(p: { x: number; y: number }): string | null;
    };
  /**
   * Whether a click at viewport point `p` picks relation `id`: sigma's picking, or in dense views the
   * view's own, which must pick it a pixel away too (the page's mouse lands on whole pixels).
   */
  const hits = (id: string, p: { x: number; y: number }) =>
    view.dense()
      ? [
          [0, 0],
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ].every(([dx, dy]) => view.pickEdge(p.x + dx!, p.y + dy!) === id)
      : picker().getEdgeAtPoint(p.x, p.y) === id;
  /** The viewport point nearest the middle of `id` where sigma's own picking finds that relation. */
  const pickable = (id: string): { x: number; y: number } | undefined => {
    const [s, t] = view.graph.extremities(id);
    const a = view.sigma.graphToViewport(view.graph.getNodeAttributes(s));
    const b = view.sigma.graphToViewport(view.graph.getNodeAttributes(t));
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const reach = Math.hypot(a.x - b.x, a.y - b.y) / 2;
    // Dense views draw straight lines: points along the segment, from the middle out.
    if (view.dense())
      return [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7]
        .map((t) => ({ x: Math.round(a.x + t * (b.x - a.x)), y: Math.round(a.y + t * (b.y - a.y)) }))
        .find((p) => hits(id, p) && !picker().getNodeAtPosition(p));
    for (let r = 0; r <= reach; r += 2) {
      for (let k = 0; k < Math.max(1, Math.round(r)); k++) {
        const angle = (2 * Math.PI * k) / Math.max(1, Math.round(r));
        const p = { x: Math.round(mid.x + r * Math.cos(angle)), y: Math.round(mid.y + r * Math.sin(angle)) };
        if (hits(id, p) && !picker().getNodeAtPosition(p)) return p;
      }
    }
    return undefined;
  };
  (window as unknown as { kgx: unknown }).kgx = {
    drawnLabels: () => [...view.drawnLabels],
    /** The drawn labels' boxes and every shown actor's disc, viewport pixels (last frame). */
    labelBoxes: () => [...view.labelBoxes].map(([id, box]) => ({ id, ...box })),
    discs: () => view.discs(),
    /** Whether the camera is still moving to its new frame (labels are placed per frame). */
    animating: () => view.sigma.getCamera().isAnimated(),
    topDegree: (n = 10) => topDegree(view.visible, n),
    visible: () => ({
      nodes: view.visible.nodes.map((n) => n.id),
      edges: view.visible.edges.map((e) => e.id),
    }),
    nodeAt: at,
    straightEdges: () => {
      const visible = new Set(view.visible.edges.map((e) => e.id));
      return view.graph.filterEdges((e) => visible.has(e) && pickable(e) !== undefined);
    },
    edgeMiddle: (id: string) => {
      const p = pickable(id);
      if (!p) throw new Error(`no point of relation ${id} can be clicked`);
      return toPage(p);
    },
    positions: () => store.state.view.positions,
    /** Whether the view is dense (relations drawn as lines and picked by the view). */
    dense: () => view.dense(),
    /** The first visible relation (by id) with a point where a click hits it. */
    pickableEdge: () => view.visible.edges.map((e) => e.id).find((id) => pickable(id) !== undefined),
    hovered: () => ({ node: store.state.hoverNode, edge: store.state.hoverEdge }),
    /** The relation a click at page point (x, y) would pick in a dense view. */
    pickAt: (x: number, y: number) => {
      const r = view.sigma.getContainer().getBoundingClientRect();
      return view.pickEdge(x - r.left, y - r.top);
    },
    selection: () => store.state.selection,
    path: () => store.state.path,
    camera: () => view.sigma.getCamera().getState(),
    /** What an upscaled export would be: sigma's on-screen layers stretched to `scale` (a data URL). */
    upscaledLayers: (scale: number) => {
      view.sigma.refresh();
      const { width, height } = view.sigma.getDimensions();
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      for (const layer of Object.values(view.sigma.getCanvases()))
        ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL("image/png");
    },
  };
}
