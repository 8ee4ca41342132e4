/**
 * `kgx` against the real Neo4j, as a user runs it: load the sample corpus (idempotently), query
 * read-only in each format, refuse a write, and export the report of issue 5 on both stores.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";

const neo = inject("neo4j");
const dir = mkdtempSync(join(tmpdir(), "kgx-cli-neo4j-"));

function kgx(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "node",
      ["bin/kgx.mjs", ...args],
      { env: { ...process.env, KGX_DATA_DIR: dir, ...env }, timeout: 90_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

const NEO = { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
const EMBEDDED = { NEO4J_URI: "", NEO4J_PASSWORD: "" };

beforeAll(async () => {
  const store = new Neo4jStore(neo);
  await store.init();
  await store.clear();
  await store.close();
});

describe("kgx on Neo4j", () => {
  it("loads the sample corpus once; a second load changes nothing", async () => {
    const first = await kgx(["load", "corpus", "-q"], NEO);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/5 documents loaded.*-> neo4j store/);
    const second = await kgx(["load", "corpus", "-q"], NEO);
    expect(second.stdout).toMatch(/0 documents loaded, 5 already stored, 0 new entities, 0 new relations/);
  });

  it.each([
    ["table", /name\s+\|/],
    ["json", /^\[/],
    ["csv", /^name,kind/],
  ])("queries read-only as %s", async (format, shape) => {
    const r = await kgx(
      [
        "query",
        "MATCH (e:Entity {kind: $kind}) RETURN e.name AS name, e.kind AS kind ORDER BY name",
        "--param",
        "kind=Person",
        "--format",
        format,
      ],
      NEO,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(shape);
    expect(r.stdout).toContain("Claudia Sheinbaum");
  });

  it("refuses a write with one clear sentence", async () => {
    const r = await kgx(["query", "CREATE (n:Hack)"], NEO);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kgx: This console is read-only/);
  });

  it("says what to do with a wrong password", async () => {
    const r = await kgx(["load", "corpus"], { ...NEO, NEO4J_PASSWORD: "wrong-password" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kgx: Neo4j at .* refused the credentials/);
  });

  it.each([
    ["neo4j", NEO],
    ["embedded", EMBEDDED],
  ])("exports the report for Claudia Sheinbaum at depth 2 (%s store)", async (_name, env) => {
    if (env === EMBEDDED) await kgx(["load", "corpus", "-q"], env);
    const out = join(dir, `report-${_name}.html`);
    const r = await kgx(
      ["export", "--entity", "Claudia Sheinbaum", "--depth", "2", "--format", "report", "-o", out],
      env,
    );
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toContain("<h1>Claudia Sheinbaum (depth 2)</h1>");
    expect(html).toMatch(/Claudia Sheinbaum — LEADS → Mexico/);
    expect(html).toContain("<mark>");
    expect(html).toContain("<svg");
  });
});
