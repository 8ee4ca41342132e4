/**
 * The sigma view: a graphology graph holding data only (kind, aliases, degree; type, confidence,
 * dates), drawn through reducers — colour by kind, size by degree, edge colour by relation type,
 * arrows, curved and labelled parallel edges, filters and selection as `hidden`/highlight.
 */
import EdgeCurveProgram, { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeArrowProgram } from "sigma/rendering";
import { KIND_COLOURS, TYPE_COLOURS } from "../../graph/export/palette.ts";
import type { SerializedGraph } from "../../graph/model.ts";
import type { Filters } from "./state.ts";

/** The explorer's graph and renderer. */
export interface GraphView {
  graph: MultiDirectedGraph;
  sigma: Sigma;
  selected?: string;
  filters?: Filters;
  /** Replaces the graph's content with `g`, keeping positions of nodes that stay. */
  setData(g: SerializedGraph): string[];
}

function edgeVisible(a: Record<string, unknown>, f?: Filters): boolean {
  if (!f) return true;
  if (!f.types.includes(a.type as never)) return false;
  if (Number(a.confidence) < f.minConfidence) return false;
  if (f.from && String(a.lastDate ?? "") < f.from) return false;
  if (f.to && String(a.firstDate ?? "9999") > f.to) return false;
  if (f.documents.length && !(a.documents as string[] | undefined)?.some((d) => f.documents.includes(d)))
    return false;
  return true;
}

/** Creates the view in `container`. */
export function createGraphView(container: HTMLElement): GraphView {
  const graph = new MultiDirectedGraph();
  const view = {} as GraphView;
  const sigma = new Sigma(graph, container, {
    renderEdgeLabels: true,
    defaultEdgeType: "straight",
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurveProgram },
    labelRenderedSizeThreshold: 6,
    labelDensity: 0.5,
    edgeLabelSize: 10,
    nodeReducer: (node, data) => {
      const f = view.filters;
      const hidden = f ? !f.kinds.includes(data.kind as never) : false;
      const selected = view.selected === node;
      const neighbour = view.selected ? graph.areNeighbors(view.selected, node) : false;
      return {
        ...data,
        label: data.name as string,
        color: KIND_COLOURS[data.kind as keyof typeof KIND_COLOURS] ?? "#999",
        size: 5 + Math.min(15, 2 * Math.sqrt(Number(data.degree ?? graph.degree(node)))),
        hidden,
        highlighted: selected,
        zIndex: selected ? 2 : neighbour ? 1 : 0,
      };
    },
    edgeReducer: (edge, data) => {
      const [s, t] = graph.extremities(edge);
      const hidden =
        !edgeVisible(data, view.filters) ||
        !!(
          view.filters &&
          (!view.filters.kinds.includes(graph.getNodeAttribute(s, "kind")) ||
            !view.filters.kinds.includes(graph.getNodeAttribute(t, "kind")))
        );
      const parallel = Number(data.parallelIndex ?? 0) !== 0 || Number(data.parallelMaxIndex ?? 0) > 0;
      return {
        ...data,
        label: data.type as string,
        color: TYPE_COLOURS[data.type as keyof typeof TYPE_COLOURS] ?? "#aaa",
        size: 1 + 2 * Number(data.confidence ?? 0.5),
        type: parallel ? "curved" : "straight",
        curvature: parallel ? 0.25 * Number(data.parallelIndex ?? 1) : 0,
        hidden,
      };
    },
  });
  view.graph = graph;
  view.sigma = sigma;
  view.setData = (g) => {
    const keep = new Set(g.nodes.map((n) => n.key));
    const added: string[] = [];
    for (const n of graph.filterNodes((n) => !keep.has(n))) graph.dropNode(n);
    graph.clearEdges();
    for (const n of g.nodes) {
      if (graph.hasNode(n.key)) graph.mergeNodeAttributes(n.key, n.attributes);
      else {
        graph.addNode(n.key, { ...n.attributes, x: 0, y: 0 });
        added.push(n.key);
      }
    }
    for (const e of g.edges)
      if (graph.hasNode(e.source) && graph.hasNode(e.target) && !graph.hasEdge(e.key))
        graph.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
    const fresh = new Set(added);
    added.forEach((node, i) => {
      const anchor = graph.neighbors(node).find((n) => !fresh.has(n));
      const a = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
      const angle = (2 * Math.PI * i) / Math.max(1, added.length);
      const r = anchor ? 15 : 50;
      graph.mergeNodeAttributes(node, {
        x: Number(a.x ?? 0) + r * Math.cos(angle),
        y: Number(a.y ?? 0) + r * Math.sin(angle),
      });
    });
    sigma.setSetting("labelRenderedSizeThreshold", graph.order <= 300 ? 0 : 8);
    indexParallelEdgesIndex(graph, {
      edgeIndexAttribute: "parallelIndex",
      edgeMaxIndexAttribute: "parallelMaxIndex",
    });
    return added;
  };
  return view;
}
