/**
 * The embedded store: the shared contract, plus persistence to its JSON file (atomic, reloaded on
 * init) and a corrupt file reported with a code.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { isAppError } from "../src/errors.ts";
import { contractGraph } from "./fixtures/contract-graph.ts";
import { runStoreContract } from "./store.contract.ts";

runStoreContract("embedded", async () => {
  const store = new EmbeddedStore();
  await store.init();
  return store;
});

describe("embedded store persistence", () => {
  it("persists to its file and reloads the same graph", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "kgx-emb-")), "graph.json");
    const a = new EmbeddedStore({ path });
    await a.init();
    await a.write(contractGraph());
    const b = new EmbeddedStore({ path });
    await b.init();
    expect(await b.stats()).toEqual(await a.stats());
    expect((await b.document("doc:contract-a")).text).toContain("Ana Ruiz");
    expect(JSON.parse(await readFile(path, "utf8")).documents.length).toBe(2);
  });

  it("reports a corrupt store file with INPUT_MALFORMED", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "kgx-emb-")), "graph.json");
    await writeFile(path, JSON.stringify({ nodes: [{ id: 1 }] }));
    const store = new EmbeddedStore({ path });
    await expect(store.init()).rejects.toSatisfy((e) => isAppError(e, "INPUT_MALFORMED"));
  });

  it("refuses Cypher with NEO4J_REQUIRED", async () => {
    const store = new EmbeddedStore();
    await expect(store.query()).rejects.toSatisfy((e) => isAppError(e, "NEO4J_REQUIRED"));
  });
});
