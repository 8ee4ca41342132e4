/**
 * Render benchmark page (web/bench.html?nodes=10000&edges=50000), driven by `npm run bench:web`:
 * a deterministic random graph goes through the explorer's own store, visible-graph derivation and
 * sigma view; measures the time to the first rendered frame and the time to apply a filter (one
 * relation type off) until the next frame. Results land in `window.kgxBench`. With `&pause` the page
 * waits for `window.kgxGo()` between the two, so a profiler can record the filter alone.
 */
import type { SerializedGraph } from "../../graph/model.ts";
import { NODE_KINDS, RELATION_TYPES } from "../../graph/ontology.ts";
import { Store } from "./core/store.ts";
import type { Point } from "./core/types.ts";
import { initialState } from "./core/update.ts";
import { initialView } from "./core/url.ts";
import { mountGraph } from "./views/graph.ts";

const params = new URLSearchParams(location.search);
const N = Number(params.get("nodes") ?? 10_000);
const E = Number(params.get("edges") ?? 5 * N);

let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};

const graph: SerializedGraph = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: Array.from({ length: N }, (_, i) => ({
    key: `n${i}`,
    attributes: { name: `Actor ${i}`, kind: NODE_KINDS[i % NODE_KINDS.length]!, aliases: [], degree: 0 },
  })),
  edges: Array.from({ length: E }, (_, i) => {
    const s = Math.floor(random() * N);
    const t = (s + 1 + Math.floor(random() * (N - 1))) % N;
    return {
      key: `e${i}`,
      source: `n${s}`,
      target: `n${t}`,
      attributes: {
        type: RELATION_TYPES[i % RELATION_TYPES.length]!,
        confidence: 0.5 + random() / 2,
        evidenceCount: 1,
        documents: [],
      },
    };
  }),
};
const positions: Record<string, Point> = Object.fromEntries(
  graph.nodes.map((n) => [n.key, [random() * 1000, random() * 1000]]),
);
const frame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

const started = performance.now();
const store = new Store(initialState({ ...initialView(), pinned: graph.nodes.map((n) => n.key), positions }));
const view = mountGraph(document.getElementById("stage")!, store);
store.dispatch({ type: "graph", graph });
await frame();
const firstRenderMs = performance.now() - started;
// ?pause: wait for window.kgxGo() before filtering (a profiler can start in between).
if (params.has("pause"))
  await new Promise<void>((go) => {
    (window as unknown as { kgxGo: () => void }).kgxGo = go;
  });
const t = performance.now();
const f = store.state.view.filters;
store.dispatch({ type: "filters", filters: { ...f, types: f.types.slice(1) } });
await frame();
const filterMs = performance.now() - t;
(window as unknown as { kgxBench: unknown }).kgxBench = {
  nodes: N,
  edges: E,
  firstRenderMs,
  filterMs,
  order: view.graph.order,
  size: view.graph.size,
};
