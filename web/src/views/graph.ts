/**
 * The sigma view of the visible graph. The graphology graph holds data (name, kind, visible degree,
 * position; type, confidence); typed reducers draw it: colour by kind and type, size by degree, labels
 * forced for the focused, selected, searched and ten most connected actors (the rest by sigma's label
 * grid), edge labels on hover, selection or zoom, the rest dimmed while a path is shown. The camera
 * keeps its frame and animates to include new actors instead of refitting.
 */
import EdgeCurveProgram, { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { topDegree, type VisibleGraph, visibleGraph } from "../core/visible.ts";
import { withCuration } from "./corrections.ts";
import { type Box, type Disc, LabelPlacer } from "./labels.ts";

type NodeData = NodeAttributes & { x: number; y: number };
type EdgeData = EdgeAttributes & { parallelIndex?: number; parallelMaxIndex?: number };

/** What the reducers need besides the graph, refreshed on every state change. */
interface Emphasis {
  forced: Set<string>;
  selected: Set<string>;
  focus?: string | undefined;
  /** Focused and selected actors whose relations are labelled (not hubs: their labels would pile up). */
  labelled: Set<string>;
  hoverNode?: string | undefined;
  hoverEdge?: string | undefined;
  selectedEdge?: string | undefined;
  pathNodes?: Set<string> | undefined;
  pathEdges?: Set<string> | undefined;
  dark: boolean;
}

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
}

/** Node radius for a visible degree. */
export const nodeSize = (degree: number) => 4 + Math.min(14, 2.2 * Math.sqrt(degree));
/** Edge thickness for a confidence. */
export const edgeSize = (confidence: number) => 1 + 2 * confidence;
/** Above this many visible relations, relations are not picked (no hover or click on them). */
export const EDGE_EVENTS_MAX = 4000;
/** Average width of a label character at sigma's label size, to keep labels inside the canvas. */
const LABEL_CHAR_PX = 7.5;
/** Up to this many actors, every actor is a label candidate; above, the forced ones and sigma's label grid. */
export const LABEL_ALL_MAX = 300;
const LABEL_SIZE = 14;
const DIM = "#d5d8dc";
const DIM_DARK = "#3a3f46";

/** Mounts sigma in `container`, redrawn from `store` on every change. */
export function mountGraph(container: HTMLElement, store: Store): GraphView {
  const graph = new MultiDirectedGraph<NodeData, EdgeData>();
  const drawnLabels = new Set<string>();
  let em: Emphasis = { forced: new Set(), selected: new Set(), dark: false, labelled: new Set() };
  /** Relations of the visible graph; the sigma graph also holds filtered-out ones, hidden by the reducer. */
  let visibleEdges = new Set<string>();
  let degrees: Record<string, number> = {};
  /** Whether every actor is a label candidate (small views). */
  let labelAll = true;
  const labelBoxes = new Map<string, Box>();
  const widths = new Map<string, number>();
  const textWidth = (ctx: CanvasRenderingContext2D, text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      ctx.font = `normal ${LABEL_SIZE}px ${view.sigma.getSetting("labelFont")}`;
      w = ctx.measureText(text).width;
      widths.set(text, w);
    }
    return w;
  };
  const labelColour = () =>
    em.dark ? { text: "#e6e6e6", halo: "#1b1f24" } : { text: "#1f2328", halo: "#ffffff" };
  /** This frame's label placer: built at the first label drawn, with the forced labels placed first. */
  let framePlacer: LabelPlacer | undefined;
  const placer = (ctx: CanvasRenderingContext2D): LabelPlacer => {
    if (framePlacer) return framePlacer;
    const sigma = view.sigma;
    const { width, height } = sigma.getDimensions();
    const discs: Disc[] = [];
    const candidates: { disc: Disc; label: string; rank: number; degree: number }[] = [];
    graph.forEachNode((id) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < -40 || p.y < -40 || p.x > width + 40 || p.y > height + 40) return;
      const disc = { id, x: p.x, y: p.y, r: sigma.scaleSize(d.size) };
      discs.push(disc);
      if (d.forceLabel && d.label) {
        const rank =
          id === em.focus || em.selected.has(id) ? 0 : id === em.hoverNode || em.forced.has(id) ? 1 : 2;
        candidates.push({ disc, label: d.label, rank, degree: degrees[id] ?? 0 });
      }
    });
    framePlacer = new LabelPlacer(discs, { width, height, boxHeight: LABEL_SIZE + 2 });
    candidates.sort((a, b) => a.rank - b.rank || b.degree - a.degree || (a.label < b.label ? -1 : 1));
    for (const c of candidates)
      framePlacer.place(c.disc, textWidth(ctx, c.label), c.rank < 2 || !!em.pathNodes);
    lastDiscs = discs;
    return framePlacer;
  };
  let lastDiscs: Disc[] = [];
  const settings = (edgeEvents: boolean): Partial<Settings> => ({
    renderEdgeLabels: true,
    enableEdgeEvents: edgeEvents,
    defaultEdgeType: "straight",
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurveProgram },
    stagePadding: 110,
    labelDensity: 0.8,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 6,
    labelFont: "DejaVu Sans, system-ui, sans-serif",
    edgeLabelSize: 10,
    zIndex: true,
    labelColor: { color: em.dark ? "#e6e6e6" : "#1f2328" },
    labelSize: LABEL_SIZE,
    defaultDrawNodeLabel: (ctx, data, settings) => {
      if (!data.label || (em.pathNodes && !em.pathNodes.has(data.key))) return;
      const p = placer(ctx);
      const box =
        p.placed.get(data.key) ??
        p.place({ id: data.key, x: data.x, y: data.y, r: data.size }, textWidth(ctx, data.label), false);
      if (!box) return;
      drawnLabels.add(data.key);
      labelBoxes.set(data.key, box);
      drawText(ctx, data.label, box, settings.labelFont, labelColour());
    },
    defaultDrawNodeHover: (ctx, data, settings) => {
      const box = placer(ctx).placed.get(data.key) ?? {
        x: data.x + data.size + 3,
        y: data.y - LABEL_SIZE / 2 - 1,
        w: data.label ? textWidth(ctx, data.label) + 2 : 0,
        h: LABEL_SIZE + 2,
      };
      ctx.save();
      ctx.fillStyle = em.dark ? "#23282f" : "#ffffff";
      ctx.shadowBlur = 8;
      ctx.shadowColor = "rgba(0, 0, 0, 0.45)";
      ctx.beginPath();
      ctx.arc(data.x, data.y, data.size + 2, 0, 2 * Math.PI);
      ctx.fill();
      if (data.label) ctx.fillRect(box.x - 2, box.y, box.w + 4, box.h);
      ctx.restore();
      if (data.label) drawText(ctx, data.label, box, settings.labelFont, labelColour());
    },
    nodeReducer: (node, raw): Partial<NodeDisplayData> => {
      const data = raw as NodeData;
      const onPath = !em.pathNodes || em.pathNodes.has(node);
      const strong = em.selected.has(node) || node === em.focus || node === em.hoverNode;
      return {
        x: data.x,
        y: data.y,
        label: data.name,
        color: onPath ? (KIND_COLOURS[data.kind] ?? "#999") : em.dark ? DIM_DARK : DIM,
        size: nodeSize(degrees[node] ?? 0),
        forceLabel: onPath && (labelAll || em.forced.has(node) || strong || !!em.pathNodes),
        highlighted: strong,
        zIndex: strong ? 2 : onPath ? 1 : 0,
      };
    },
    edgeReducer: (edge, raw): Partial<EdgeDisplayData> => {
      const data = raw as EdgeData;
      if (!visibleEdges.has(edge)) return { hidden: true };
      const [s, t] = graph.extremities(edge);
      const dimmed = !!em.pathEdges && !em.pathEdges.has(edge);
      const near = em.hoverNode === s || em.hoverNode === t || em.labelled.has(s) || em.labelled.has(t);
      const shown =
        !dimmed &&
        (edge === em.hoverEdge ||
          edge === em.selectedEdge ||
          near ||
          !!em.pathEdges?.has(edge) ||
          view.sigma.getCamera().ratio < 0.45);
      const parallel = (data.parallelIndex ?? 0) !== 0 || (data.parallelMaxIndex ?? 0) > 0;
      return withCuration((raw as { curation?: unknown }).curation, {
        label: shown ? data.type : "",
        forceLabel: shown,
        color: dimmed ? (em.dark ? DIM_DARK : DIM) : (TYPE_COLOURS[data.type] ?? "#aaa"),
        size: edgeSize(data.confidence) + (edge === em.selectedEdge || edge === em.hoverEdge ? 2 : 0),
        type: parallel ? "curved" : "straight",
        curvature: parallel ? 0.25 * (data.parallelIndex ?? 1) : 0,
        zIndex: dimmed ? 0 : 1,
      } as Partial<EdgeDisplayData>);
    },
  });
  /**
   * A sigma over the graph, with relation picking (hover, click) only while the view holds at most
   * EDGE_EVENTS_MAX relations: picking draws every relation a second time, which dominates drawing
   * big graphs. Crossing the bound swaps the renderer, keeping the frame and the camera.
   */
  const renderer = (edgeEvents: boolean, from?: Sigma): Sigma => {
    // kill() empties the container, so the old renderer goes first.
    const bbox = from?.getCustomBBox();
    const camera = from?.getCamera().getState();
    from?.kill();
    const next = new Sigma(graph as unknown as MultiDirectedGraph, container, settings(edgeEvents));
    next.on("beforeRender", () => {
      drawnLabels.clear();
      labelBoxes.clear();
      framePlacer = undefined;
    });
    if (bbox) next.setCustomBBox(bbox);
    if (camera) next.getCamera().setState(camera);
    let zoomedIn = false;
    next.getCamera().on("updated", (c) => {
      if (c.ratio < 0.45 !== zoomedIn) {
        zoomedIn = c.ratio < 0.45;
        next.refresh();
      }
    });
    wireEvents(next, store);
    return next;
  };
  let edgeEvents = true;
  const view: GraphView = {
    graph,
    drawnLabels,
    labelBoxes,
    discs: () => lastDiscs,
    visible: { nodes: [], edges: [], degree: {} },
    sigma: renderer(edgeEvents),
  };
  let framed = false;

  /** What the last sync read: unchanged inputs skip their pass (a hover only re-runs the reducers). */
  let seen: {
    g?: VisibleGraph;
    positions?: AppState["view"]["positions"];
    edges?: AppState["data"]["edges"];
  } = {};
  let top: string[] = [];

  /** Brings the graph in line with the state; returns the actors added and whether anything moved. */
  const sync = (s: AppState): { added: string[]; moved: boolean } => {
    const g = visibleGraph(s.data, s.view);
    view.visible = g;
    if (g.edges.length <= EDGE_EVENTS_MAX !== edgeEvents) {
      edgeEvents = !edgeEvents;
      view.sigma = renderer(edgeEvents, view.sigma);
    }
    const added: string[] = [];
    const moved = g !== seen.g || s.view.positions !== seen.positions;
    if (moved) {
      const keep = new Set(g.nodes.filter((n) => s.view.positions[n.id]).map((n) => n.id));
      graph.forEachNode((n) => {
        if (!keep.has(n)) graph.dropNode(n);
      });
      for (const n of g.nodes) {
        const p = s.view.positions[n.id];
        if (!p) continue;
        if (!graph.hasNode(n.id)) {
          graph.addNode(n.id, { ...n.attributes, x: p[0], y: p[1] });
          added.push(n.id);
          continue;
        }
        const a = graph.getNodeAttributes(n.id);
        if (a.x !== p[0] || a.y !== p[1] || a.name !== n.attributes.name)
          graph.replaceNodeAttributes(n.id, { ...n.attributes, x: p[0], y: p[1] });
      }
    }
    let changed = false;
    if (added.length || s.data.edges !== seen.edges)
      for (const id in s.data.edges) {
        const e = s.data.edges[id]!;
        if (!graph.hasEdge(id) && graph.hasNode(e.source) && graph.hasNode(e.target)) {
          graph.addDirectedEdgeWithKey(id, e.source, e.target, { ...e.attributes });
          changed = true;
        }
      }
    if (changed || added.length)
      indexParallelEdgesIndex(graph, {
        edgeIndexAttribute: "parallelIndex",
        edgeMaxIndexAttribute: "parallelMaxIndex",
      });
    if (g !== seen.g) {
      top = topDegree(g, 10);
      labelAll = g.nodes.length <= LABEL_ALL_MAX;
      visibleEdges = new Set(g.edges.map((e) => e.id));
      degrees = g.degree;
    }
    seen = { g, positions: s.view.positions, edges: s.data.edges };
    if ((s.theme === "dark") !== em.dark)
      view.sigma.setSetting("labelColor", { color: s.theme === "dark" ? "#e6e6e6" : "#1f2328" });
    em = {
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
    return { added, moved: moved || changed };
  };

  const frame = (added: string[]) => {
    if (!graph.order) {
      framed = false;
      return;
    }
    if (!framed) {
      view.sigma.setCustomBBox(bboxOf(graph));
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
    const frame = view.sigma.getCustomBBox() ?? bboxOf(graph);
    const all = bboxOf(graph);
    const ratio = Math.max(frame.x[1] - frame.x[0], frame.y[1] - frame.y[0]) || 1;
    const cx = (frame.x[0] + frame.x[1]) / 2;
    const cy = (frame.y[0] + frame.y[1]) / 2;
    void view.sigma.getCamera().animate(
      {
        x: 0.5 + ((all.x[0] + all.x[1]) / 2 - cx) / ratio,
        y: 0.5 + ((all.y[0] + all.y[1]) / 2 - cy) / ratio,
        ratio: (1.05 * Math.max(all.x[1] - all.x[0], all.y[1] - all.y[0])) / ratio || 1,
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
      const { added, moved } = sync(s);
      frame(added);
      // Nothing placed or sized changed (hover, selection, theme): the spatial index stays.
      view.sigma.refresh({ skipIndexation: !moved });
    });
  });
  return view;
}

function wireEvents(sigma: Sigma, store: Store): void {
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
  sigma.on("clickStage", () => {
    store.dispatch({ type: "clearSelection" });
    store.dispatch({ type: "selectEdge", id: undefined });
  });
}

function bboxOf(graph: MultiDirectedGraph<NodeData, EdgeData>) {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  graph.forEachNode((_n, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (maxX - minX < 1) [minX, maxX] = [minX - 50, maxX + 50];
  if (maxY - minY < 1) [minY, maxY] = [minY - 50, maxY + 50];
  return { x: [minX, maxX] as [number, number], y: [minY, maxY] as [number, number] };
}

/** Draws a label's text in its box. */
function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: Box,
  font: string,
  colours: { text: string; halo: string },
): void {
  ctx.font = `normal ${LABEL_SIZE}px ${font}`;
  ctx.textBaseline = "middle";
  // A halo in the background colour keeps the text readable over relations.
  ctx.strokeStyle = colours.halo;
  ctx.lineWidth = 3;
  ctx.lineJoin = "round";
  ctx.strokeText(text, box.x + 1, box.y + box.h / 2 + 1);
  ctx.fillStyle = colours.text;
  ctx.fillText(text, box.x + 1, box.y + box.h / 2 + 1);
  ctx.textBaseline = "alphabetic";
}
