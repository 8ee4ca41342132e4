/**
 * Render benchmark page (web/bench.html?nodes=10000&edges=50000), driven by `npm run bench:web`:
 * builds a deterministic random graph with the explorer's own view (same reducers and programs),
 * measures the time to the first rendered frame, then pans the camera for a few seconds (camera
 * moves re-render without re-running the reducers, as when a user drags) and counts frames. Results land in `window.kgxBench`.
 */
import { NODE_KINDS, RELATION_TYPES } from "../../graph/ontology.ts";
import { createGraphView } from "./graph-view.ts";

const params = new URLSearchParams(location.search);
const N = Number(params.get("nodes") ?? 10_000);
const E = Number(params.get("edges") ?? 50_000);
const SECONDS = Number(params.get("seconds") ?? 4);
const KINDS = NODE_KINDS;
const TYPES = RELATION_TYPES;

let seed = 42;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 4294967296;
};

const nodes = Array.from({ length: N }, (_, i) => ({
  key: `n${i}`,
  attributes: { name: `Actor ${i}`, kind: KINDS[i % KINDS.length]!, aliases: [], degree: 0 },
}));
const edges = Array.from({ length: E }, (_, i) => {
  const s = Math.floor(random() * N);
  let t = Math.floor(random() * N);
  if (t === s) t = (t + 1) % N;
  return {
    key: `e${i}`,
    source: `n${s}`,
    target: `n${t}`,
    attributes: {
      type: TYPES[i % TYPES.length]!,
      confidence: 0.5 + random() / 2,
      evidenceCount: 1,
      documents: [],
    },
  };
});

const started = performance.now();
const view = createGraphView(document.getElementById("stage")!);
view.setData({
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes,
  edges,
});
view.graph.forEachNode((n) => view.graph.mergeNodeAttributes(n, { x: random() * 1000, y: random() * 1000 }));
view.sigma.setSetting("renderEdgeLabels", false);
view.sigma.refresh();
requestAnimationFrame(() => {
  const firstRender = performance.now() - started;
  const camera = view.sigma.getCamera();
  let frames = 0;
  const panStart = performance.now();
  const step = () => {
    const t = (performance.now() - panStart) / 1000;
    camera.setState({ x: 0.5 + 0.3 * Math.sin(t * 2), y: 0.5 + 0.3 * Math.cos(t * 2), ratio: 0.7 });
    frames++;
    if (t < SECONDS) requestAnimationFrame(step);
    else
      (window as unknown as { kgxBench: unknown }).kgxBench = {
        nodes: N,
        edges: E,
        firstRenderMs: firstRender,
        fps: frames / t,
      };
  };
  requestAnimationFrame(step);
});
