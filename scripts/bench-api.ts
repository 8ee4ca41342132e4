/**
 * `npm run bench:api`: p50/p95 latency of neighbourhood, search and path requests over real HTTP
 * on a generated graph of 100k relations, for the embedded store and for Neo4j, in one run.
 * Starts the local Neo4j when NEO4J_URI is not set. Sizes: BENCH_RELATIONS, BENCH_ENTITIES, BENCH_REQUESTS.
 */
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import type { GraphStore } from "../graph/store/types.ts";
import { createApp } from "../src/server/app.ts";
import { serve } from "../tests/api/http.ts";
import { connectBenchNeo4j } from "./lib/bench-neo4j.ts";
import { rng, syntheticGraph } from "./lib/synthetic-graph.ts";

const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 100_000);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function measure(store: GraphStore, graph: ReturnType<typeof syntheticGraph>) {
  const t0 = performance.now();
  await store.write(graph, { batchSize: 2000 });
  const loadS = (performance.now() - t0) / 1000;
  const api = await serve(createApp({ store }));
  const random = rng(7);
  const id = () => graph.nodes[Math.floor(random() * graph.nodes.length)]!.id;
  const hub = () => graph.nodes[Math.floor(graph.nodes.length * random() ** 3)]!.id;
  const kinds: Record<string, () => Promise<Response>> = {
    neighbourhood: () => api.post("/api/neighbourhood", { ids: [hub()], depth: 1, limit: 50 }),
    search: () =>
      api.get(`/api/search?q=${encodeURIComponent(`Actor ${Math.floor(random() * ENTITIES)}`)}&limit=10`),
    path: () => api.post("/api/paths", { from: hub(), to: id(), k: 1, maxDepth: 4 }),
  };
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const [name, call] of Object.entries(kinds)) {
    for (let i = 0; i < 10; i++) await (await call()).arrayBuffer();
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      const res = await call();
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${name} answered ${res.status}`);
      times.push(performance.now() - t);
    }
    out[name] = { p50: pct(times, 50), p95: pct(times, 95) };
  }
  await api.close();
  return { loadS, out };
}

const graph = syntheticGraph({ entities: ENTITIES, relations: RELATIONS, documents: 2000 });
console.log(
  `bench:api — ${graph.nodes.length} entities, ${graph.edges.length} relations, ${REQUESTS} requests per kind`,
);
const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
const embedded = new EmbeddedStore();
await embedded.init();
results.embedded = await measure(embedded, graph);
const neo = await connectBenchNeo4j();
try {
  await neo.store.clear();
  results.neo4j = await measure(neo.store, graph);
  await neo.store.clear();
} finally {
  await neo.close();
}
console.log("store     load(s)  request        p50(ms)  p95(ms)");
for (const [store, r] of Object.entries(results)) {
  for (const [kind, v] of Object.entries(r.out)) {
    console.log(
      `${store.padEnd(9)} ${r.loadS.toFixed(1).padStart(7)}  ${kind.padEnd(13)} ${v.p50.toFixed(1).padStart(8)} ${v.p95.toFixed(1).padStart(8)}`,
    );
  }
}
for (const kind of ["neighbourhood", "search", "path"]) {
  const e = results.embedded!.out[kind]!;
  const n = results.neo4j!.out[kind]!;
  console.log(
    `ratio neo4j/embedded ${kind}: p50 ${(n.p50 / e.p50).toFixed(2)}x, p95 ${(n.p95 / e.p95).toFixed(2)}x`,
  );
}
