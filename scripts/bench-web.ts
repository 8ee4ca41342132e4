/**
 * `npm run bench:web`: time to first render and time to apply a filter (one relation type off, until
 * the next frame) at 1k / 5k / 10k actors (5 relations per actor), for this build and for the build
 * before the explorer's rewrite (BENCH_BASE, default: the parent of the commit on `main` that removed
 * web/src/graph-view.ts) in the same run, in headless Chromium (Debian's, through playwright-core).
 * The old build is made from `git archive` in a temporary directory with a bench page that drives
 * its view the same way. Each build runs BENCH_RUNS times per size (default 3, the two builds
 * alternating, so load from elsewhere on the machine hits both alike) and the medians are compared.
 * Prints one line per size with the ratios (old / new; above 1 = faster now). BENCH_SIZES
 * (comma-separated) changes the sizes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import express from "express";
import { launchChromium } from "./lib/chromium.ts";

const SIZES = (process.env.BENCH_SIZES ?? "1000,5000,10000").split(",").map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** The old build's bench page: same data, same positions, its own view and filter path. */
const OLD_BENCH = `
import { NODE_KINDS, RELATION_TYPES } from "../../graph/ontology.ts";
import { createGraphView } from "./graph-view.ts";
const params = new URLSearchParams(location.search);
const N = Number(params.get("nodes"));
const E = Number(params.get("edges") ?? 5 * N);
let seed = 42;
const random = () => { seed = (seed * 1664525 + 1013904223) >>> 0; return seed / 4294967296; };
const nodes = Array.from({ length: N }, (_, i) => ({ key: "n" + i, attributes: { name: "Actor " + i, kind: NODE_KINDS[i % NODE_KINDS.length], aliases: [], degree: 0 } }));
const edges = Array.from({ length: E }, (_, i) => {
  const s = Math.floor(random() * N);
  const t = (s + 1 + Math.floor(random() * (N - 1))) % N;
  return { key: "e" + i, source: "n" + s, target: "n" + t, attributes: { type: RELATION_TYPES[i % RELATION_TYPES.length], confidence: 0.5 + random() / 2, evidenceCount: 1, documents: [] } };
});
const positions = nodes.map(() => [random() * 1000, random() * 1000]);
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const started = performance.now();
const view = createGraphView(document.getElementById("stage"));
view.setData({ attributes: {}, options: { type: "directed", multi: true, allowSelfLoops: false }, nodes, edges });
nodes.forEach((n, i) => view.graph.mergeNodeAttributes(n.key, { x: positions[i][0], y: positions[i][1] }));
view.sigma.refresh();
await frame();
const firstRenderMs = performance.now() - started;
const t = performance.now();
view.filters = { kinds: [...NODE_KINDS], types: RELATION_TYPES.slice(1), minConfidence: 0, documents: [] };
view.sigma.refresh();
await frame();
window.kgxBench = { nodes: N, edges: E, firstRenderMs, filterMs: performance.now() - t };
`;

function buildCurrent(): string {
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "error"], {
    stdio: "inherit",
  });
  return resolve("web/dist");
}

/** The commit whose explorer is the baseline. */
function baseCommit(): string {
  if (process.env.BENCH_BASE) return process.env.BENCH_BASE;
  const removed = execFileSync("git", ["rev-list", "-1", "main", "--", "web/src/graph-view.ts"])
    .toString()
    .trim();
  return `${removed}^`;
}

function buildMain(): { dir: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), "kgx-bench-main-"));
  execFileSync("sh", ["-c", `git archive "${baseCommit()}" web graph src | tar -x -C "${tmp}"`]);
  symlinkSync(resolve("node_modules"), join(tmp, "node_modules"));
  writeFileSync(join(tmp, "web/src/bench.ts"), OLD_BENCH);
  execFileSync("npx", ["vite", "build", "--config", join(tmp, "web/vite.config.ts"), "--logLevel", "error"], {
    stdio: "inherit",
  });
  return { dir: join(tmp, "web/dist"), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

async function listen(dir: string): Promise<{ url: string; server: Server }> {
  const app = express().use(express.static(dir));
  const server = await new Promise<Server>((ok) => {
    const s = app.listen(0, "127.0.0.1", () => ok(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

interface Result {
  firstRenderMs: number;
  filterMs: number;
}

const current = await listen(buildCurrent());
const old = buildMain();
const main = await listen(old.dir);
const browser = await launchChromium();
try {
  const run = async (url: string, n: number): Promise<Result> => {
    const page = await browser.newPage();
    await page.goto(`${url}/bench.html?nodes=${n}&edges=${5 * n}`);
    await page.waitForFunction(() => (window as unknown as { kgxBench?: unknown }).kgxBench, undefined, {
      timeout: 180_000,
    });
    const r = (await page.evaluate(() => (window as unknown as { kgxBench: Result }).kgxBench)) as Result;
    await page.close();
    return r;
  };
  console.log(
    "bench:web — headless Chromium (software WebGL, --disable-gpu); 'before' = the explorer before its rewrite",
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const medians = (rs: Result[]): Result => ({
    firstRenderMs: median(rs.map((r) => r.firstRenderMs)),
    filterMs: median(rs.map((r) => r.filterMs)),
  });
  console.log(`  (median of ${RUNS} runs per build and size, the builds alternating)`);
  for (const n of SIZES) {
    const olds: Result[] = [];
    const news: Result[] = [];
    for (let i = 0; i < RUNS; i++) {
      olds.push(await run(main.url, n));
      news.push(await run(current.url, n));
    }
    const before = medians(olds);
    const now = medians(news);
    const fmt = (x: number) => `${x.toFixed(0)} ms`;
    console.log(
      `  ${String(n).padStart(6)} actors, ${5 * n} relations: first render ${fmt(now.firstRenderMs)} (before ${fmt(before.firstRenderMs)}, ratio ${(before.firstRenderMs / now.firstRenderMs).toFixed(2)}x) · filter ${fmt(now.filterMs)} (before ${fmt(before.filterMs)}, ratio ${(before.filterMs / now.filterMs).toFixed(2)}x)`,
    );
  }
} finally {
  await browser.close();
  current.server.close();
  main.server.close();
  old.cleanup();
}
