/**
 * The embedded store shared by processes, as users run them (child processes of bin/kgx.mjs):
 * two concurrent `kgx load` of different documents keep every document, a server started before a
 * load answers for the new documents, and a truncated store is one sentence naming the file.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { syntheticTexts } from "../scripts/lib/synthetic-text.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function kgx(dataDir: string, args: string[]): Promise<Run> {
  const env = { ...process.env, KGX_DATA_DIR: dataDir, NEO4J_URI: "", NEO4J_PASSWORD: "" };
  return new Promise((resolve) => {
    execFile("node", ["bin/kgx.mjs", ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Writes `count` generated articles (from `first`) as .txt files into a new directory. */
async function articles(root: string, name: string, first: number, count: number): Promise<string> {
  const dir = join(root, name);
  await mkdir(dir, { recursive: true });
  const texts = syntheticTexts(first + count, 12).slice(first);
  await Promise.all(texts.map((t, i) => writeFile(join(dir, `${first + i}.txt`), t.text)));
  return dir;
}

const servers: ChildProcess[] = [];
afterAll(() => {
  for (const s of servers) s.kill();
});

describe("embedded store shared by processes", () => {
  it("two concurrent loads of different documents keep every document", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-conc-"));
    const [a, b] = await Promise.all([articles(root, "a", 0, 45), articles(root, "b", 45, 45)]);
    const data = join(root, "data");
    const runs = await Promise.all([kgx(data, ["load", a, "-q"]), kgx(data, ["load", b, "-q"])]);
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(runs.map((r) => /(\d+) documents loaded/.exec(r.stdout)?.[1])).toEqual(["45", "45"]);
    const store = new EmbeddedStore({ path: join(data, "graph.json") });
    await store.init();
    expect((await store.documents()).length).toBe(90);
  }, 180_000);

  it("a server started before a load answers for the new documents", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-serve-"));
    const data = join(root, "data");
    const env = { ...process.env, KGX_DATA_DIR: data, NEO4J_URI: "", NEO4J_PASSWORD: "" };
    const server = spawn("node", ["bin/kgx.mjs", "serve", "--port", "0"], { env });
    servers.push(server);
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout.on("data", (chunk) => {
        out += chunk;
        const m = /at (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const before = await (await fetch(`${url}api/stats`)).json();
    expect(before.documents).toBe(0);
    const load = await kgx(data, ["load", await articles(root, "in", 0, 10), "-q"]);
    expect(load.code, load.stderr).toBe(0);
    const after = await (await fetch(`${url}api/stats`)).json();
    expect(after.documents).toBe(10);
    const hits = await (await fetch(`${url}api/search?q=Sheinbaum`)).json();
    expect(JSON.stringify(hits)).toContain("Claudia Sheinbaum");
  }, 120_000);

  it("a load killed half-way loses nothing stored before and a rerun duplicates nothing", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-kill-"));
    const input = await articles(root, "in", 0, 150);
    const killed = join(root, "killed");
    const env = { ...process.env, KGX_DATA_DIR: killed, KGX_WORKERS: "1", NEO4J_URI: "", NEO4J_PASSWORD: "" };
    const child = spawn("node", ["bin/kgx.mjs", "load", input, "-q"], { env });
    const exited = new Promise((resolve) => child.once("exit", resolve));
    while (!(await stat(join(killed, "graph.json")).catch(() => undefined))) await sleep(20);
    child.kill("SIGKILL");
    await exited;
    const partial = new EmbeddedStore({ path: join(killed, "graph.json") });
    await partial.init();
    const before = (await partial.documents()).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(150);
    const rerun = await kgx(killed, ["load", input, "-q"]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`${150 - before} documents loaded, ${before} already stored`);
    const clean = join(root, "clean");
    expect((await kgx(clean, ["load", input, "-q"])).code).toBe(0);
    const stats = async (dir: string) => {
      const store = new EmbeddedStore({ path: join(dir, "graph.json") });
      await store.init();
      return store.stats();
    };
    expect(await stats(killed)).toEqual(await stats(clean));
  }, 180_000);

  it("a truncated store stops load and serve with one sentence naming the file, left untouched", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-corrupt-"));
    const data = join(root, "data");
    const input = await articles(root, "in", 0, 3);
    expect((await kgx(data, ["load", input, "-q"])).code).toBe(0);
    const file = join(data, "graph.json");
    const whole = await readFile(file);
    const truncated = whole.subarray(0, Math.floor(whole.length / 2));
    await writeFile(file, truncated);
    for (const args of [
      ["load", input, "-q"],
      ["serve", "--port", "0"],
    ]) {
      const r = await kgx(data, args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^kgx: The embedded store file ${file} is damaged .*\\.\\n$`));
      expect(r.stderr.split("\n")).toHaveLength(2);
      expect(Buffer.compare(await readFile(file), truncated)).toBe(0);
    }
  }, 60_000);
});
