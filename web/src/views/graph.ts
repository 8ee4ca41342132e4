/**
 * The sigma view of the visible graph, drawn as graph-draw.ts says. The graphology graph holds every
 * placed actor the client knows and the relations between them; what the filters leave out is hidden
 * by the reducers, so a filter, a hover or a selection never changes its structure: a dense view
 * then re-draws only the actors and relations whose look changed (sigma's partial refresh, no
 * re-indexing). Many additions at once are made with sigma detached (one indexation, one render).
 * The camera keeps its frame and animates to include new actors instead of refitting.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { topDegree, type VisibleGraph, visibleGraph } from "../core/visible.ts";
import {
  DENSE_EDGES,
  drawSettings,
  type EdgeData,
  type Emphasis,
  LABEL_ALL_MAX,
  type Labels,
  type Look,
  type NodeData,
  ZOOMED_IN,
} from "./graph-draw.ts";
import { nearestSegment } from "./graph-pick.ts";
import type { Box, Disc } from "./labels.ts";
import { indexParallel } from "./parallel.ts";

export { edgeSize, nodeSize } from "./graph-draw.ts";

/** The mounted graph view. */
export interface GraphView {
  sigma: Sigma;
  graph: MultiDirectedGraph<NodeData, EdgeData>;
  /** Actors whose label was drawn in the last frame (sigma's label-drawing hook). */
  drawnLabels: Set<string>;
  /** The boxes of the labels drawn in the last frame, viewport pixels. */
  labelBoxes: Map<string, Box>;
  /** Every shown actor's disc in the last frame, viewport pixels. */
  discs(): Disc[];
  visible: VisibleGraph;
  /** Whether relations are drawn as lines and picked by the view itself (dense views). */
  dense(): boolean;
  /** The visible relation drawn nearest a viewport point (within a few pixels), by the view's own picking. */
  pickEdge(x: number, y: number): string | undefined;
}

/** Above this many visible relations, sigma does not pick relations; the view does (graph-pick.ts). */
export const EDGE_EVENTS_MAX = DENSE_EDGES;
/** Average width of a label character at sigma's label size, to keep labels inside the canvas. */
const LABEL_CHAR_PX = 7.5;
/** Room kept between the actors and the canvas's sides when the camera fits them, pixels. */
const FIT_MARGIN_X = 130;
const FIT_MARGIN_Y = 50;
/** More additions than this in one change are made with sigma detached from the graph. */
const BULK = 300;

/** Mounts sigma in `container`, redrawn from `store` on every change. */
export function mountGraph(container: HTMLElement, store: Store): GraphView {
  const graph = new MultiDirectedGraph<NodeData, EdgeData>();
  /** An empty graph sigma looks at while `graph` takes many additions. */
  const detached = new MultiDirectedGraph<NodeData, EdgeData>();
  const labels: Labels = { drawn: new Set(), boxes: new Map(), discs: [] };
  const look: Look = {
    em: { forced: new Set(), selected: new Set(), dark: false, labelled: new Set() },
    visibleNodes: new Set(),
    visibleEdges: new Set(),
    degrees: {},
    dense: false,
    labelAll: true,
    zoomedIn: false,
  };

  /**
   * A sigma over an empty graph (its first render costs nothing), with relation picking only while
   * the view is not dense: picking draws every relation a second time. Crossing the bound swaps the
   * renderer, keeping the frame and the camera.
   */
  const renderer = (edgeEvents: boolean, from?: Sigma): Sigma => {
    // kill() empties the container, so the old renderer goes first.
    const bbox = from?.getCustomBBox();
    const camera = from?.getCamera().getState();
    from?.kill();
    const settings = drawSettings(
      look,
      () => graph,
      () => view.sigma,
      labels,
      edgeEvents,
    );
    const next = new Sigma(detached as unknown as MultiDirectedGraph, container, settings);
    next.on("beforeRender", () => {
      labels.drawn.clear();
      labels.boxes.clear();
      labels.placer = undefined;
      segments = undefined;
    });
    if (bbox) next.setCustomBBox(bbox);
    if (camera) next.getCamera().setState(camera);
    next.getCamera().on("updated", (c) => {
      if (c.ratio < ZOOMED_IN !== look.zoomedIn) {
        look.zoomedIn = c.ratio < ZOOMED_IN;
        next.refresh();
      }
    });
    wireEvents(next, store, view);
    return next;
  };
  /** The visible relations as viewport segments, computed at the first pick after each render. */
  let segments: { ids: string[]; xy: Float64Array } | undefined;
  const pickEdge = (x: number, y: number): string | undefined => {
    if (!segments) {
      const s = view.sigma;
      const ids: string[] = [];
      const xy = new Float64Array(4 * look.visibleEdges.size);
      for (const e of look.visibleEdges) {
        if (!graph.hasEdge(e)) continue;
        const [a, b] = graph.extremities(e);
        const da = s.getNodeDisplayData(a);
        const db = s.getNodeDisplayData(b);
        if (!da || !db) continue;
        const pa = s.framedGraphToViewport(da);
        const pb = s.framedGraphToViewport(db);
        xy.set([pa.x, pa.y, pb.x, pb.y], 4 * ids.length);
        ids.push(e);
      }
      segments = { ids, xy: xy.subarray(0, 4 * ids.length) };
    }
    const k = nearestSegment(segments.xy, x, y);
    return k < 0 ? undefined : segments.ids[k];
  };
  let edgeEvents = true;
  const view: GraphView = {
    graph,
    drawnLabels: labels.drawn,
    labelBoxes: labels.boxes,
    discs: () => labels.discs,
    visible: { nodes: [], edges: [], degree: {} },
    sigma: undefined as unknown as Sigma,
    dense: () => look.dense,
    pickEdge,
  };
  view.sigma = renderer(edgeEvents);
  view.sigma.setGraph(graph as unknown as MultiDirectedGraph);
  let framed = false;

  /** What the last sync read: unchanged inputs skip their pass. */
  let seen: {
    g?: VisibleGraph;
    positions?: AppState["view"]["positions"];
    edges?: AppState["data"]["edges"];
    nodes?: AppState["data"]["nodes"];
    path?: AppState["path"];
  } = {};
  let top: string[] = [];

  /** How sigma is brought up to date after a sync. */
  type Redraw =
    | { kind: "attach" }
    | { kind: "full" }
    | { kind: "partial"; nodes: Set<string>; edges: Set<string> }
    | { kind: "none" };

  /** Brings the graph and the look in line with the state; returns the actors added and the redraw. */
  const sync = (s: AppState): { added: string[]; redraw: Redraw } => {
    const g = visibleGraph(s.data, s.view);
    view.visible = g;
    // Structure: every placed actor the data knows, and the relations between them.
    const drop: string[] = [];
    const addNodes: string[] = [];
    const move: string[] = [];
    if (s.view.positions !== seen.positions || s.data.nodes !== seen.nodes) {
      graph.forEachNode((n) => {
        if (!s.view.positions[n] || !s.data.nodes[n]) drop.push(n);
      });
      for (const id in s.view.positions) {
        const attrs = s.data.nodes[id];
        if (!attrs) continue;
        if (!graph.hasNode(id)) {
          addNodes.push(id);
          continue;
        }
        const a = graph.getNodeAttributes(id);
        const p = s.view.positions[id]!;
        if (a.x !== p[0] || a.y !== p[1] || a.name !== attrs.name || a.kind !== attrs.kind) move.push(id);
      }
    }
    const dropped = new Set(drop);
    const adding = new Set(addNodes);
    const present = (n: string) => adding.has(n) || (graph.hasNode(n) && !dropped.has(n));
    const addEdges: string[] = [];
    if (addNodes.length || s.data.edges !== seen.edges)
      for (const id in s.data.edges) {
        const e = s.data.edges[id]!;
        if (!graph.hasEdge(id) && present(e.source) && present(e.target)) addEdges.push(id);
      }
    const structural = drop.length + addNodes.length + move.length + addEdges.length > 0;
    const dense = g.edges.length > DENSE_EDGES;
    const swap = dense === edgeEvents;
    const bulk = swap || addNodes.length + addEdges.length > BULK;

    // The look, before any re-drawing reads it.
    const before = { em: look.em, nodes: look.visibleNodes, edges: look.visibleEdges, degrees: look.degrees };
    const denseChanged = dense !== look.dense;
    if (g !== seen.g) {
      top = topDegree(g, 10);
      look.visibleNodes = new Set(g.nodes.map((n) => n.id));
      look.visibleEdges = new Set(g.edges.map((e) => e.id));
      look.degrees = g.degree;
      look.labelAll = g.nodes.length <= LABEL_ALL_MAX;
      look.dense = dense;
    }
    const themeChanged = (s.theme === "dark") !== look.em.dark;
    look.em = emphasis(s, g, top);

    if (swap) {
      edgeEvents = !dense;
      view.sigma = renderer(edgeEvents, view.sigma);
    } else if (bulk) view.sigma.setGraph(detached as unknown as MultiDirectedGraph);
    for (const n of drop) graph.dropNode(n);
    for (const id of addNodes) {
      const p = s.view.positions[id]!;
      graph.addNode(id, { ...s.data.nodes[id]!, x: p[0], y: p[1] });
    }
    for (const id of move) {
      const p = s.view.positions[id]!;
      graph.replaceNodeAttributes(id, { ...s.data.nodes[id]!, x: p[0], y: p[1] });
    }
    for (const id of addEdges) {
      const e = s.data.edges[id]!;
      graph.addDirectedEdgeWithKey(id, e.source, e.target, { ...e.attributes });
    }
    if (addEdges.length) indexParallel(graph as unknown as MultiDirectedGraph, addEdges);
    const pathChanged = s.path !== seen.path;
    seen = { g, positions: s.view.positions, edges: s.data.edges, nodes: s.data.nodes, path: s.path };
    if (themeChanged) view.sigma.setSetting("labelColor", { color: look.em.dark ? "#e6e6e6" : "#1f2328" });

    const added = addNodes.filter((n) => look.visibleNodes.has(n));
    if (swap || bulk) return { added, redraw: { kind: "attach" } };
    if (structural || denseChanged || themeChanged || pathChanged || !dense)
      return { added, redraw: { kind: "full" } };
    // A dense view whose structure is unchanged: re-draw what looks different.
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (before.nodes !== look.visibleNodes) {
      for (const n of look.visibleNodes)
        if (!before.nodes.has(n) || before.degrees[n] !== look.degrees[n]) nodes.add(n);
      for (const n of before.nodes) if (!look.visibleNodes.has(n)) nodes.add(n);
      for (const e of look.visibleEdges) if (!before.edges.has(e)) edges.add(e);
      for (const e of before.edges) if (!look.visibleEdges.has(e)) edges.add(e);
    }
    for (const n of emphasised(before.em)) nodes.add(n);
    for (const n of emphasised(look.em)) nodes.add(n);
    for (const e of [before.em.hoverEdge, before.em.selectedEdge, look.em.hoverEdge, look.em.selectedEdge])
      if (e && graph.hasEdge(e)) edges.add(e);
    for (const n of [before.em.hoverNode, look.em.hoverNode, ...before.em.labelled, ...look.em.labelled])
      if (n && graph.hasNode(n)) for (const e of graph.edges(n)) edges.add(e);
    if (!nodes.size && !edges.size) return { added, redraw: { kind: "none" } };
    return { added, redraw: { kind: "partial", nodes, edges } };
  };

  const frame = (added: string[]) => {
    if (!look.visibleNodes.size) {
      framed = false;
      return;
    }
    if (!framed) {
      view.sigma.setCustomBBox(bboxOf(graph, look.visibleNodes));
      view.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      framed = true;
      return;
    }
    if (!added.length) return;
    const { width, height } = view.sigma.getDimensions();
    // An actor counts as outside when it, or its label drawn to its right, leaves the canvas.
    const outside = added.some((n) => {
      const a = graph.getNodeAttributes(n);
      const p = view.sigma.graphToViewport(a);
      const label = 12 + LABEL_CHAR_PX * a.name.length;
      return p.x < 40 || p.y < 40 || p.x + label > width - 10 || p.y > height - 40;
    });
    if (!outside) return;
    const frame = view.sigma.getCustomBBox() ?? bboxOf(graph, look.visibleNodes);
    const all = bboxOf(graph, look.visibleNodes);
    const unit = Math.max(frame.x[1] - frame.x[0], frame.y[1] - frame.y[0]) || 1;
    const cx = (frame.x[0] + frame.x[1]) / 2;
    const cy = (frame.y[0] + frame.y[1]) / 2;
    // The zoom that fits all actors in the canvas's width and height (labels need room on the sides),
    // measured in pixels at the frame's own zoom.
    const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const a = view.sigma.graphToViewport({ x: all.x[0], y: all.y[0] }, { cameraState: home });
    const b = view.sigma.graphToViewport({ x: all.x[1], y: all.y[1] }, { cameraState: home });
    const ratio = Math.max(
      Math.abs(b.x - a.x) / Math.max(100, width - 2 * FIT_MARGIN_X),
      Math.abs(b.y - a.y) / Math.max(100, height - 2 * FIT_MARGIN_Y),
      0.05,
    );
    void view.sigma.getCamera().animate(
      {
        x: 0.5 + ((all.x[0] + all.x[1]) / 2 - cx) / unit,
        y: 0.5 + ((all.y[0] + all.y[1]) / 2 - cy) / unit,
        ratio,
      },
      { duration: 450 },
    );
  };

  let pending = false;
  let last: AppState | undefined;
  store.subscribe(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const s = store.state;
      if (s === last) return;
      last = s;
      const { added, redraw } = sync(s);
      frame(added);
      // One render per change: attaching the graph renders it (and drops a render the frame scheduled).
      if (redraw.kind === "attach") view.sigma.setGraph(graph as unknown as MultiDirectedGraph);
      else if (redraw.kind === "full") view.sigma.refresh();
      else if (redraw.kind === "partial")
        view.sigma.refresh({
          partialGraph: { nodes: [...redraw.nodes], edges: [...redraw.edges] },
          skipIndexation: true,
        });
    });
  });
  return view;
}

/** The reducers' inputs for state `s`. */
function emphasis(s: AppState, g: VisibleGraph, top: string[]): Emphasis {
  return {
    forced: new Set([...top, ...(s.searched ? [s.searched] : [])]),
    selected: new Set(s.selection),
    focus: s.view.focus,
    labelled: new Set(
      [...(s.view.focus ? [s.view.focus] : []), ...s.selection].filter((n) => (g.degree[n] ?? 0) <= 8),
    ),
    hoverNode: s.hoverNode,
    hoverEdge: s.hoverEdge,
    selectedEdge: s.selectedEdge,
    pathNodes: s.path ? new Set(s.path.nodes) : undefined,
    pathEdges: s.path ? new Set(s.path.edges) : undefined,
    dark: s.theme === "dark",
  };
}

/** Actors whose look depends on the emphasis. */
function emphasised(em: Emphasis): string[] {
  return [
    ...em.forced,
    ...em.selected,
    ...(em.focus ? [em.focus] : []),
    ...(em.hoverNode ? [em.hoverNode] : []),
  ];
}

/**
 * Store actions for sigma's events. In dense views relations are picked by the view: on a click on
 * the stage, and on pointer moves (at most once per frame) while no actor is under the pointer.
 */
function wireEvents(sigma: Sigma, store: Store, view: GraphView): void {
  const shift = (e: { original: MouseEvent | TouchEvent }) => "shiftKey" in e.original && e.original.shiftKey;
  sigma.on("clickNode", ({ node, event }) => {
    if (shift(event)) return store.dispatch({ type: "select", id: node, add: true });
    store.dispatch({ type: "select", id: node, add: false });
    store.dispatch({ type: "focus", id: node });
  });
  sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
    preventSigmaDefault();
    store.dispatch({ type: "expand", ids: [node] });
  });
  sigma.on("clickEdge", ({ edge }) => store.dispatch({ type: "selectEdge", id: edge }));
  sigma.on("enterEdge", ({ edge }) => store.dispatch({ type: "hover", edge }));
  sigma.on("leaveEdge", () => store.dispatch({ type: "hover" }));
  sigma.on("enterNode", ({ node }) => store.dispatch({ type: "hover", node }));
  sigma.on("leaveNode", () => store.dispatch({ type: "hover" }));
  sigma.on("clickStage", ({ event }) => {
    const edge = view.dense() ? view.pickEdge(event.x, event.y) : undefined;
    if (edge) return store.dispatch({ type: "selectEdge", id: edge });
    store.dispatch({ type: "clearSelection" });
    store.dispatch({ type: "selectEdge", id: undefined });
  });
  const nodeAt = (p: { x: number; y: number }) =>
    (sigma as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null }).getNodeAtPosition(
      p,
    );
  let pointer: { x: number; y: number } | undefined;
  sigma.on("moveBody", ({ event }) => {
    if (!view.dense()) return;
    const first = !pointer;
    pointer = { x: event.x, y: event.y };
    if (!first) return;
    requestAnimationFrame(() => {
      const p = pointer!;
      pointer = undefined;
      if (nodeAt(p) || store.state.hoverNode) return;
      const edge = view.pickEdge(p.x, p.y);
      if (edge !== store.state.hoverEdge) store.dispatch({ type: "hover", edge });
    });
  });
}

function bboxOf(graph: MultiDirectedGraph<NodeData, EdgeData>, visible: Set<string>) {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const n of visible) {
    if (!graph.hasNode(n)) continue;
    const a = graph.getNodeAttributes(n);
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  }
  if (!Number.isFinite(minX)) [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  if (maxX - minX < 1) [minX, maxX] = [minX - 50, maxX + 50];
  if (maxY - minY < 1) [minY, maxY] = [minY - 50, maxY + 50];
  return { x: [minX, maxX] as [number, number], y: [minY, maxY] as [number, number] };
}
