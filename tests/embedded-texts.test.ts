/**
 * The embedded store's texts out of the heap (graph/store/embedded/texts.ts): every text comes
 * back exactly as put (empty, multi-byte, many), and a stored document's text survives the
 * document view, the export and a snapshot written and read again.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { TextFile } from "../graph/store/embedded/texts.ts";
import { contractGraph } from "./fixtures/contract-graph.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe("texts out of the heap", () => {
  it("gives back every text exactly as put", () => {
    const file = new TextFile();
    const samples = ["", "plain", "Zürich – Kyiv ‘quoted’ 東京 🚀", "x".repeat(100_000)];
    const refs = samples.map((t) => file.put(t));
    expect(refs.map((r) => file.get(r))).toEqual(samples);
    expect(file.get(refs[2]!)).toBe(samples[2]);
    file.close();
  });

  it("keeps document texts through the document view, export and a reloaded snapshot", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgx-texts-"));
    dirs.push(dir);
    const graph = contractGraph();
    const path = join(dir, "graph.json");
    const store = new EmbeddedStore({ path });
    await store.init();
    await store.write(graph);
    await store.clear();
    await store.write(graph);
    const expected = Object.fromEntries(graph.documents.map((d) => [d.id, d.text]));
    for (const d of graph.documents) expect((await store.document(d.id)).text).toBe(d.text);
    const exported = await store.exportInterchange(graph.nodes.map((n) => n.id));
    expect(Object.fromEntries(exported.documents.map((d) => [d.id, d.text]))).toEqual(expected);
    const again = new EmbeddedStore({ path });
    await again.init();
    for (const d of graph.documents) expect((await again.document(d.id)).text).toBe(d.text);
  });
});
