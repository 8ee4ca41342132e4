/**
 * The embedded store's read caches (unfiltered path adjacency per graph, folded search forms)
 * never serve a stale answer: a write that adds a shortcut changes the next path, a new entity is
 * found by the next search, and a filtered path still skips what the filter drops.
 */
import { describe, expect, it } from "vitest";
import type { Interchange } from "../graph/interchange.ts";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";

const doc = { id: "doc:c", source: "c.txt", title: "C", text: "A warned B." };
const node = (name: string) => ({
  id: `person:${name.toLowerCase()}`,
  kind: "Person" as const,
  name,
  aliases: [],
  mentions: [],
});
const edge = (a: string, b: string, confidence = 0.9) => ({
  id: `person:${a}|THREATENS|person:${b}`,
  source: `person:${a}`,
  target: `person:${b}`,
  type: "THREATENS" as const,
  confidence,
  evidence: [{ document: "doc:c", sentence: "A warned B.", start: 0, end: 11, cue: "warned", rule: "t" }],
});
const chain: Interchange = {
  documents: [doc],
  nodes: ["Anna", "Bela", "Cora", "Dana"].map(node),
  edges: [edge("anna", "bela"), edge("bela", "cora"), edge("cora", "dana")],
};

describe("embedded read caches", () => {
  it("a write that adds a shortcut changes the next path; a filter still applies", async () => {
    const store = new EmbeddedStore();
    await store.init();
    await store.write(chain);
    expect((await store.paths("person:anna", "person:dana")).paths).toEqual([
      ["person:anna", "person:bela", "person:cora", "person:dana"],
    ]);
    await store.write({
      documents: [{ ...doc, id: "doc:d" }],
      nodes: [],
      edges: [
        {
          ...edge("anna", "dana", 0.5),
          evidence: [{ ...edge("anna", "dana").evidence[0]!, document: "doc:d" }],
        },
      ],
    });
    expect((await store.paths("person:anna", "person:dana")).paths).toEqual([["person:anna", "person:dana"]]);
    expect((await store.paths("person:anna", "person:dana", { minConfidence: 0.8 })).paths).toEqual([
      ["person:anna", "person:bela", "person:cora", "person:dana"],
    ]);
  });

  it("a new entity is found by the next search", async () => {
    const store = new EmbeddedStore();
    await store.init();
    await store.write(chain);
    expect((await store.search("Elif")).map((h) => h.id)).toEqual([]);
    await store.write({ documents: [{ ...doc, id: "doc:e" }], nodes: [node("Élif")], edges: [] });
    expect((await store.search("elif")).map((h) => h.id)).toEqual(["person:élif"]);
  });
});
