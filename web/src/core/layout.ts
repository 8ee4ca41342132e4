/**
 * Positions for the visible graph, kept with the view: actors already placed never move; new actors
 * start next to a placed neighbour and ForceAtlas2 relaxes only them; groups with no placed actor are
 * laid out on their own and packed beside the picture, so disconnected groups never overlap.
 * Deterministic (same input, same positions), synchronous, pure: fn(graph, positions, options).
 */
import { MultiUndirectedGraph } from "graphology";
import * as fa2Module from "graphology-layout-forceatlas2";
import { cjsExport } from "../../../graph/interop.ts";
import type { Point } from "./types.ts";
import type { VisibleGraph } from "./visible.ts";

const forceAtlas2 = cjsExport<{ assign(g: MultiUndirectedGraph, o: Record<string, unknown>): void }>(
  fa2Module,
);

/** Options of {@link placeNodes}. */
export interface PlaceOptions {
  iterations?: number;
  /** Space between packed groups, graph units. */
  gap?: number;
}

/** Defaults of {@link placeNodes}. */
export const DEFAULTS = { iterations: 120, gap: 80 };

function components(g: VisibleGraph): string[][] {
  const adj = new Map<string, string[]>(g.nodes.map((n) => [n.id, []]));
  for (const e of g.edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const { id } of g.nodes) {
    if (seen.has(id)) continue;
    const comp: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const n = stack.pop()!;
      comp.push(n);
      for (const m of adj.get(n) ?? [])
        if (!seen.has(m)) {
          seen.add(m);
          stack.push(m);
        }
    }
    out.push(comp.sort());
  }
  return out.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

function relax(
  g: VisibleGraph,
  ids: string[],
  pos: Record<string, Point>,
  fixed: Set<string>,
  iterations: number,
) {
  const set = new Set(ids);
  const sub = new MultiUndirectedGraph();
  for (const id of ids) sub.addNode(id, { x: pos[id]![0], y: pos[id]![1], fixed: fixed.has(id), size: 1 });
  for (const e of g.edges) if (set.has(e.source) && set.has(e.target)) sub.addEdge(e.source, e.target);
  if (sub.order > 1)
    forceAtlas2.assign(sub, {
      iterations,
      settings: {
        gravity: 1,
        scalingRatio: 12,
        strongGravityMode: false,
        barnesHutOptimize: false,
        adjustSizes: false,
      },
    });
  sub.forEachNode((id, a) => {
    pos[id] = [a.x as number, a.y as number];
  });
}

/** Typical relation length, graph units. */
const EDGE_LENGTH = 60;

function scale(g: VisibleGraph, ids: string[], pos: Record<string, Point>): void {
  const set = new Set(ids);
  const lengths = g.edges
    .filter((e) => set.has(e.source) && set.has(e.target))
    .map((e) => Math.hypot(pos[e.source]![0] - pos[e.target]![0], pos[e.source]![1] - pos[e.target]![1]))
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)];
  if (!median) return;
  const k = EDGE_LENGTH / median;
  for (const id of ids) pos[id] = [pos[id]![0] * k, pos[id]![1] * k];
}

/** Pushes each moving actor away from any actor closer than MIN_GAP (a few passes; big views skip it). */
function spread(moving: string[], pos: Record<string, Point>): void {
  const ids = Object.keys(pos);
  if (!moving.length || ids.length > 800) return;
  for (let pass = 0; pass < 8; pass++)
    for (const id of moving) {
      const p = pos[id]!;
      for (const other of ids) {
        if (other === id) continue;
        const q = pos[other]!;
        const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
        if (d >= MIN_GAP) continue;
        const [ux, uy] =
          d > 0.01 ? [(p[0] - q[0]) / d, (p[1] - q[1]) / d] : [Math.cos(id.length), Math.sin(id.length)];
        pos[id] = [p[0] + ux * (MIN_GAP - d), p[1] + uy * (MIN_GAP - d)];
      }
    }
}

/** Smallest distance kept between a new actor and any other, graph units. */
const MIN_GAP = 22;

function bbox(ids: string[], pos: Record<string, Point>) {
  const xs = ids.map((i) => pos[i]![0]);
  const ys = ids.map((i) => pos[i]![1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

/** Positions for every visible actor; `positions` (already placed actors) are kept as they are. */
export function placeNodes(
  g: VisibleGraph,
  positions: Record<string, Point>,
  options: PlaceOptions = {},
): Record<string, Point> {
  const { iterations, gap } = { ...DEFAULTS, ...options };
  const pos: Record<string, Point> = {};
  const placed = new Set(g.nodes.map((n) => n.id).filter((id) => positions[id]));
  for (const id of placed) pos[id] = positions[id]!;
  const fresh: string[][] = [];
  for (const comp of components(g)) {
    const newOnes = comp.filter((id) => !placed.has(id));
    if (!newOnes.length) continue;
    if (newOnes.length === comp.length) {
      fresh.push(comp);
      continue;
    }
    const anchors = new Map<string, Point>();
    newOnes.forEach((id, i) => {
      const anchor = g.edges.find(
        (e) => (e.source === id && placed.has(e.target)) || (e.target === id && placed.has(e.source)),
      );
      const a = anchor
        ? pos[anchor.source === id ? anchor.target : anchor.source]!
        : pos[comp.find((c) => placed.has(c))!]!;
      anchors.set(id, a);
      const angle = (2 * Math.PI * i) / newOnes.length + 0.3;
      const r = EDGE_LENGTH * (1 + Math.sqrt(newOnes.length) / 3);
      pos[id] = [a[0] + r * Math.cos(angle), a[1] + r * Math.sin(angle)];
    });
    relax(g, comp, pos, placed, iterations);
    const offsets = newOnes.map((id) =>
      Math.hypot(pos[id]![0] - anchors.get(id)![0], pos[id]![1] - anchors.get(id)![1]),
    );
    const median = [...offsets].sort((x, y) => x - y)[Math.floor(offsets.length / 2)] || EDGE_LENGTH;
    const k = Math.max(1, EDGE_LENGTH / median);
    for (const id of newOnes) {
      const a = anchors.get(id)!;
      pos[id] = [a[0] + (pos[id]![0] - a[0]) * k, a[1] + (pos[id]![1] - a[1]) * k];
    }
  }
  const inFresh = new Set(fresh.flat());
  spread(
    g.nodes.map((n) => n.id).filter((id) => !placed.has(id) && !inFresh.has(id)),
    pos,
  );
  const all = Object.keys(pos);
  const box = all.length ? bbox(all, pos) : { minX: 0, maxX: 0, minY: 0, maxY: 0 };
  const rowWidth = Math.max(400, box.maxX - box.minX);
  let cursorX = all.length ? box.maxX + gap : 0;
  let rowTop = box.minY;
  let rowBottom = box.minY;
  const startX = cursorX;
  for (const comp of fresh) {
    comp.forEach((id, i) => {
      const a = (2 * Math.PI * i) / comp.length;
      const r = 10 * Math.sqrt(comp.length);
      pos[id] = [r * Math.cos(a), r * Math.sin(a)];
    });
    relax(g, comp, pos, new Set(), iterations);
    scale(g, comp, pos);
    const b = bbox(comp, pos);
    if (cursorX > startX && cursorX + (b.maxX - b.minX) > startX + rowWidth) {
      cursorX = startX;
      rowTop = rowBottom + gap;
    }
    for (const id of comp) pos[id] = [pos[id]![0] - b.minX + cursorX, pos[id]![1] - b.minY + rowTop];
    cursorX += b.maxX - b.minX + gap;
    rowBottom = Math.max(rowBottom, rowTop + (b.maxY - b.minY));
  }
  return pos;
}
