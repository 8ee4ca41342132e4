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
import { drawDiscNodeLabel, EdgeArrowProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { topDegree, type VisibleGraph, visibleGraph } from "../core/visible.ts";
import { withCuration } from "./corrections.ts";

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
  visible: VisibleGraph;
}

/** Node radius for a visible degree. */
export const nodeSize = (degree: number) => 4 + Math.min(14, 2.2 * Math.sqrt(degree));
/** Edge thickness for a confidence. */
export const edgeSize = (confidence: number) => 1 + 2 * confidence;
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
  const sigma = new Sigma(graph as unknown as MultiDirectedGraph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    defaultEdgeType: "straight",
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurveProgram },
    stagePadding: 110,
    labelDensity: 0.8,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 6,
    labelFont: "DejaVu Sans, system-ui, sans-serif",
    edgeLabelSize: 10,
    zIndex: true,
    defaultDrawNodeLabel: (ctx, data, settings) => {
      drawnLabels.add(data.key);
      drawDiscNodeLabel(ctx, data, settings);
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
        forceLabel: onPath && (em.forced.has(node) || strong || !!em.pathNodes),
        highlighted: strong && !em.dark,
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
          sigma.getCamera().ratio < 0.45);
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
  sigma.on("beforeRender", () => drawnLabels.clear());
  const view: GraphView = { sigma, graph, drawnLabels, visible: { nodes: [], edges: [], degree: {} } };
  let framed = false;

  const sync = (s: AppState) => {
    const g = visibleGraph(s.data, s.view);
    view.visible = g;
    const keep = new Set(g.nodes.filter((n) => s.view.positions[n.id]).map((n) => n.id));
    const added: string[] = [];
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
    let changed = false;
    for (const [id, e] of Object.entries(s.data.edges))
      if (!graph.hasEdge(id) && graph.hasNode(e.source) && graph.hasNode(e.target)) {
        graph.addDirectedEdgeWithKey(id, e.source, e.target, { ...e.attributes });
        changed = true;
      }
    if (changed || added.length)
      indexParallelEdgesIndex(graph, {
        edgeIndexAttribute: "parallelIndex",
        edgeMaxIndexAttribute: "parallelMaxIndex",
      });
    const top = topDegree(g, 10);
    if ((s.theme === "dark") !== em.dark)
      sigma.setSetting("labelColor", { color: s.theme === "dark" ? "#e6e6e6" : "#1f2328" });
    visibleEdges = new Set(g.edges.map((e) => e.id));
    degrees = g.degree;
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
    return added;
  };

  const frame = (added: string[]) => {
    if (!graph.order) {
      framed = false;
      return;
    }
    if (!framed) {
      sigma.setCustomBBox(bboxOf(graph));
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      framed = true;
      return;
    }
    if (!added.length) return;
    const { width, height } = sigma.getDimensions();
    const outside = added.some((n) => {
      const p = sigma.graphToViewport(graph.getNodeAttributes(n));
      return p.x < 40 || p.y < 40 || p.x > width - 40 || p.y > height - 40;
    });
    if (!outside) return;
    const frame = sigma.getCustomBBox() ?? bboxOf(graph);
    const all = bboxOf(graph);
    const ratio = Math.max(frame.x[1] - frame.x[0], frame.y[1] - frame.y[0]) || 1;
    const cx = (frame.x[0] + frame.x[1]) / 2;
    const cy = (frame.y[0] + frame.y[1]) / 2;
    void sigma.getCamera().animate(
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
      const added = sync(s);
      frame(added);
      sigma.refresh();
    });
  });
  let zoomedIn = false;
  sigma.getCamera().on("updated", (c) => {
    if (c.ratio < 0.45 !== zoomedIn) {
      zoomedIn = c.ratio < 0.45;
      sigma.refresh();
    }
  });
  wireEvents(sigma, store);
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
