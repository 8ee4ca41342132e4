/**
 * `npm run bench:ingest`: in one run on the same generated data, (a) extraction throughput (KB/s),
 * (b) Neo4j write throughput of a raw `UNWIND ... CREATE` baseline and of the project's batched
 * writer into an empty database (medians of BENCH_ROUNDS, alternating), (c) a one-transaction-per-row
 * writer on a slice, and the line `writer/baseline ratio R`. Starts the local Neo4j when NEO4J_URI
 * is not set; clears the database.
 */

import { rowByRowRunner, runSteps, writeSteps } from "../graph/store/neo4j/writer.ts";
import { extractDocuments } from "../loaders/extract/index.ts";
import { makeDocument } from "../loaders/read/document.ts";
import { connectBenchNeo4j, rawCreate } from "./lib/bench-neo4j.ts";
import { syntheticGraph } from "./lib/synthetic-graph.ts";
import { syntheticTexts } from "./lib/synthetic-text.ts";

const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 20_000);
const SLICE = Number(process.env.BENCH_ROW_SLICE ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BATCH = 1000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const docs = syntheticTexts(400, 30).map((d) => makeDocument(d));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const t = performance.now();
const extracted = extractDocuments(docs);
const extractS = (performance.now() - t) / 1000;

const graph = syntheticGraph({ entities: 2_000, relations: RELATIONS, documents: 500 });
const slice = syntheticGraph({ entities: 2_000, relations: SLICE, documents: 50, seed: 99 });
const neo = await connectBenchNeo4j();
try {
  const timed = async (work: () => Promise<unknown>) => {
    await neo.store.clear();
    const start = performance.now();
    await work();
    return (performance.now() - start) / 1000;
  };
  await timed(() => rawCreate(neo.store.driver, graph, BATCH));
  await timed(() => neo.store.write(graph, { batchSize: BATCH }));
  const rawS: number[] = [];
  const writerS: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    rawS.push(await timed(() => rawCreate(neo.store.driver, graph, BATCH)));
    writerS.push(await timed(() => neo.store.write(graph, { batchSize: BATCH })));
  }
  const runner = rowByRowRunner(neo.store.driver);
  const rowS = await timed(() => runSteps(runner, writeSteps(slice, new Set()), { batchSize: BATCH }));
  await runner.close?.();
  await neo.store.clear();
  const raw = graph.edges.length / median(rawS);
  const writer = graph.edges.length / median(writerS);
  const row = slice.edges.length / rowS;
  const size = `${graph.edges.length} relations with evidence, ${graph.nodes.length} entities`;
  console.log(`bench:ingest — one run, same generated data, medians of ${ROUNDS} (warm JVM)`);
  console.log(
    `  extraction        ${(bytes / 1024 / extractS).toFixed(0)} KB/s (${(bytes / 1024).toFixed(0)} KB, ${docs.length} docs, ${extracted.edges.length} relations in ${extractS.toFixed(2)} s)`,
  );
  console.log(
    `  raw baseline      ${raw.toFixed(0)} relations/s (UNWIND ... CREATE, ${size}, ${median(rawS).toFixed(2)} s, batches of ${BATCH})`,
  );
  console.log(
    `  project writer    ${writer.toFixed(0)} relations/s (MERGE, idempotent, ${size}, ${median(writerS).toFixed(2)} s, batches of ${BATCH})`,
  );
  console.log(
    `  row-by-row writer ${row.toFixed(0)} relations/s (${slice.edges.length} relations, ${rowS.toFixed(1)} s, one transaction per row)`,
  );
  console.log(`writer/baseline ratio ${(writer / raw).toFixed(2)}`);
  console.log(`writer/row-by-row ratio ${(writer / row).toFixed(1)}`);
} finally {
  await neo.close();
}
