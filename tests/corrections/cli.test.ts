/**
 * The corrections commands as users run them (child processes of bin/kgx.mjs on an embedded
 * store): a reject survives `kgx reextract`, which prints what changed; corrections exported from
 * one store and imported into another twice are imported once; a bad file names entry and field.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeCorrection } from "../../graph/corrections/ids.ts";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";

const DOC = "corpus/2026-01-08-land-strikes.txt";

function kgx(dataDir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KGX_DATA_DIR: dataDir, NEO4J_URI: "", NEO4J_PASSWORD: "" };
  return new Promise((resolve) => {
    execFile("node", ["bin/kgx.mjs", ...args], { env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

async function storeAt(dataDir: string): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ path: join(dataDir, "graph.json") });
  await store.init();
  return store;
}

describe("kgx corrections and kgx reextract", () => {
  it("a reject survives reextract; export then import twice into another store imports once", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-corr-cli-"));
    const a = join(root, "a");
    expect((await kgx(a, ["load", DOC, "-q"])).code).toBe(0);
    const store = await storeAt(a);
    const [doc] = await store.documents();
    const mentioned = (await store.document(doc!.id)).mentions.map((m) => m.entity);
    const [edge] = (await store.subgraph(mentioned)).edges;
    expect(edge).toBeDefined();
    const reject = makeCorrection({ op: "reject", relation: edge!.key, reason: "not stated", author: "ana" });
    await store.addCorrections([reject]);
    await store.close();

    const re = await kgx(a, ["reextract", "-q"]);
    expect(re.code, re.stderr).toBe(0);
    expect(re.stdout).toMatch(
      /^1 documents re-extracted, 0 failed: 0 relations added, 0 removed, 0 changed type \(corrections replayed\)$/m,
    );
    const after = await storeAt(a);
    await expect(after.relation(edge!.key)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await after.rejectedRelations()).map((r) => r.id)).toEqual([edge!.key]);

    const file = join(root, "corrections.json");
    expect((await kgx(a, ["corrections", "export", "-o", file])).code).toBe(0);
    const b = join(root, "b");
    expect((await kgx(b, ["load", DOC, "-q"])).code).toBe(0);
    const first = await kgx(b, ["corrections", "import", file]);
    expect(first.stdout).toBe("1 corrections imported, 0 already stored\n");
    const second = await kgx(b, ["corrections", "import", file]);
    expect(second.stdout).toBe("0 corrections imported, 1 already stored\n");
    const other = await storeAt(b);
    await expect(other.relation(edge!.key)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await kgx(b, ["corrections", "list"])).stdout).toContain(
      `${reject.id} reject by ana: `.slice(0, -2),
    );
  }, 180_000);

  it("a bad corrections file names the entry and the field", async () => {
    const root = await mkdtemp(join(tmpdir(), "kgx-corr-bad-"));
    const file = join(root, "bad.json");
    await writeFile(
      file,
      JSON.stringify({
        corrections: [
          {
            op: "reject",
            relation: "no-bars",
            reason: "x",
            id: "x",
            author: "a",
            at: "2026-01-01T00:00:00Z",
          },
        ],
      }),
    );
    const run = await kgx(join(root, "data"), ["corrections", "import", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "entry 0 (corrections[0]), field relation: must be a relation id: source|TYPE|target",
    );
  }, 60_000);
});
