/**
 * `npm run eval`: extracts a document set and prints ../shared/eval/score.mjs --verbose for it.
 * - default: the seeds (../shared/seeds against ../shared/eval/seeds.gold.json);
 * - `--dev`: our own development briefs (corpus/dev/.briefs, hidden so the sample corpus skips them);
 * - `--holdout`: our held-out briefs (corpus/dev/.holdout), kept from tuning: the nearest estimate
 *   of unseen news;
 * - `--set DIR`: any other directory of briefs with its one `*.gold.json` (e.g. corpus/dev/.holdout2,
 *   written by someone who never read the extractor);
 * - `--discovery-only`: the chosen set with the gazetteer reduced to sovereign states, to show what
 *   discovery finds on its own;
 * - `--match REGEX` (with `--dev`): only the briefs whose file name matches, scored against their
 *   part of the gold (e.g. `--match '^01[3-6]'` for the briefs written in round 2).
 * A development script; tests never need ../shared. EVAL_SEEDS / EVAL_GOLD override the paths.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultGazetteer, Gazetteer } from "../loaders/extract/gazetteer.ts";
import { extractDocuments } from "../loaders/extract/index.ts";
import { readAll } from "../loaders/read/index.ts";

const setArg = process.argv.indexOf("--set");
const setDir = setArg > 0 ? process.argv[setArg + 1] : undefined;
const holdout = process.argv.includes("--holdout");
const DEV = setDir ?? (holdout ? "corpus/dev/.holdout" : "corpus/dev/.briefs");
const dev = setDir !== undefined || holdout || process.argv.includes("--dev");
const setName = setDir ? setDir.replace(/\/+$/, "").split("/").pop()?.replace(/^\./, "") : undefined;
const discoveryOnly = process.argv.includes("--discovery-only");
const matchArg = process.argv.indexOf("--match");
const match = matchArg > 0 ? new RegExp(process.argv[matchArg + 1] ?? "") : undefined;
const seeds = process.env.EVAL_SEEDS ?? (dev ? DEV : "../shared/seeds");
const fullGold = process.env.EVAL_GOLD ?? (dev ? join(DEV, goldName()) : "../shared/eval/seeds.gold.json");
const out = `.data/${setName ?? (holdout ? "holdout" : dev ? "dev" : "seeds")}${discoveryOnly ? ".discovery" : ""}${match ? ".match" : ""}.graph.json`;
mkdirSync(".data", { recursive: true });

/** The gold file's name inside a brief directory. */
function goldName(): string {
  if (!setDir) return holdout ? "holdout.gold.json" : "dev.gold.json";
  const golds = readdirSync(setDir).filter((f) => f.endsWith(".gold.json"));
  if (golds.length !== 1)
    throw new Error(`--set ${setDir}: expected one *.gold.json there, found ${golds.length}`);
  return golds[0] as string;
}

/** The gold file to score against: the whole one, or with `--match` only the matching documents'. */
function goldFile(): string {
  if (!match) return fullGold;
  const g = JSON.parse(readFileSync(fullGold, "utf8")) as { documents: Record<string, unknown> };
  g.documents = Object.fromEntries(Object.entries(g.documents).filter(([f]) => match.test(f)));
  const path = ".data/match.gold.json";
  writeFileSync(path, JSON.stringify(g));
  return path;
}
const gold = goldFile();

const inputs = dev
  ? readdirSync(seeds)
      .filter((f) => f.endsWith(".txt") && (!match || match.test(f)))
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
writeFileSync(out, JSON.stringify(graph, null, 2));
console.log(
  `extracted ${documents.length} documents${discoveryOnly ? " (gazetteer reduced to states)" : ""}: ${graph.nodes.length} entities, ${graph.edges.length} relations in ${ms.toFixed(0)} ms -> ${out}`,
);
const args = ["../shared/eval/score.mjs", "--gold", gold, "--graph", out];
if (!process.argv.includes("--quiet")) args.push("--verbose");
const r = spawnSync("node", args, { stdio: "inherit" });
process.exitCode = r.status ?? 1;
