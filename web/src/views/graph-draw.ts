/**
 * How the graph view draws: sigma settings with typed reducers (colour by kind and relation type, size
 * by visible degree, the filtered-out actors and relations hidden, the rest dimmed while a path is
 * shown, relation labels on hover, selection or zoom) and the actor labels placed by labels.ts
 * (forced for the focused, selected, searched and most connected actors). Dense views (more than
 * DENSE_EDGES visible relations) draw relations as one-pixel lines without arrow heads: in a
 * hairball thickness and arrows are unreadable, and lines cost a fraction of the drawing.
 */
import EdgeCurveProgram from "@sigma/edge-curve";
import type { MultiDirectedGraph } from "graphology";
import type Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import { withCuration } from "./corrections.ts";
import { type Box, type Disc, LabelPlacer } from "./labels.ts";

/** An actor as the sigma graph holds it. */
export type NodeData = NodeAttributes & { x: number; y: number };
/** A relation as the sigma graph holds it. */
export type EdgeData = EdgeAttributes & { parallelIndex?: number | null; parallelMaxIndex?: number | null };

/** What the reducers need besides the graph, refreshed on every state change. */
export interface Emphasis {
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

/** Everything drawing reads; the graph view keeps it current. */
export interface Look {
  em: Emphasis;
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  degrees: Record<string, number>;
  /** More than DENSE_EDGES visible relations: lines, no arrows, no curves. */
  dense: boolean;
  /** Every actor is a label candidate (small views). */
  labelAll: boolean;
  zoomedIn: boolean;
}

/** The labels of the current frame. */
export interface Labels {
  drawn: Set<string>;
  boxes: Map<string, Box>;
  discs: Disc[];
  placer?: LabelPlacer | undefined;
}

/** Node radius for a visible degree. */
export const nodeSize = (degree: number) => 4 + Math.min(14, 2.2 * Math.sqrt(degree));
/** Edge thickness for a confidence. */
export const edgeSize = (confidence: number) => 1 + 2 * confidence;
/** Above this many visible relations the view is dense (see the header). */
export const DENSE_EDGES = 4000;
/** Up to this many actors, every actor is a label candidate; above, the forced ones and sigma's label grid. */
export const LABEL_ALL_MAX = 300;
/** Camera ratio below which every relation is labelled. */
export const ZOOMED_IN = 0.45;
const LABEL_SIZE = 14;
const DIM = "#d5d8dc";
const DIM_DARK = "#3a3f46";

/** The sigma program a relation is drawn with. */
export function edgeType(look: Look, data: EdgeData): "line" | "curved" | "straight" {
  if (look.dense) return "line";
  return (data.parallelIndex ?? 0) !== 0 || (data.parallelMaxIndex ?? 0) > 0 ? "curved" : "straight";
}

/** Sigma settings drawing `graph()` as `look` says, labels recorded in `labels`. */
export function drawSettings(
  look: Look,
  graph: () => MultiDirectedGraph<NodeData, EdgeData>,
  sigma: () => Sigma,
  labels: Labels,
  edgeEvents: boolean,
): Partial<Settings> {
  const widths = new Map<string, number>();
  const textWidth = (ctx: CanvasRenderingContext2D, text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      ctx.font = `normal ${LABEL_SIZE}px ${sigma().getSetting("labelFont")}`;
      w = ctx.measureText(text).width;
      widths.set(text, w);
    }
    return w;
  };
  const colours = () =>
    look.em.dark ? { text: "#e6e6e6", halo: "#1b1f24" } : { text: "#1f2328", halo: "#ffffff" };
  /** This frame's placer: built at the first label drawn, with the candidates placed by priority. */
  const placer = (ctx: CanvasRenderingContext2D): LabelPlacer => {
    if (labels.placer) return labels.placer;
    const s = sigma();
    const { em } = look;
    const { width, height } = s.getDimensions();
    const discs: Disc[] = [];
    const candidates: { disc: Disc; label: string; rank: number; degree: number }[] = [];
    graph().forEachNode((id) => {
      const d = s.getNodeDisplayData(id);
      if (!d || d.hidden) return;
      const p = s.framedGraphToViewport(d);
      if (p.x < -40 || p.y < -40 || p.x > width + 40 || p.y > height + 40) return;
      const disc = { id, x: p.x, y: p.y, r: s.scaleSize(d.size) };
      discs.push(disc);
      if (d.forceLabel && d.label) {
        const rank =
          id === em.focus || em.selected.has(id) ? 0 : id === em.hoverNode || em.forced.has(id) ? 1 : 2;
        candidates.push({ disc, label: d.label, rank, degree: look.degrees[id] ?? 0 });
      }
    });
    labels.placer = new LabelPlacer(discs, { width, height, boxHeight: LABEL_SIZE + 2 });
    candidates.sort((a, b) => a.rank - b.rank || b.degree - a.degree || (a.label < b.label ? -1 : 1));
    for (const c of candidates)
      labels.placer.place(c.disc, textWidth(ctx, c.label), c.rank < 2 || !!em.pathNodes);
    labels.discs = discs;
    return labels.placer;
  };

  return {
    renderEdgeLabels: true,
    enableEdgeEvents: edgeEvents,
    defaultEdgeType: "straight",
    edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurveProgram, line: EdgeLineProgram },
    stagePadding: 110,
    labelDensity: 0.8,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 6,
    labelFont: "DejaVu Sans, system-ui, sans-serif",
    labelSize: LABEL_SIZE,
    edgeLabelSize: 10,
    zIndex: true,
    labelColor: { color: look.em.dark ? "#e6e6e6" : "#1f2328" },
    defaultDrawNodeLabel: (ctx, data, settings) => {
      if (!data.label || (look.em.pathNodes && !look.em.pathNodes.has(data.key))) return;
      const p = placer(ctx);
      const box =
        p.placed.get(data.key) ??
        p.place({ id: data.key, x: data.x, y: data.y, r: data.size }, textWidth(ctx, data.label), false);
      if (!box) return;
      labels.drawn.add(data.key);
      labels.boxes.set(data.key, box);
      drawText(ctx, data.label, box, settings.labelFont, colours());
    },
    defaultDrawNodeHover: (ctx, data, settings) => {
      const box = placer(ctx).placed.get(data.key) ?? {
        x: data.x + data.size + 3,
        y: data.y - LABEL_SIZE / 2 - 1,
        w: data.label ? textWidth(ctx, data.label) + 2 : 0,
        h: LABEL_SIZE + 2,
      };
      ctx.save();
      ctx.fillStyle = look.em.dark ? "#23282f" : "#ffffff";
      ctx.shadowBlur = 8;
      ctx.shadowColor = "rgba(0, 0, 0, 0.45)";
      ctx.beginPath();
      ctx.arc(data.x, data.y, data.size + 2, 0, 2 * Math.PI);
      ctx.fill();
      if (data.label) ctx.fillRect(box.x - 2, box.y, box.w + 4, box.h);
      ctx.restore();
      if (data.label) drawText(ctx, data.label, box, settings.labelFont, colours());
    },
    nodeReducer: (node, raw): Partial<NodeDisplayData> => {
      const data = raw as NodeData;
      const { em } = look;
      if (!look.visibleNodes.has(node)) return { x: data.x, y: data.y, hidden: true, size: 1 };
      const onPath = !em.pathNodes || em.pathNodes.has(node);
      const strong = em.selected.has(node) || node === em.focus || node === em.hoverNode;
      return {
        x: data.x,
        y: data.y,
        label: data.name,
        color: onPath ? (KIND_COLOURS[data.kind] ?? "#999") : em.dark ? DIM_DARK : DIM,
        size: nodeSize(look.degrees[node] ?? 0),
        forceLabel: onPath && (look.labelAll || em.forced.has(node) || strong || !!em.pathNodes),
        highlighted: strong,
        zIndex: strong ? 2 : onPath ? 1 : 0,
      };
    },
    edgeReducer: (edge, raw): Partial<EdgeDisplayData> => {
      const data = raw as EdgeData;
      // A hidden relation keeps its program, so it can be shown again without re-indexing.
      const type = edgeType(look, data);
      if (!look.visibleEdges.has(edge)) return { hidden: true, type };
      const { em } = look;
      const [s, t] = graph().extremities(edge);
      const dimmed = !!em.pathEdges && !em.pathEdges.has(edge);
      const near = em.hoverNode === s || em.hoverNode === t || em.labelled.has(s) || em.labelled.has(t);
      const shown =
        !dimmed &&
        (edge === em.hoverEdge ||
          edge === em.selectedEdge ||
          near ||
          !!em.pathEdges?.has(edge) ||
          (look.zoomedIn && !look.dense));
      const strong = edge === em.selectedEdge || edge === em.hoverEdge;
      return withCuration((raw as { curation?: unknown }).curation, {
        label: shown ? data.type : "",
        forceLabel: shown,
        color: dimmed ? (em.dark ? DIM_DARK : DIM) : (TYPE_COLOURS[data.type] ?? "#aaa"),
        size: edgeSize(data.confidence) + (strong ? 2 : 0),
        type,
        curvature: type === "curved" ? 0.25 * (data.parallelIndex ?? 1) : 0,
        zIndex: dimmed ? 0 : strong ? 2 : 1,
      } as Partial<EdgeDisplayData>);
    },
  };
}

/** Draws a label's text in its box, with a halo in the background colour (readable over relations). */
function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  box: Box,
  font: string,
  colours: { text: string; halo: string },
): void {
  ctx.font = `normal ${LABEL_SIZE}px ${font}`;
  ctx.textBaseline = "middle";
  ctx.strokeStyle = colours.halo;
  ctx.lineWidth = 3;
  ctx.lineJoin = "round";
  ctx.strokeText(text, box.x + 1, box.y + box.h / 2 + 1);
  ctx.fillStyle = colours.text;
  ctx.fillText(text, box.x + 1, box.y + box.h / 2 + 1);
  ctx.textBaseline = "alphabetic";
}
