/**
 * The `kgx` command line as a user runs it (a child process of bin/kgx.mjs) over the embedded
 * store in a temporary data directory: help, extract, load with bad files, idempotent reload,
 * query without Neo4j, export, and configuration errors.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { InterchangeSchema } from "../graph/interchange.ts";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let dataDir: string;

function kgx(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env, KGX_DATA_DIR: dataDir, NEO4J_URI: "", NEO4J_PASSWORD: "", ...env };
  return new Promise((resolve) => {
    execFile("node", ["bin/kgx.mjs", ...args], { env: base, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "kgx-cli-"));
});

describe("kgx", () => {
  it.each([[[]], [["load"]], [["extract"]], [["query"]], [["export"]], [["serve"]]])(
    "%j --help explains itself",
    async (cmd) => {
      const r = await kgx([...cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: kgx/);
    },
  );

  it("extract writes interchange JSON without a store", async () => {
    const out = join(dataDir, "extract", "graph.json");
    const r = await kgx(["extract", "corpus", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const graph = InterchangeSchema.parse(JSON.parse(await readFile(out, "utf8")));
    expect(graph.documents.length).toBe(5);
    expect(graph.nodes.length).toBeGreaterThan(5);
    expect(graph.edges.length).toBeGreaterThan(3);
    expect(graph.edges.every((e) => e.evidence.length > 0)).toBe(true);
  });

  it("load reports bad files, loads the good ones, exits 1, and a rerun changes nothing", async () => {
    const input = join(dataDir, "input");
    await mkdir(input, { recursive: true });
    await writeFile(join(input, "good.txt"), "President Ana Ruiz of Costa Verde warned the Delta Cartel.");
    await writeFile(join(input, "bad.jsonl"), '{"text": "The Costa Verde Navy raided a lab."}\n{oops\n');
    await writeFile(join(input, "empty.md"), "");
    const first = await kgx(["load", input]);
    expect(first.code).toBe(1);
    expect(first.stderr).toContain("bad.jsonl:2");
    expect(first.stderr).toContain("empty.md");
    expect(first.stdout).toMatch(/2 documents loaded/);
    const stored = JSON.parse(await readFile(join(dataDir, "graph.json"), "utf8"));
    const second = await kgx(["load", input]);
    expect(second.stdout).toMatch(/0 documents loaded, 2 already stored/);
    expect(JSON.parse(await readFile(join(dataDir, "graph.json"), "utf8"))).toEqual(stored);
  });

  it("query without Neo4j says how to start it", async () => {
    const r = await kgx(["query", "MATCH (n) RETURN n"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("npm run neo4j");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("export writes a subgraph in the interchange format", async () => {
    await kgx(["load", "corpus", "-q"]);
    const r = await kgx(["export", "--entity", "Claudia Sheinbaum", "--depth", "1", "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const g = InterchangeSchema.parse(JSON.parse(r.stdout));
    expect(g.nodes.some((n) => n.name === "Claudia Sheinbaum")).toBe(true);
    const missing = await kgx(["export", "--entity", "Nobody Anywhere"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No entity named "Nobody Anywhere"');
  });

  it("a bad NEO4J_URI is one sentence naming the variable", async () => {
    const r = await kgx(["load", "corpus"], { NEO4J_URI: "http://localhost:7474", NEO4J_PASSWORD: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kgx: Configuration: NEO4J_URI must start with bolt:\/\//);
  });
});
