/**
 * SVG picture of the laid-out subgraph: nodes coloured by kind and sized by degree, labelled;
 * directed edges with arrowheads coloured by relation type (parallel relations curved apart); a
 * legend. Every label escaped.
 */
import type { Interchange } from "../interchange.ts";
import { NODE_KINDS, RELATION_TYPES } from "../ontology.ts";
import { layout } from "../ops/layout.ts";
import { KIND_COLOURS, TYPE_COLOURS } from "./palette.ts";
import { toGraphology } from "./to-graphology.ts";
import type { Visual } from "./view.ts";
import { escapeXml } from "./xml.ts";

/** Options of {@link toSvg}. */
export interface SvgOptions {
  width?: number;
  height?: number;
  title?: string;
  /** The explorer's picture: positions (y up, as sigma draws them), colours and sizes. */
  visual?: Visual | undefined;
}

/** Defaults of {@link toSvg}. */
export const DEFAULTS = { width: 1200, height: 800 };

/** The picture as SVG text. */
export function toSvg(g: Interchange, options: SvgOptions = {}): string {
  const { width, height } = { ...DEFAULTS, ...options };
  const graph = toGraphology(g);
  const visual = options.visual;
  const pos = visual
    ? Object.fromEntries(
        graph.mapNodes((id) => [id, { x: visual.nodes[id]?.x ?? 0, y: -(visual.nodes[id]?.y ?? 0) }]),
      )
    : layout(graph);
  const xs = Object.values(pos).map((p) => p.x);
  const ys = Object.values(pos).map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(0, ...xs),
    Math.max(1, ...xs),
    Math.min(0, ...ys),
    Math.max(1, ...ys),
  ];
  const legendW = 190;
  const pad = 110;
  const sx = (x: number) => pad + ((x - minX) / (maxX - minX || 1)) * (width - legendW - 2 * pad);
  const sy = (y: number) => pad + ((y - minY) / (maxY - minY || 1)) * (height - 2 * pad);
  const radius = (id: string) => visual?.nodes[id]?.size ?? 6 + Math.min(14, 2 * Math.sqrt(graph.degree(id)));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    "<defs>",
    ...RELATION_TYPES.map(
      (t) =>
        `<marker id="arrow-${t}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${TYPE_COLOURS[t]}"/></marker>`,
    ),
    "</defs>",
  ];
  if (options.title)
    parts.push(
      `<text x="20" y="30" font-size="18" font-weight="bold" fill="#222">${escapeXml(options.title)}</text>`,
    );
  const seen = new Map<string, number>();
  graph.forEachEdge((edgeId, a, s, t) => {
    const pair = [s, t].sort().join("|");
    const n = seen.get(pair) ?? 0;
    seen.set(pair, n + 1);
    const [x1, y1, x2, y2] = [sx(pos[s]!.x), sy(pos[s]!.y), sx(pos[t]!.x), sy(pos[t]!.y)];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
    const [ex, ey] = [x2 - ux * (radius(t) + 2), y2 - uy * (radius(t) + 2)];
    const bend = (n % 2 ? -1 : 1) * Math.ceil(n / 2) * 28;
    const [cx, cy] = [(x1 + ex) / 2 - uy * bend, (y1 + ey) / 2 + ux * bend];
    const colour = visual?.edges[edgeId]?.color ?? TYPE_COLOURS[a.type as keyof typeof TYPE_COLOURS];
    parts.push(
      `<path d="M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}" fill="none" stroke="${colour}" stroke-width="${(1 + 2 * a.confidence).toFixed(1)}" stroke-opacity="0.8" marker-end="url(#arrow-${escapeXml(a.type)})"/>`,
    );
    parts.push(
      `<text x="${((x1 + 2 * cx + ex) / 4).toFixed(1)}" y="${((y1 + 2 * cy + ey) / 4).toFixed(1)}" font-size="9" fill="${colour}" text-anchor="middle">${escapeXml(a.type)}</text>`,
    );
  });
  graph.forEachNode((id, a) => {
    const [x, y] = [sx(pos[id]!.x), sy(pos[id]!.y)];
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${radius(id).toFixed(1)}" fill="${visual?.nodes[id]?.color ?? KIND_COLOURS[a.kind as keyof typeof KIND_COLOURS]}" stroke="#fff" stroke-width="1.5"/>`,
    );
    parts.push(
      `<text x="${x.toFixed(1)}" y="${(y + radius(id) + 13).toFixed(1)}" font-size="12" fill="#222" text-anchor="middle" stroke="#fff" stroke-width="3" paint-order="stroke">${escapeXml(a.label)}</text>`,
    );
  });
  const lx = width - legendW + 10;
  parts.push(
    `<rect x="${lx - 10}" y="10" width="${legendW - 10}" height="${40 + 18 * (NODE_KINDS.length + RELATION_TYPES.length)}" fill="#f7f7f7" stroke="#ddd"/>`,
  );
  parts.push(`<text x="${lx}" y="32" font-size="13" font-weight="bold" fill="#222">Legend</text>`);
  NODE_KINDS.forEach((k, i) => {
    parts.push(
      `<circle cx="${lx + 6}" cy="${48 + 18 * i}" r="6" fill="${KIND_COLOURS[k]}"/><text x="${lx + 18}" y="${52 + 18 * i}" font-size="12" fill="#222">${k}</text>`,
    );
  });
  RELATION_TYPES.forEach((t, i) => {
    const y = 48 + 18 * (NODE_KINDS.length + i);
    parts.push(
      `<line x1="${lx}" y1="${y}" x2="${lx + 14}" y2="${y}" stroke="${TYPE_COLOURS[t]}" stroke-width="3"/><text x="${lx + 18}" y="${y + 4}" font-size="11" fill="#222">${t}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("\n");
}
