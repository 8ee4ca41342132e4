/**
 * `kgx reextract` and `kgx corrections` against the real Neo4j, as a user runs them: a reject
 * survives re-extraction of the real extractor's output, and the exported corrections imported
 * (twice) into a store reloaded from scratch reproduce the curated graph.
 */
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { makeCorrection } from "../../graph/corrections/ids.ts";
import type { SerializedGraph } from "../../graph/model.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";

const neo = inject("neo4j");
const dir = mkdtempSync(join(tmpdir(), "kgx-corr-neo4j-"));
const NEO = { NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password };
const DOC = "corpus/2026-01-08-land-strikes.txt";
const store = new Neo4jStore(neo);
afterAll(() => store.close());

function kgx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "node",
      ["bin/kgx.mjs", ...args],
      { env: { ...process.env, KGX_DATA_DIR: dir, ...NEO }, timeout: 120_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A serialized graph with nodes and edges in key order. */
const sorted = (g: SerializedGraph) => ({
  nodes: [...g.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)),
  edges: [...g.edges].sort((a, b) => (a.key < b.key ? -1 : 1)),
});

describe("kgx corrections on Neo4j", () => {
  it("a reject survives reextract; export, reload from scratch, import twice: the same curated graph", async () => {
    await store.init();
    await store.clear();
    expect((await kgx(["load", DOC, "-q"])).code).toBe(0);
    const [doc] = await store.documents();
    const mentioned = [...new Set((await store.document(doc!.id)).mentions.map((m) => m.entity))];
    const before = await store.subgraph(mentioned);
    const [edge] = before.edges;
    const reject = makeCorrection({ op: "reject", relation: edge!.key, reason: "not stated", author: "ana" });
    expect(await store.addCorrections([reject])).toEqual([reject]);
    await expect(store.relation(edge!.key)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const re = await kgx(["reextract", "-q"]);
    expect(re.code, re.stderr).toBe(0);
    expect(re.stdout).toMatch(
      /^1 documents re-extracted, 0 failed: 0 relations added, 0 removed, 0 changed type \(corrections replayed\)$/m,
    );
    await expect(store.relation(edge!.key)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const curated = await store.subgraph(mentioned);
    expect(curated.edges.map((e) => e.key).sort()).toEqual(
      before.edges
        .map((e) => e.key)
        .filter((k) => k !== edge!.key)
        .sort(),
    );

    const file = join(dir, "corrections.json");
    expect((await kgx(["corrections", "export", "-o", file])).code).toBe(0);
    await store.clear();
    expect((await kgx(["load", DOC, "-q"])).code).toBe(0);
    expect((await kgx(["corrections", "import", file])).stdout).toBe(
      "1 corrections imported, 0 already stored\n",
    );
    expect((await kgx(["corrections", "import", file])).stdout).toBe(
      "0 corrections imported, 1 already stored\n",
    );
    expect(sorted(await store.subgraph(mentioned))).toEqual(sorted(curated));
  }, 240_000);
});
