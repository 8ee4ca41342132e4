/**
 * The corrections contract every store passes (embedded and Neo4j): corrections survive reloads,
 * new documents and re-extraction, undo restores, and a list moved to an empty store reproduces
 * the curated graph. `makeStore` returns a fresh, initialised store.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { exportGraph } from "../../graph/export/index.ts";
import type { Interchange } from "../../graph/interchange.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import { isAppError } from "../../src/errors.ts";
import { corr, extracted, TEXT } from "./fixture.ts";

const RAC = "institution:russian-africa-corps";
const AC = "institution:africa-corps";
const MALI = "government:mali";
const REBELS = "institution:rebels";
const ALL = [RAC, AC, "government:russia", MALI, REBELS];

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
  }
}

/** A second article that uses the merged alias "Africa Corps". */
function newArticle(): Interchange {
  const text = "Africa Corps raided a village near the rebels.";
  return {
    documents: [{ id: "doc:2", source: "two.txt", title: "Two", text }],
    nodes: [
      {
        id: AC,
        kind: "Institution",
        name: "Africa Corps",
        aliases: [],
        mentions: [{ document: "doc:2", start: 0, end: 12 }],
      },
      {
        id: REBELS,
        kind: "Institution",
        name: "rebels",
        aliases: [],
        mentions: [{ document: "doc:2", start: 39, end: 45 }],
      },
    ],
    edges: [
      {
        id: `${AC}|TARGETS|${REBELS}`,
        source: AC,
        target: REBELS,
        type: "TARGETS",
        confidence: 0.7,
        evidence: [{ document: "doc:2", sentence: text, start: 0, end: text.length, rule: "test" }],
      },
    ],
  };
}

/** The curated graph as comparable JSON. */
async function curated(store: GraphStore) {
  const g = await store.subgraph(ALL);
  return {
    nodes: g.nodes
      .map((n) => ({ key: n.key, name: n.attributes.name, kind: n.attributes.kind }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
    edges: g.edges
      .map((e) => ({ key: e.key, count: e.attributes.evidenceCount, curation: e.attributes.curation }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

/** Registers the corrections contract for one store. */
export function runCorrectionsContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`corrections contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      await store.clear();
      await store.write(extracted());
    });

    it("merge, then reload the corpus and load a new document using the merged alias: one actor", async () => {
      const merge = corr({ op: "merge", from: AC, into: RAC });
      expect(await store.addCorrections([merge])).toEqual([merge]);
      expect(await code(store.entity(AC))).toBe("NOT_FOUND");
      await store.write(extracted());
      await store.write(newArticle());
      expect(await code(store.entity(AC))).toBe("NOT_FOUND");
      const rac = await store.entity(RAC);
      expect(rac.aliases).toEqual(["Africa Corps", "AC"]);
      expect(rac.documents.map((d) => d.id).sort()).toEqual(["doc:1", "doc:2"]);
      expect((await store.relation(`${RAC}|TARGETS|${REBELS}`)).evidence).toHaveLength(1);
      expect((await store.search("Africa Corps")).map((h) => h.id)).toEqual([RAC]);
      expect((await store.stats()).entities).toBe(4);
    });

    it("two analysts merging the same pair give one merge; undo restores both actors", async () => {
      const a = corr({ op: "merge", from: AC, into: RAC, author: "ana" });
      const b = corr({ op: "merge", from: AC, into: RAC, author: "bob" });
      const [first, second] = await Promise.all([store.addCorrections([a]), store.addCorrections([b])]);
      expect(first.length + second.length).toBeGreaterThanOrEqual(1);
      expect((await store.corrections()).map((c) => c.id)).toEqual([a.id]);
      const before = await store.entity(RAC);
      expect(before.aliases).toContain("Africa Corps");
      expect((await store.removeCorrection(a.id)).id).toBe(a.id);
      expect(await store.corrections()).toEqual([]);
      expect((await store.entity(RAC)).aliases).toEqual([]);
      expect((await store.entity(AC)).aliases).toEqual(["AC"]);
      expect((await store.relation(`${AC}|THREATENS|${REBELS}`)).evidence).toHaveLength(1);
      expect(await code(store.relation(`${RAC}|THREATENS|${REBELS}`))).toBe("NOT_FOUND");
      expect(await code(store.removeCorrection(a.id))).toBe("NOT_FOUND");
    });

    it("reject, then re-extract: still rejected, kept with its reason", async () => {
      const id = `${MALI}|OPPOSES|${REBELS}`;
      const reject = corr({ op: "reject", relation: id, reason: "the sentence reports, it does not oppose" });
      await store.addCorrections([reject]);
      expect(await code(store.relation(id))).toBe("NOT_FOUND");
      const stats = await store.replaceExtraction(extracted());
      expect(stats).toEqual({ documents: 1, added: [], removed: [], changedType: [] });
      expect(await code(store.relation(id))).toBe("NOT_FOUND");
      expect(await store.rejectedRelations()).toEqual([
        {
          id,
          source: MALI,
          target: REBELS,
          type: "OPPOSES",
          correction: reject.id,
          reason: "the sentence reports, it does not oppose",
          evidenceCount: 1,
        },
      ]);
      expect((await store.subgraph([MALI, REBELS])).edges).toEqual([]);
    });

    it("a relation added from a sentence carries its offsets and rule analyst, and survives re-extraction", async () => {
      const start = 0;
      const end = TEXT.indexOf(".") + 1;
      const add = corr({
        op: "addRelation",
        source: RAC,
        target: MALI,
        type: "TARGETS",
        evidence: { document: "doc:1", start, end, sentence: TEXT.slice(start, end) },
      });
      const confirm = corr({ op: "confirm", relation: `${MALI}|OPPOSES|${REBELS}` });
      await store.addCorrections([add, confirm]);
      const check = async () => {
        const r = await store.relation(`${RAC}|TARGETS|${MALI}`);
        expect(r.evidence).toEqual([
          {
            document: "doc:1",
            sentence: "Russian Africa Corps fighters arrived in Mali.",
            start,
            end,
            rule: "analyst",
            confidence: 1,
            documentTitle: "Test",
          },
        ]);
        const g = await store.subgraph([RAC, MALI, REBELS]);
        expect(Object.fromEntries(g.edges.map((e) => [e.key, e.attributes.curation ?? null]))).toEqual({
          [`${RAC}|TARGETS|${MALI}`]: "analyst",
          [`${MALI}|OPPOSES|${REBELS}`]: "confirmed",
        });
      };
      await check();
      const exported = await store.exportInterchange([RAC, MALI, REBELS]);
      expect(Object.fromEntries(exported.edges.map((e) => [e.id, e.curation ?? null]))).toEqual({
        [`${RAC}|TARGETS|${MALI}`]: "analyst",
        [`${MALI}|OPPOSES|${REBELS}`]: "confirmed",
      });
      const md = String(exportGraph(exported, "md").body);
      expect(md).toContain("confidence 1.00 · added by an analyst");
      expect(md).toContain("· confirmed by an analyst");
      const changed = extracted();
      changed.edges = changed.edges.filter((e) => e.type !== "THREATENS");
      const stats = await store.replaceExtraction(changed);
      expect(stats.removed).toEqual([`${AC}|THREATENS|${REBELS}`]);
      await check();
    });

    it("corrections exported and imported into an empty store reproduce the curated graph", async () => {
      await store.addCorrections([
        corr({ op: "merge", from: AC, into: RAC }),
        corr({ op: "rename", actor: RAC, name: "Africa Corps (Russia)" }),
        corr({ op: "kind", actor: REBELS, kind: "Cartel" }),
        corr({ op: "reject", relation: `${MALI}|OPPOSES|${REBELS}`, reason: "wrong" }),
        corr({
          op: "addRelation",
          source: "government:russia",
          target: RAC,
          type: "LEADS",
          note: "stated in a later briefing",
        }),
      ]);
      const list = await store.corrections();
      const want = await curated(store);
      expect(want.nodes.find((n) => n.key === RAC)?.name).toBe("Africa Corps (Russia)");
      const other = await makeStore();
      await other.clear();
      await other.write(extracted());
      expect(await other.addCorrections(list)).toHaveLength(5);
      expect(await curated(other)).toEqual(want);
      expect(await other.addCorrections(list)).toEqual([]);
      expect(await other.corrections()).toEqual(list);
      expect(await curated(other)).toEqual(want);
    });
  });
}
