/**
 * `npm run bench:api`: p50/p95 latency over real HTTP (loopback only) on a generated graph of 100k
 * relations, for the embedded store and for Neo4j in one run: neighbourhoods of the biggest hub and
 * of a leaf at depths 1 and 2, the hub's relations (first page), search and paths; then throughput
 * of BENCH_CLIENTS concurrent clients sending a bounded number of mixed requests. The two stores are
 * loaded first and then measured alternately (in blocks of 10 requests for latencies, in four rounds
 * for throughput), so a shared machine's load swings touch both sides of each ratio. Prints
 * Neo4j/embedded ratios. Starts the local Neo4j when NEO4J_URI is not set.
 * Sizes: BENCH_RELATIONS, BENCH_ENTITIES, BENCH_REQUESTS, BENCH_CLIENTS, BENCH_MIXED.
 */
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import type { GraphStore } from "../graph/store/types.ts";
import { createApp } from "../src/server/app.ts";
import { type Served, serve } from "../tests/api/http.ts";
import { connectBenchNeo4j } from "./lib/bench-neo4j.ts";
import { rng, syntheticGraph } from "./lib/synthetic-graph.ts";

const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 100_000);
const ENTITIES = Number(process.env.BENCH_ENTITIES ?? 20_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const CLIENTS = Math.min(200, Number(process.env.BENCH_CLIENTS ?? 50));
const MIXED = Math.min(20_000, Number(process.env.BENCH_MIXED ?? 2_000));

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const graph = syntheticGraph({ entities: ENTITIES, relations: RELATIONS, documents: 2000 });
const degree = new Map<string, number>();
for (const e of graph.edges) {
  degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
  degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
}
const byDegree = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const [HUB, hubDegree] = byDegree[0]!;
const [LEAF, leafDegree] = byDegree.find(([, d]) => d === 3) ?? byDegree[byDegree.length - 1]!;

type Call = (api: Served, random: () => number) => Promise<Response>;
const enc = encodeURIComponent;
const KINDS: Record<string, Call> = {
  "hub nbhd d1": (api) => api.post("/api/neighbourhood", { ids: [HUB], depth: 1, limit: 50 }),
  "hub nbhd d2": (api) => api.post("/api/neighbourhood", { ids: [HUB], depth: 2, limit: 50 }),
  "leaf nbhd d1": (api) => api.post("/api/neighbourhood", { ids: [LEAF], depth: 1, limit: 50 }),
  "leaf nbhd d2": (api) => api.post("/api/neighbourhood", { ids: [LEAF], depth: 2, limit: 50 }),
  "hub relations": (api) => api.get(`/api/entities/${enc(HUB)}/relations`),
  search: (api, random) =>
    api.get(`/api/search?q=${enc(`Actor ${Math.floor(random() * ENTITIES)}`)}&limit=10`),
  path: (api, random) =>
    api.post("/api/paths", {
      from: graph.nodes[Math.floor(graph.nodes.length * random() ** 3)]!.id,
      to: graph.nodes[Math.floor(random() * graph.nodes.length)]!.id,
      k: 1,
      maxDepth: 4,
    }),
  "random nbhd": (api, random) =>
    api.post("/api/neighbourhood", {
      ids: [graph.nodes[Math.floor(random() * graph.nodes.length)]!.id],
      depth: 1,
    }),
  entity: (api, random) =>
    api.get(`/api/entities/${enc(graph.nodes[Math.floor(random() * graph.nodes.length)]!.id)}`),
};
const LATENCY = [
  "hub nbhd d1",
  "hub nbhd d2",
  "leaf nbhd d1",
  "leaf nbhd d2",
  "hub relations",
  "search",
  "path",
];
const MIX = [
  "random nbhd",
  "random nbhd",
  "entity",
  "search",
  "hub nbhd d1",
  "hub relations",
  "leaf nbhd d2",
  "path",
];

/** Connections reset by the server under load, retried once each (reported with the results). */
let resets = 0;

async function once(api: Served, name: string, random: () => number): Promise<number> {
  const t = performance.now();
  const res = await KINDS[name]!(api, random).catch((e: unknown) => {
    if (!(e instanceof TypeError) || resets >= 100) throw e;
    resets++;
    return KINDS[name]!(api, random);
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${name} answered ${res.status}: ${body.slice(0, 300)}`);
  return performance.now() - t;
}

type Result = {
  loadS: number;
  out: Record<string, { p50: number; p95: number }>;
  rps: number;
  mixed: { p50: number; p95: number };
};

/** The store loaded with the generated graph and served over HTTP; the load time in seconds. */
async function served(store: GraphStore): Promise<{ api: Served; loadS: number }> {
  const t0 = performance.now();
  await store.write(graph, { batchSize: 2000 });
  return { loadS: (performance.now() - t0) / 1000, api: await serve(createApp({ store })) };
}

/** Requests to one store before switching to the other. */
const BLOCK = 10;

/**
 * Latencies of every kind, the stores' requests alternated in blocks of BLOCK (same seeds, same
 * order) so both see the same machine: a shared machine's load swings then touch both sides of
 * each ratio, and no request runs right behind the other store's.
 */
async function latencies(apis: Served[]): Promise<Record<string, { p50: number; p95: number }>[]> {
  const out = apis.map(() => ({}) as Record<string, { p50: number; p95: number }>);
  for (const name of LATENCY) {
    const randoms = apis.map(() => rng(7));
    const times = apis.map(() => [] as number[]);
    for (let i = 0; i < 10 + REQUESTS; i += BLOCK) {
      for (const [s, api] of apis.entries()) {
        for (let j = i; j < i + BLOCK; j++) {
          const t = await once(api, name, randoms[s]!);
          if (j >= 10) times[s]!.push(t);
        }
      }
    }
    for (const [s, t] of times.entries()) out[s]![name] = { p50: pct(t, 50), p95: pct(t, 95) };
  }
  return out;
}

/** CLIENTS concurrent clients sending `count` mixed requests to one store. */
async function throughput(api: Served, count: number, seed: number) {
  const random = rng(seed);
  let next = 0;
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < count) times.push(await once(api, MIX[next++ % MIX.length]!, random));
    }),
  );
  return { seconds: (performance.now() - start) / 1000, times };
}

console.log(
  `bench:api — ${graph.nodes.length} entities, ${graph.edges.length} relations, hub degree ${hubDegree}, leaf degree ${leafDegree}, ${REQUESTS} requests per kind (the stores alternated every 10), ${CLIENTS} clients × ${MIXED} mixed requests (in four alternated rounds)`,
);
const results: Record<string, Result> = {};
const embedded = new EmbeddedStore();
await embedded.init();
const neo = await connectBenchNeo4j();
try {
  await neo.store.clear();
  const e = await served(embedded);
  const n = await served(neo.store);
  try {
    const [eOut, nOut] = await latencies([e.api, n.api]);
    const rounds = {
      embedded: { seconds: 0, times: [] as number[] },
      neo4j: { seconds: 0, times: [] as number[] },
    };
    for (let round = 0; round < 4; round++) {
      for (const [name, api] of [
        ["embedded", e.api],
        ["neo4j", n.api],
      ] as const) {
        const r = await throughput(api, MIXED / 4, 11 + round);
        rounds[name].seconds += r.seconds;
        rounds[name].times.push(...r.times);
      }
    }
    for (const [name, loadS, out] of [
      ["embedded", e.loadS, eOut!],
      ["neo4j", n.loadS, nOut!],
    ] as const) {
      const r = rounds[name];
      results[name] = {
        loadS,
        out,
        rps: MIXED / r.seconds,
        mixed: { p50: pct(r.times, 50), p95: pct(r.times, 95) },
      };
    }
  } finally {
    await e.api.close();
    await n.api.close();
  }
  await neo.store.clear();
} finally {
  await neo.close();
}
console.log("store     load(s)  request         p50(ms)  p95(ms)");
for (const [store, r] of Object.entries(results)) {
  for (const [kind, v] of Object.entries(r.out)) {
    console.log(
      `${store.padEnd(9)} ${r.loadS.toFixed(1).padStart(7)}  ${kind.padEnd(14)} ${v.p50.toFixed(1).padStart(8)} ${v.p95.toFixed(1).padStart(8)}`,
    );
  }
  console.log(
    `${store.padEnd(9)} ${r.loadS.toFixed(1).padStart(7)}  ${`${CLIENTS} clients`.padEnd(14)} ${r.mixed.p50.toFixed(1).padStart(8)} ${r.mixed.p95.toFixed(1).padStart(8)}  ${r.rps.toFixed(0)} req/s`,
  );
}
const e = results.embedded!;
const n = results.neo4j!;
for (const kind of LATENCY) {
  console.log(
    `ratio neo4j/embedded ${kind}: p50 ${(n.out[kind]!.p50 / e.out[kind]!.p50).toFixed(2)}x, p95 ${(n.out[kind]!.p95 / e.out[kind]!.p95).toFixed(2)}x (neo4j p95 ${n.out[kind]!.p95.toFixed(1)} ms)`,
  );
}
if (resets) console.log(`(${resets} requests retried once after a connection reset)`);
console.log(
  `ratio neo4j/embedded throughput (${CLIENTS} clients): ${(n.rps / e.rps).toFixed(2)} (${n.rps.toFixed(0)} vs ${e.rps.toFixed(0)} req/s; p95 ${n.mixed.p95.toFixed(0)} vs ${e.mixed.p95.toFixed(0)} ms)`,
);
