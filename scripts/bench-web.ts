/**
 * `npm run bench:web`: time to first render and frames per second while panning, for 10k nodes and
 * 50k edges drawn by the explorer's view, in headless Chromium (Debian's, through playwright-core).
 * Builds web/ first when web/dist is missing. BENCH_NODES / BENCH_EDGES change the size.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import express from "express";
import { launchChromium } from "./lib/chromium.ts";

const NODES = Number(process.env.BENCH_NODES ?? 10_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 50_000);
if (!existsSync("web/dist/bench.html"))
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { stdio: "inherit" });

const app = express().use(express.static("web/dist"));
const server = await new Promise<Server>((resolve) => {
  const s = app.listen(0, "127.0.0.1", () => resolve(s));
});
const port = (server.address() as { port: number }).port;
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/bench.html?nodes=${NODES}&edges=${EDGES}&seconds=4`);
  await page.waitForFunction(() => (window as unknown as { kgxBench?: unknown }).kgxBench, undefined, {
    timeout: 120_000,
  });
  const r = (await page.evaluate(() => (window as unknown as { kgxBench: unknown }).kgxBench)) as {
    nodes: number;
    edges: number;
    firstRenderMs: number;
    fps: number;
  };
  console.log(
    `bench:web — ${r.nodes} nodes, ${r.edges} edges, headless Chromium (software WebGL, --disable-gpu)`,
  );
  console.log(`  time to first render   ${r.firstRenderMs.toFixed(0)} ms`);
  console.log(`  panning                ${r.fps.toFixed(1)} frames/s over 4 s`);
} finally {
  await browser.close();
  server.close();
}
