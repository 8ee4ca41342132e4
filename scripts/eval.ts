/**
 * `npm run eval`: extracts ../shared/seeds and prints ../shared/eval/score.mjs --verbose for it.
 * A development script; tests never need ../shared. EVAL_SEEDS / EVAL_GOLD override the paths.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { extractDocuments } from "../loaders/extract/index.ts";
import { readAll } from "../loaders/read/index.ts";

const seeds = process.env.EVAL_SEEDS ?? "../shared/seeds";
const gold = process.env.EVAL_GOLD ?? "../shared/eval/seeds.gold.json";
const out = ".data/seeds.graph.json";

const { documents, errors } = await readAll([seeds]);
for (const e of errors) console.error(`error: ${e.message}`);
const started = performance.now();
const graph = extractDocuments(documents);
const ms = performance.now() - started;
mkdirSync(".data", { recursive: true });
writeFileSync(out, JSON.stringify(graph, null, 2));
console.log(
  `extracted ${documents.length} documents: ${graph.nodes.length} entities, ${graph.edges.length} relations in ${ms.toFixed(0)} ms -> ${out}`,
);
const args = ["../shared/eval/score.mjs", "--gold", gold, "--graph", out];
if (!process.argv.includes("--quiet")) args.push("--verbose");
const r = spawnSync("node", args, { stdio: "inherit" });
process.exitCode = r.status ?? 1;
