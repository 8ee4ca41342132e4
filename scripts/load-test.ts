/**
 * `npm run test:load`: 50 clients for 30 s against a real `kgx serve` process per store (embedded,
 * then Neo4j), mixed requests (search, entity, relations, neighbourhood, paths, stats, documents)
 * over loopback only, bounded in clients, time and requests. Prints rps, p50/p95/p99 and errors per
 * store and exits 1 when any request failed. Sizes: LOAD_CLIENTS, LOAD_SECONDS, LOAD_MAX_REQUESTS.
 * Neo4j: NEO4J_URI when set, else the local launcher (npm run neo4j).
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLIENTS = Math.min(Number(process.env.LOAD_CLIENTS ?? 50), 200);
const SECONDS = Math.min(Number(process.env.LOAD_SECONDS ?? 30), 120);
const MAX_REQUESTS = Math.min(Number(process.env.LOAD_MAX_REQUESTS ?? 200_000), 1_000_000);
const PORT = 18_000 + Math.floor(Math.random() * 1000);

const pct = (xs: number[], p: number) =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : 0;

/** Starts `kgx serve` on loopback with `env`, after loading the sample corpus; resolves when it answers. */
async function startServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  execFileSync("node", ["bin/kgx.mjs", "load", "corpus"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const child = spawn("node", ["bin/kgx.mjs", "serve", "--port", String(PORT)], { env, stdio: "ignore" });
  const end = Date.now() + 60_000;
  while (Date.now() < end) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`kgx serve did not answer on 127.0.0.1:${PORT} within 60 s`);
}

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(`http://127.0.0.1:${PORT}${path}`)).json()) as T;
}

/** Runs the clients; returns the figures line. */
async function run(label: string): Promise<{ line: string; errors: number }> {
  const base = `http://127.0.0.1:${PORT}`;
  const hits = (await json<{ hits: { id: string }[] }>("/api/search?q=government&limit=20")).hits.concat(
    (await json<{ hits: { id: string }[] }>("/api/search?q=cartel&limit=20")).hits,
  );
  const ids = hits.map((h) => h.id);
  if (ids.length < 2) throw new Error("the sample corpus gave fewer than 2 actors to request");
  const pick = () => ids[Math.floor(Math.random() * ids.length)]!;
  const post = (path: string, body: unknown) =>
    fetch(base + path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const calls = [
    () =>
      fetch(
        `${base}/api/search?q=${["sheinbaum", "cartel", "trump", "navy"][Math.floor(Math.random() * 4)]}`,
      ),
    () => fetch(`${base}/api/entities/${encodeURIComponent(pick())}`),
    () => fetch(`${base}/api/entities/${encodeURIComponent(pick())}/relations`),
    () => post("/api/neighbourhood", { ids: [pick()], depth: 1, limit: 50 }),
    () => post("/api/paths", { from: pick(), to: pick(), k: 1, maxDepth: 4 }),
    () => fetch(`${base}/api/stats`),
    () => fetch(`${base}/api/documents`),
  ];
  const times: number[] = [];
  const failures = new Map<string, number>();
  let sent = 0;
  const end = Date.now() + SECONDS * 1000;
  const client = async () => {
    while (Date.now() < end && sent < MAX_REQUESTS) {
      sent += 1;
      const t = performance.now();
      try {
        const res = await calls[Math.floor(Math.random() * calls.length)]!();
        await res.arrayBuffer();
        if (res.status >= 500 || res.status === 429)
          failures.set(String(res.status), (failures.get(String(res.status)) ?? 0) + 1);
      } catch (e) {
        const key = (e as Error).message;
        failures.set(key, (failures.get(key) ?? 0) + 1);
      }
      times.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const errors = [...failures.values()].reduce((a, b) => a + b, 0);
  const detail = errors ? ` (${[...failures].map(([k, n]) => `${k}: ${n}`).join(", ")})` : "";
  return {
    errors,
    line: `${label.padEnd(9)} ${CLIENTS} clients ${seconds.toFixed(1)} s: ${times.length} requests, ${(times.length / seconds).toFixed(0)} rps, p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, errors ${errors}${detail}`,
  };
}

async function neo4jEnv(): Promise<NodeJS.ProcessEnv> {
  if (process.env.NEO4J_URI) return process.env;
  // @ts-expect-error plain ESM script without type declarations
  const launcher = await import("./neo4j.mjs");
  const started = await launcher.startNeo4j({ quiet: true });
  return {
    ...process.env,
    NEO4J_URI: started.uri,
    NEO4J_USER: started.user,
    NEO4J_PASSWORD: started.password,
  };
}

const lines: string[] = [];
let errors = 0;
for (const [label, env] of [
  ["embedded", { ...process.env, NEO4J_URI: "", KGX_DATA_DIR: mkdtempSync(join(tmpdir(), "kgx-load-")) }],
  ["neo4j", await neo4jEnv()],
] as const) {
  const server = await startServer({ ...env, HOST: "127.0.0.1" });
  try {
    const result = await run(label);
    lines.push(result.line);
    errors += result.errors;
    console.log(result.line);
  } finally {
    server.kill();
  }
}
process.exitCode = errors ? 1 : 0;
