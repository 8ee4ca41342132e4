/**
 * The evidence-search contract: full-text search over evidence sentences answers the same on every
 * store (embedded scan with BM25, Neo4j full-text index): which relations match, one hit per
 * relation with its best sentence, the order, the highlighted words and the hit's fields.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { relationId } from "../graph/ontology.ts";
import type { GraphStore } from "../graph/store/types.ts";
import { COSTA, contractGraph, DELTA, DOC_A, DOC_B, NAVY, RUIZ, TIDE } from "./fixtures/contract-graph.ts";

const THREATENS = relationId(RUIZ.id, "THREATENS", DELTA.id);
const LEADS = relationId(RUIZ.id, "LEADS", COSTA.id);
const TARGETS = relationId(NAVY.id, "TARGETS", DELTA.id);
const CONDUCTS = relationId(NAVY.id, "CONDUCTS", TIDE.id);
const byId = (...ids: string[]) => [...ids].sort();

/** Offsets of each word in `sentence` (first occurrence after the previous one). */
function spansOf(sentence: string, ...words: string[]): [number, number][] {
  let from = 0;
  return words.map((w) => {
    const start = sentence.indexOf(w, from);
    from = start + w.length;
    return [start, start + w.length];
  });
}

/** Registers the evidence-search suite for one store. */
export function runEvidenceSearchContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`evidence search contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await store.write(contractGraph());
    });

    it("lists the relations whose sentences hold a query word, the most matching sentence first", async () => {
      const hits = await store.searchEvidence("cartel lab");
      // S2 holds both words (TARGETS and CONDUCTS share it, ties by id), S1 holds "Cartel";
      // "Cartel's" in document B is one word, as Lucene's tokenizer cuts it.
      expect(hits.map((h) => h.relation)).toEqual([...byId(CONDUCTS, TARGETS), ...byId(LEADS, THREATENS)]);
      expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
      expect(hits[0]!.score).toBe(hits[1]!.score);
    });

    it("gives each hit its relation, both names, the sentence with its place and the matched words", async () => {
      const [hit] = await store
        .searchEvidence("lab", { limit: 5 })
        .then((h) => h.filter((x) => x.relation === TARGETS));
      const sentence = "The Costa Verde Navy raided a Delta Cartel lab under Operation Tidewater.";
      expect(hit).toMatchObject({
        relation: TARGETS,
        source: NAVY.id,
        target: DELTA.id,
        sourceName: "Costa Verde Navy",
        targetName: "Delta Cartel",
        type: "TARGETS",
        confidence: 0.8,
        sentence,
        document: DOC_A.id,
        documentTitle: DOC_A.title,
        date: "2025-03-01",
        matches: 1,
        spans: spansOf(sentence, "lab"),
      });
      expect(DOC_A.text.slice(hit!.start, hit!.end)).toBe(sentence);
    });

    it("keeps one hit per relation, with its best sentence and how many of its sentences match", async () => {
      const hits = await store.searchEvidence("Navy Tidewater");
      expect(hits.map((h) => h.relation)).toEqual([CONDUCTS, TARGETS]);
      const sentence = "The Costa Verde Navy conducts Operation Tidewater.";
      expect(hits[0]).toMatchObject({
        document: DOC_B.id,
        sentence,
        matches: 2,
        spans: spansOf(sentence, "Navy", "Tidewater"),
      });
      expect(hits[1]).toMatchObject({ matches: 1 });
    });

    it("ignores case, accents and stop words, and honours the limit", async () => {
      const folded = await store.searchEvidence("THE CÁRTEL of LAB");
      expect(folded.map((h) => h.relation)).toEqual(
        (await store.searchEvidence("cartel lab")).map((h) => h.relation),
      );
      expect((await store.searchEvidence("cartel lab", { limit: 1 })).map((h) => h.relation)).toEqual(
        byId(CONDUCTS, TARGETS).slice(0, 1),
      );
      expect(await store.searchEvidence("the of and")).toEqual([]);
      expect(await store.searchEvidence("zzzz-nothing")).toEqual([]);
      expect(await store.searchEvidence("  ")).toEqual([]);
    });
  });
}
