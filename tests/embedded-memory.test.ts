/**
 * The embedded store's compact memory (compact.ts, mentions.ts, texts.ts): an evidence sentence
 * found in its document's text is kept as a reference and still reads, spreads, serializes and
 * reloads as the same string; a sentence that is not there stays a string; mentions are packed
 * while plain and turn into a plain array (order kept) when a mention carries more; merging the
 * same spans again (a replayed journal line) adds nothing although no key sets are kept.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Interchange } from "../graph/interchange.ts";
import { createStoreGraph } from "../graph/ops/store-graph.ts";
import { isCompactSentence } from "../graph/store/embedded/compact.ts";
import { packedOf } from "../graph/store/embedded/mentions.ts";
import { mergeInterchange } from "../graph/store/embedded/merge.ts";
import { applyRecord, emptyState } from "../graph/store/embedded/persist.ts";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { TextFile } from "../graph/store/embedded/texts.ts";
import { contractGraph } from "./fixtures/contract-graph.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const TEXT = "Zürich said “no” to Kyiv 東京 🚀. Then Bern agreed.";
const record = (): Interchange => ({
  documents: [{ id: "doc:m", source: "m.txt", text: TEXT }],
  nodes: [
    {
      id: "Government:zurich",
      kind: "Government",
      name: "Zürich",
      aliases: [],
      mentions: [
        { document: "doc:m", start: 0, end: 6 },
        { document: "doc:m", start: 0, end: 6 },
      ],
    },
    {
      id: "Government:kyiv",
      kind: "Government",
      name: "Kyiv",
      aliases: [],
      mentions: [{ document: "doc:m", start: 20, end: 24 }],
    },
  ],
  edges: [
    {
      id: "Government:zurich|OPPOSES|Government:kyiv",
      source: "Government:zurich",
      target: "Government:kyiv",
      type: "OPPOSES",
      confidence: 0.7,
      evidence: [
        { document: "doc:m", sentence: TEXT.slice(0, 31), start: 0, end: 31, rule: "r", confidence: 0.7 },
        { document: "doc:m", sentence: "not in the text", start: 33, end: 48 },
      ],
    },
  ],
});

describe("embedded compact memory", () => {
  it("reads a span of a text alone exactly as String.slice, multi-byte and out of range included", () => {
    const file = new TextFile();
    const ref = file.put(TEXT);
    for (const [start, end] of [
      [0, 6],
      [12, 15],
      [25, 27],
      [28, 30],
      [30, 200],
      [5, 2],
      [0, TEXT.length],
    ] as const)
      expect(file.slice(ref, start, end)).toBe(TEXT.slice(start, end));
    expect(file.get(ref)).toBe(TEXT);
    file.close();
  });

  it("keeps a sentence found in its document as a reference that reads back as the same string", () => {
    const state = emptyState();
    applyRecord(state, record());
    const [inText, elsewhere] = state.graph.getEdgeAttribute(
      "Government:zurich|OPPOSES|Government:kyiv",
      "evidence",
    );
    expect(isCompactSentence(inText!)).toBe(true);
    expect(isCompactSentence(elsewhere!)).toBe(false);
    expect(inText!.sentence).toBe("Zürich said “no” to Kyiv 東京 🚀.");
    expect({ ...inText }).toEqual(record().edges[0]!.evidence[0]);
    expect(JSON.parse(JSON.stringify(inText))).toEqual(record().edges[0]!.evidence[0]);
    expect(Object.keys(inText!)).toEqual(Object.keys(record().edges[0]!.evidence[0]!));
    expect(structuredClone(inText)).toEqual(record().edges[0]!.evidence[0]);
    expect(elsewhere).toEqual(record().edges[0]!.evidence[1]);
  });

  it("packs plain mentions, keeps order when one carries its text, and dedups a replay", () => {
    const graph = createStoreGraph();
    expect(mergeInterchange(graph, record(), new Set())).toEqual({ entities: 2, relations: 1, evidence: 2 });
    expect(mergeInterchange(graph, record(), new Set())).toEqual({ entities: 0, relations: 0, evidence: 0 });
    const zurich = graph.getNodeAttributes("Government:zurich");
    expect(packedOf(zurich)?.length).toBe(1);
    expect(zurich.mentions).toEqual([{ document: "doc:m", start: 0, end: 6 }]);
    const more = record();
    more.nodes[0]!.mentions = [
      { document: "doc:m", start: 37, end: 41, text: "Bern" },
      { document: "doc:m", start: 0, end: 6 },
    ];
    mergeInterchange(graph, { ...more, edges: [] }, new Set());
    expect(packedOf(zurich)).toBeUndefined();
    expect(zurich.mentions).toEqual([
      { document: "doc:m", start: 0, end: 6 },
      { document: "doc:m", start: 37, end: 41, text: "Bern" },
    ]);
    expect(graph.getEdgeAttribute("Government:zurich|OPPOSES|Government:kyiv", "evidence")).toHaveLength(2);
  });

  it("gives the same graph after a snapshot is written and read again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kgx-memory-"));
    dirs.push(dir);
    const path = join(dir, "graph.json");
    const a = new EmbeddedStore({ path });
    await a.init();
    await a.write(contractGraph());
    await a.write(record());
    const ids = [...contractGraph().nodes, ...record().nodes].map((n) => n.id);
    const before = await a.exportInterchange(ids);
    const b = new EmbeddedStore({ path });
    await b.init();
    expect(await b.exportInterchange(ids)).toEqual(before);
    expect(
      (await b.relation("Government:zurich|OPPOSES|Government:kyiv")).evidence.map((x) => x.sentence),
    ).toEqual(["Zürich said “no” to Kyiv 東京 🚀.", "not in the text"]);
    expect((await b.document("doc:m")).mentions).toEqual([
      { entity: "Government:zurich", start: 0, end: 6 },
      { entity: "Government:kyiv", start: 20, end: 24 },
    ]);
  });
});
