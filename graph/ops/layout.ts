/**
 * Deterministic layout for pictures and reports: nodes on a circle (sorted by id), ForceAtlas2 for
 * a fixed number of iterations, then noverlap. Same input, same picture.
 */

import * as fa2Module from "graphology-layout-forceatlas2";
import * as noverlapModule from "graphology-layout-noverlap";
import type { AbstractGraph } from "graphology-types";
import { cjsExport } from "../interop.ts";

/** What the layout packages export: a function object with `assign` and `inferSettings`. */
interface SyncLayout {
  assign(graph: AbstractGraph, options: Record<string, unknown>): void;
  inferSettings(graph: AbstractGraph): Record<string, unknown>;
}
const forceAtlas2 = cjsExport<SyncLayout>(fa2Module);
const noverlap = cjsExport<SyncLayout>(noverlapModule);

/** Options of {@link layout}. */
export interface LayoutOptions {
  iterations?: number;
}

/** Defaults of {@link layout}. */
export const DEFAULTS = { iterations: 200 };

/** Positions `{ id: {x, y} }` for every node of `graph` (the graph is not modified). */
export function layout(
  graph: AbstractGraph,
  options: LayoutOptions = {},
): Record<string, { x: number; y: number }> {
  const { iterations } = { ...DEFAULTS, ...options };
  const g = graph.copy();
  const ids = g.nodes().sort();
  ids.forEach((id: string, i: number) => {
    const a = (2 * Math.PI * i) / Math.max(1, ids.length);
    g.mergeNodeAttributes(id, { x: 100 * Math.cos(a), y: 100 * Math.sin(a), size: 1 + g.degree(id) });
  });
  if (g.order > 1) {
    forceAtlas2.assign(g, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 10, barnesHutOptimize: false },
    });
    noverlap.assign(g, { maxIterations: 100, settings: { margin: 5, ratio: 1.5 } });
  }
  return Object.fromEntries(
    g.mapNodes((id: string, a: Record<string, unknown>) => [id, { x: a.x as number, y: a.y as number }]),
  );
}
