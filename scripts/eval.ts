/**
 * `npm run eval`: extracts a document set and prints ../shared/eval/score.mjs --verbose for it.
 * - default: the seeds (../shared/seeds against ../shared/eval/seeds.gold.json);
 * - `--dev`: our own development briefs (corpus/dev/.briefs, hidden so the sample corpus skips them);
 * - `--discovery-only`: the chosen set with the gazetteer reduced to sovereign states, to show what
 *   discovery finds on its own.
 * A development script; tests never need ../shared. EVAL_SEEDS / EVAL_GOLD override the paths.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultGazetteer, Gazetteer } from "../loaders/extract/gazetteer.ts";
import { extractDocuments } from "../loaders/extract/index.ts";
import { readAll } from "../loaders/read/index.ts";

const DEV = "corpus/dev/.briefs";
const dev = process.argv.includes("--dev");
const discoveryOnly = process.argv.includes("--discovery-only");
const seeds = process.env.EVAL_SEEDS ?? (dev ? DEV : "../shared/seeds");
const gold = process.env.EVAL_GOLD ?? (dev ? join(DEV, "dev.gold.json") : "../shared/eval/seeds.gold.json");
const out = `.data/${dev ? "dev" : "seeds"}${discoveryOnly ? ".discovery" : ""}.graph.json`;

const inputs = dev
  ? readdirSync(seeds)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => join(seeds, f))
  : [seeds];
const { documents, errors } = await readAll(inputs);
for (const e of errors) console.error(`error: ${e.message}`);
const gazetteer = discoveryOnly
  ? new Gazetteer(defaultGazetteer().actors.filter((a) => a.kind === "Government"))
  : undefined;
const started = performance.now();
const graph = extractDocuments(documents, gazetteer ? { gazetteer } : {});
const ms = performance.now() - started;
mkdirSync(".data", { recursive: true });
writeFileSync(out, JSON.stringify(graph, null, 2));
console.log(
  `extracted ${documents.length} documents${discoveryOnly ? " (gazetteer reduced to states)" : ""}: ${graph.nodes.length} entities, ${graph.edges.length} relations in ${ms.toFixed(0)} ms -> ${out}`,
);
const args = ["../shared/eval/score.mjs", "--gold", gold, "--graph", out];
if (!process.argv.includes("--quiet")) args.push("--verbose");
const r = spawnSync("node", args, { stdio: "inherit" });
process.exitCode = r.status ?? 1;
