/**
 * `npm run bench:extract`: extraction throughput on one core (KB/s, documents/s, relations/s) over
 * a generated corpus of about 2 MB (BENCH_DOCS documents of BENCH_SENTENCES sentences).
 */
import { extractDocuments } from "../loaders/extract/index.ts";
import { makeDocument } from "../loaders/read/document.ts";
import { syntheticTexts } from "./lib/synthetic-text.ts";

const DOCS = Number(process.env.BENCH_DOCS ?? 800);
const SENTENCES = Number(process.env.BENCH_SENTENCES ?? 30);

const docs = syntheticTexts(DOCS, SENTENCES).map((d) => makeDocument(d));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
extractDocuments(docs.slice(0, 20));
const runs: number[] = [];
let relations = 0;
for (let i = 0; i < 3; i++) {
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
