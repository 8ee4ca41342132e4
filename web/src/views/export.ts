/**
 * Exports of what is on screen: the visible graph with its positions, colours and sizes (from the
 * reducers) and the date range is posted to /api/export/view for JSON, GEXF, GraphML, CSV, SVG and
 * the report; PNG is rendered here by a hidden twin of sigma at twice the device pixels (sharp, not an
 * upscaled bitmap), with the legend drawn in.
 */
import Sigma from "sigma";
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import { NODE_KINDS, RELATION_TYPES } from "../../../graph/ontology.ts";
import { api } from "../api.ts";
import type { Store } from "../core/store.ts";
import { el } from "../dom.ts";
import { report } from "../effects/report.ts";
import { edgeSize, type GraphView, nodeSize } from "./graph.ts";

/** Export formats offered, in menu order. */
export const FORMATS = ["png", "svg", "gexf", "graphml", "json", "csv", "report"] as const;

function download(blob: Blob, name: string): void {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** The visible graph as /api/export/view expects it. */
export function viewPayload(view: GraphView, store: Store) {
  const f = store.state.view.filters;
  const nodes = view.visible.nodes
    .filter((n) => view.graph.hasNode(n.id))
    .map((n) => {
      const a = view.graph.getNodeAttributes(n.id);
      return {
        id: n.id,
        x: a.x,
        y: a.y,
        color: KIND_COLOURS[a.kind],
        size: nodeSize(view.visible.degree[n.id] ?? 0),
      };
    });
  const edges = view.visible.edges
    .filter((e) => view.graph.hasEdge(e.id))
    .map((e) => ({
      id: e.id,
      color: TYPE_COLOURS[e.attributes.type],
      size: edgeSize(e.attributes.confidence),
    }));
  return {
    title: "kg-explorer view",
    nodes,
    edges,
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.documents.length ? { documents: f.documents } : {}),
  };
}

/**
 * Sigma's layers rendered sharp at `scale` times the CSS pixels: a second, hidden sigma over the same
 * graph, settings (reducers included), frame and camera, created while `devicePixelRatio` reads
 * `scale`, so WebGL and the label canvas draw at the target size (no upscaled bitmap); its layers are
 * copied 1:1 into `ctx`, then it is killed.
 */
function drawSharp(sigma: Sigma, ctx: CanvasRenderingContext2D, scale: number): void {
  const { width, height } = sigma.getDimensions();
  const root = el("div", {});
  root.style.cssText = `position:absolute;left:-${width + 100}px;top:0;width:${width}px;height:${height}px`;
  document.body.append(root);
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => scale });
  try {
    const twin = new Sigma(sigma.getGraph(), root, { ...sigma.getSettings() });
    try {
      const bbox = sigma.getCustomBBox();
      if (bbox) twin.setCustomBBox(bbox);
      twin.getCamera().setState(sigma.getCamera().getState());
      twin.refresh();
      for (const layer of Object.values(twin.getCanvases())) ctx.drawImage(layer, 0, 0);
    } finally {
      twin.kill();
    }
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
    root.remove();
  }
}

/** The legend, drawn as vectors in CSS pixels (the context is already scaled). */
function drawLegend(ctx: CanvasRenderingContext2D, width: number, dark: boolean): void {
  const rows = NODE_KINDS.length + RELATION_TYPES.length;
  const x0 = width - 180;
  ctx.fillStyle = dark ? "rgba(40,44,52,0.92)" : "rgba(255,255,255,0.92)";
  ctx.fillRect(x0, 10, 170, 30 + rows * 16);
  ctx.font = "bold 12px DejaVu Sans, sans-serif";
  ctx.fillStyle = dark ? "#e6e6e6" : "#222";
  ctx.fillText("Legend", x0 + 10, 28);
  ctx.font = "11px DejaVu Sans, sans-serif";
  NODE_KINDS.forEach((k, i) => {
    ctx.fillStyle = KIND_COLOURS[k];
    ctx.beginPath();
    ctx.arc(x0 + 16, 42 + i * 16, 5, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = dark ? "#e6e6e6" : "#222";
    ctx.fillText(k, x0 + 28, 46 + i * 16);
  });
  RELATION_TYPES.forEach((t, j) => {
    const y = 42 + (NODE_KINDS.length + j) * 16;
    ctx.fillStyle = TYPE_COLOURS[t];
    ctx.fillRect(x0 + 10, y - 2, 14, 4);
    ctx.fillStyle = dark ? "#e6e6e6" : "#222";
    ctx.fillText(t, x0 + 28, y + 4);
  });
}

/** A PNG of the graph as shown, rendered at 2x device pixels, with the legend in the top-right corner. */
export async function viewPng(sigma: Sigma, dark: boolean): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const scale = 2 * (window.devicePixelRatio || 1);
  const canvas = el("canvas", { width: Math.round(width * scale), height: Math.round(height * scale) });
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = dark ? "#1b1f24" : "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  drawSharp(sigma, ctx, scale);
  ctx.scale(scale, scale);
  drawLegend(ctx, width, dark);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error("The browser could not encode the PNG."))),
      "image/png",
    ),
  );
}

/** The export menu. */
export function exporter(view: GraphView, store: Store): HTMLElement {
  const format = el(
    "select",
    { "aria-label": "Export format", "data-testid": "export-format" },
    ...FORMATS.map((f) => el("option", { value: f, text: f.toUpperCase() })),
  );
  const run = async () => {
    try {
      if (format.value === "png")
        return download(await viewPng(view.sigma, store.state.theme === "dark"), "kgx-view.png");
      const { blob, name } = await api.exportView(format.value, viewPayload(view, store));
      download(blob, name);
    } catch (e) {
      report(store, `Exporting ${format.value.toUpperCase()}`, e);
    }
  };
  return el(
    "div",
    { class: "inline" },
    format,
    el("button", { type: "button", text: "Export", "data-testid": "export-run", onclick: () => void run() }),
  );
}
