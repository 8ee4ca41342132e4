/**
 * `npm run bench:ingest`: in one run on the same generated data, (a) extraction throughput (KB/s),
 * (b) Neo4j write throughput of the batched writer (relations/s), (c) of a one-query-per-row writer
 * on a slice, and their ratio. Starts the local Neo4j when NEO4J_URI is not set; clears the database.
 */

import { rowByRowRunner, runSteps, writeSteps } from "../graph/store/neo4j/writer.ts";
import { extractDocuments } from "../loaders/extract/index.ts";
import { makeDocument } from "../loaders/read/document.ts";
import { connectBenchNeo4j } from "./lib/bench-neo4j.ts";
import { syntheticGraph } from "./lib/synthetic-graph.ts";
import { syntheticTexts } from "./lib/synthetic-text.ts";

const RELATIONS = Number(process.env.BENCH_RELATIONS ?? 20_000);
const SLICE = Number(process.env.BENCH_ROW_SLICE ?? 1_000);

const docs = syntheticTexts(400, 30).map((d) => makeDocument(d));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
let t = performance.now();
const extracted = extractDocuments(docs);
const extractS = (performance.now() - t) / 1000;

const graph = syntheticGraph({ entities: 2_000, relations: RELATIONS, documents: 500 });
const slice = syntheticGraph({ entities: 2_000, relations: SLICE, documents: 50, seed: 99 });
const neo = await connectBenchNeo4j();
try {
  await neo.store.clear();
  t = performance.now();
  await neo.store.write(graph, { batchSize: 1000 });
  const batchedS = (performance.now() - t) / 1000;
  await neo.store.clear();
  t = performance.now();
  await runSteps(rowByRowRunner(neo.store.driver), writeSteps(slice, new Set()), { batchSize: 1000 });
  const rowS = (performance.now() - t) / 1000;
  await neo.store.clear();
  const batched = graph.edges.length / batchedS;
  const row = slice.edges.length / rowS;
  console.log("bench:ingest — one run, same generated data");
  console.log(
    `  extraction        ${(bytes / 1024 / extractS).toFixed(0)} KB/s (${(bytes / 1024).toFixed(0)} KB, ${docs.length} docs, ${extracted.edges.length} relations in ${extractS.toFixed(2)} s)`,
  );
  console.log(
    `  neo4j batched     ${batched.toFixed(0)} relations/s (${graph.edges.length} relations with evidence, ${graph.nodes.length} entities, ${batchedS.toFixed(1)} s, batches of 1000 rows)`,
  );
  console.log(
    `  neo4j row-by-row  ${row.toFixed(0)} relations/s (${slice.edges.length} relations, ${rowS.toFixed(1)} s, one transaction per row)`,
  );
  console.log(`  ratio             batched / row-by-row = ${(batched / row).toFixed(1)}x`);
} finally {
  await neo.close();
}
