/**
 * `npm run bench:extract`: extraction throughput over a generated corpus of about 2 MB
 * (BENCH_DOCS documents of BENCH_SENTENCES sentences): on one core inline (KB/s, documents/s,
 * relations/s), then through the load pipeline's worker pool with 1 and N threads (N = KGX_WORKERS,
 * default one per core), batches of 25 documents, runs paired in one process, and the N/1 ratio.
 */
import { availableParallelism } from "node:os";
import { extractDocuments } from "../loaders/extract/index.ts";
import { makeDocument } from "../loaders/read/document.ts";
import type { TextDocument } from "../src/ingest/extract-batch.ts";
import { ExtractPool } from "../src/ingest/pool.ts";
import { syntheticTexts } from "./lib/synthetic-text.ts";

const DOCS = Number(process.env.BENCH_DOCS ?? 800);
const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 30);
const WORKERS = Math.max(2, Number(process.env.KGX_WORKERS ?? availableParallelism()));
const RUNS = 3;

const docs = syntheticTexts(DOCS, SENTENCES).map((d) => makeDocument(d));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const batches: TextDocument[][] = [];
for (let i = 0; i < docs.length; i += 25) batches.push(docs.slice(i, i + 25));

extractDocuments(docs.slice(0, 20));
const runs: number[] = [];
let relations = 0;
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const g = extractDocuments(docs);
  runs.push((performance.now() - t) / 1000);
  relations = g.edges.reduce((n, e) => n + e.evidence.length, 0);
}
const best = Math.min(...runs);
console.log(
  `bench:extract — ${DOCS} documents, ${(bytes / 1024).toFixed(0)} KB, one core, best of ${runs.length} runs`,
);
console.log(`  time            ${best.toFixed(2)} s   (runs: ${runs.map((r) => r.toFixed(2)).join(", ")} s)`);
console.log(`  throughput      ${(bytes / 1024 / best).toFixed(0)} KB/s`);
console.log(`  documents       ${(DOCS / best).toFixed(0)} docs/s`);
console.log(`  evidence        ${(relations / best).toFixed(0)} relation mentions/s (${relations} in total)`);
console.log(
  `  target          500 KB/s -> ${bytes / 1024 / best >= 500 ? "met" : "NOT met"} (ratio ${(bytes / 1024 / best / 500).toFixed(2)})`,
);

/** CPU seconds per wall second of each pool, over all its runs (threads included). */
const cores = new Map<ExtractPool, { cpu: number; wall: number }>();

/** Seconds to extract every batch through `pool` (all batches queued at once). */
async function timePool(pool: ExtractPool): Promise<number> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(batches.map((b) => pool.run(b)));
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - t) / 1000;
  const c = cores.get(pool) ?? { cpu: 0, wall: 0 };
  cores.set(pool, { cpu: c.cpu + (used.user + used.system) / 1e6, wall: c.wall + wall });
  return wall;
}
const coresUsed = (pool: ExtractPool) => (cores.get(pool)!.cpu / cores.get(pool)!.wall).toFixed(2);

const one = new ExtractPool(1);
const many = new ExtractPool(WORKERS);
await Promise.all([one.run(batches[0]!), ...Array.from({ length: WORKERS }, () => many.run(batches[0]!))]);
const oneRuns: number[] = [];
const manyRuns: number[] = [];
for (let i = 0; i < RUNS; i++) {
  oneRuns.push(await timePool(one));
  manyRuns.push(await timePool(many));
}
await Promise.all([one.close(), many.close()]);
const kbs = (s: number) => bytes / 1024 / s;
const oneKbs = kbs(Math.min(...oneRuns));
const manyKbs = kbs(Math.min(...manyRuns));
const ratio = manyKbs / oneKbs;
console.log(
  `worker pool — batches of 25 documents, best of ${RUNS} paired runs, ${availableParallelism()} cores`,
);
console.log(
  `  1 worker        ${oneKbs.toFixed(0)} KB/s   (runs: ${oneRuns.map((r) => r.toFixed(2)).join(", ")} s; ${coresUsed(one)} cores busy)`,
);
console.log(
  `  ${WORKERS} workers       ${manyKbs.toFixed(0)} KB/s   (runs: ${manyRuns.map((r) => r.toFixed(2)).join(", ")} s; ${coresUsed(many)} cores busy)`,
);
console.log(
  `  extract ${WORKERS}-worker/1-worker ratio ${ratio.toFixed(2)} (target >= 1.7 on 2 cores -> ${ratio >= 1.7 ? "met" : "NOT met"})`,
);
