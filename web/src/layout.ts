/**
 * Layout as the view grows: new nodes start next to a neighbour already placed, ForceAtlas2 runs
 * in a web worker for a short while with the existing nodes fixed, then noverlap tidies up.
 */
import type { MultiDirectedGraph } from "graphology";
import * as fa2Worker from "graphology-layout-forceatlas2/worker.js";
import * as noverlapModule from "graphology-layout-noverlap";
import { cjsExport } from "../../graph/interop.ts";

interface Supervisor {
  start(): void;
  kill(): void;
}
const FA2Layout =
  cjsExport<new (graph: MultiDirectedGraph, options: Record<string, unknown>) => Supervisor>(fa2Worker);

const noverlap = cjsExport<{ assign(graph: MultiDirectedGraph, options: Record<string, unknown>): void }>(
  noverlapModule,
);

let running: Supervisor | undefined;

/** Relaxes the layout around the `added` nodes (already placed near a neighbour); resolves when done. */
export function relayout(graph: MultiDirectedGraph, added: string[], ms = 1200): Promise<void> {
  const fresh = new Set(added);
  const firstLayout = added.length === graph.order;
  graph.forEachNode((n) => graph.setNodeAttribute(n, "fixed", !firstLayout && !fresh.has(n)));
  running?.kill();
  if (graph.order < 2 || !added.length) return Promise.resolve();
  const layout = new FA2Layout(graph, { settings: { gravity: 1, scalingRatio: 8, slowDown: 5 } });
  running = layout;
  layout.start();
  return new Promise((resolve) =>
    setTimeout(() => {
      layout.kill();
      if (running === layout) running = undefined;
      if (firstLayout) noverlap.assign(graph, { maxIterations: 60, settings: { margin: 4 } });
      resolve();
    }, ms),
  );
}
