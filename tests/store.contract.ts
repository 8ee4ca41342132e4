/**
 * The store contract: one suite that every GraphStore must pass (embedded and Neo4j). Call
 * `runStoreContract(name, makeStore)` from a test file; `makeStore` returns a fresh, initialised
 * store over an empty database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type RelationType, relationId } from "../graph/ontology.ts";
import type { GraphStore } from "../graph/store/types.ts";
import { isAppError } from "../src/errors.ts";
import {
  ALLIANCE,
  COSTA,
  contractGraph,
  DELTA,
  DOC_A,
  DOC_B,
  NAVY,
  PARDO,
  RUIZ,
  TIDE,
} from "./fixtures/contract-graph.ts";

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isAppError(e) ? e.code : `not an AppError: ${String(e)}`;
  }
}

/** Registers the contract suite for one store. */
export function runStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`store contract: ${name}`, () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await store.write(contractGraph());
    });

    it("counts what was written", async () => {
      const s = await store.stats();
      expect(s).toMatchObject({ documents: 2, entities: 7, relations: 7, evidence: 8 });
      expect(s.byKind).toMatchObject({ Person: 2, Government: 1, Cartel: 1, Institution: 2, Operation: 1 });
    });

    it("writing the same graph again changes nothing", async () => {
      const before = await store.stats();
      const second = await store.write(contractGraph());
      expect(second.skippedDocuments).toBe(2);
      expect(await store.stats()).toEqual(before);
      expect(await store.completedDocuments([DOC_A.id, DOC_B.id, "doc:unknown"])).toEqual(
        new Set([DOC_A.id, DOC_B.id]),
      );
    });

    it("ranks the most connected actors by degree, then name", async () => {
      const g = contractGraph();
      const degree = new Map<string, number>();
      for (const r of g.edges) {
        degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
        degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
      }
      const expected = g.nodes
        .map((e) => ({ id: e.id, name: e.name, kind: e.kind, degree: degree.get(e.id) ?? 0 }))
        .sort((a, b) => b.degree - a.degree || (a.name < b.name ? -1 : 1));
      expect(await store.topEntities(3)).toEqual(expected.slice(0, 3));
      expect(await store.topEntities(50)).toEqual(expected);
      expect(expected[0]!.degree).toBeGreaterThan(expected[2]!.degree);
    });

    it("gives each relation's evidence pieces (date, document) in one call, unknown ids left out", async () => {
      const edges = contractGraph().edges;
      const key = (p: { date?: string; document: string }) => `${p.document} ${p.date ?? ""}`;
      const expected = Object.fromEntries(
        edges.map((e) => [
          e.id,
          e.evidence
            .map((v) => (v.date ? { date: v.date, document: v.document } : { document: v.document }))
            .sort((a, b) => key(a).localeCompare(key(b))),
        ]),
      );
      expect(await store.relationEvidence([...edges.map((e) => e.id), "rel:unknown"])).toEqual(expected);
      expect(Object.values(expected).some((d) => new Set(d.map((p) => p.date)).size > 1)).toBe(true);
    });

    it("searches names and aliases, ranked, with a kind filter", async () => {
      expect((await store.search("Ana Ruiz"))[0]?.id).toBe(RUIZ.id);
      expect((await store.search("tidewat"))[0]?.id).toBe(TIDE.id);
      expect((await store.search("Cártel del Delta"))[0]?.id).toBe(DELTA.id);
      const institutions = await store.search("costa verde", { kinds: ["Institution"] });
      expect(institutions.map((h) => h.id)).toEqual([NAVY.id]);
      expect(await store.search("zzzz-nothing")).toEqual([]);
    });

    it("gives entity detail with degree and documents, and NOT_FOUND for unknown ids", async () => {
      const navy = await store.entity(NAVY.id);
      expect(navy).toMatchObject({ name: "Costa Verde Navy", kind: "Institution", degree: 2 });
      expect(navy.documents.map((d) => d.id).sort()).toEqual([DOC_A.id, DOC_B.id]);
      expect(await code(store.entity("person:nobody"))).toBe("NOT_FOUND");
    });

    it("traces every relation to sentences that slice the document text", async () => {
      for (const edge of contractGraph().edges) {
        const r = await store.relation(edge.id);
        expect(r.evidence.length).toBe(edge.evidence.length);
        for (const ev of r.evidence) {
          const doc = await store.document(ev.document);
          expect(doc.text.slice(ev.start, ev.end)).toBe(ev.sentence);
        }
      }
      expect(await code(store.relation("nope|THREATENS|nope"))).toBe("NOT_FOUND");
    });

    it("returns document text with mention and evidence spans", async () => {
      const d = await store.document(DOC_B.id);
      expect(d.text).toBe(DOC_B.text);
      expect(d.title).toBe(DOC_B.title);
      expect(d.evidence.length).toBe(3);
      expect(d.mentions.some((m) => m.entity === PARDO.id)).toBe(true);
      expect(await code(store.document("doc:none"))).toBe("NOT_FOUND");
      expect((await store.documents()).map((x) => x.id).sort()).toEqual([DOC_A.id, DOC_B.id]);
    });

    it("expands neighbourhoods with depth, filters and a limit", async () => {
      const one = await store.neighbourhood([DELTA.id], { depth: 1 });
      expect(one.graph.nodes.map((n) => n.key).sort()).toEqual([DELTA.id, NAVY.id, PARDO.id, RUIZ.id].sort());
      const two = await store.neighbourhood([DELTA.id], { depth: 2 });
      expect(two.graph.nodes.map((n) => n.key)).toContain(COSTA.id);
      const typed = await store.neighbourhood([DELTA.id], { types: ["THREATENS"] });
      expect(typed.graph.edges.map((e) => e.attributes.type)).toEqual(["THREATENS"]);
      const confident = await store.neighbourhood([DELTA.id], { minConfidence: 0.85 });
      expect(confident.graph.edges.map((e) => e.source)).toEqual([RUIZ.id]);
      const dated = await store.neighbourhood([DELTA.id], { from: "2025-04-01" });
      expect(dated.graph.edges.map((e) => e.source)).toEqual([PARDO.id]);
      const docs = await store.neighbourhood([NAVY.id], { documents: [DOC_B.id] });
      expect(docs.graph.edges.map((e) => e.attributes.type)).toEqual(["CONDUCTS"]);
      const kinds = await store.neighbourhood([DELTA.id], { kinds: ["Cartel", "Person"] });
      expect(kinds.graph.nodes.map((n) => n.key).sort()).toEqual([DELTA.id, PARDO.id, RUIZ.id].sort());
      const limited = await store.neighbourhood([DELTA.id], { limit: 1 });
      expect(limited.graph.nodes.length).toBe(2);
      expect(limited.more[DELTA.id]).toBe(2);
      const conducts = one.graph.edges.find((e) => e.attributes.type === "TARGETS")!;
      expect(conducts.attributes).toMatchObject({ evidenceCount: 1, firstDate: "2025-03-01" });
      expect(await code(store.neighbourhood(["person:nobody"]))).toBe("NOT_FOUND");
    });

    it("applies the one filter: every field, and a date range between an edge's evidence dates", async () => {
      const keys = (g: { graph: { edges: { key: string }[] } }) => g.graph.edges.map((e) => e.key).sort();
      const rel = (a: { id: string }, type: RelationType, b: { id: string }) => relationId(a.id, type, b.id);
      const threat = rel(RUIZ, "THREATENS", DELTA);
      const targets = rel(NAVY, "TARGETS", DELTA);
      const opposes = rel(PARDO, "OPPOSES", DELTA);
      const conducts = rel(NAVY, "CONDUCTS", TIDE);
      const all = [threat, targets, opposes].sort();
      expect(keys(await store.neighbourhood([DELTA.id]))).toEqual(all);
      expect(keys(await store.neighbourhood([DELTA.id], { types: ["TARGETS", "OPPOSES"] }))).toEqual(
        [targets, opposes].sort(),
      );
      expect(keys(await store.neighbourhood([DELTA.id], { kinds: ["Cartel", "Institution"] }))).toEqual([
        targets,
      ]);
      expect(keys(await store.neighbourhood([DELTA.id], { minConfidence: 0.8 }))).toEqual(
        [threat, targets].sort(),
      );
      expect(keys(await store.neighbourhood([DELTA.id], { hidden: [RUIZ.id] }))).toEqual(
        [targets, opposes].sort(),
      );
      expect(keys(await store.neighbourhood([DELTA.id], { from: "2025-04-01" }))).toEqual([opposes]);
      expect(keys(await store.neighbourhood([DELTA.id], { to: "2025-03-31" }))).toEqual(
        [threat, targets].sort(),
      );
      expect(keys(await store.neighbourhood([DELTA.id], { from: "2025-03-01", to: "2025-03-01" }))).toEqual(
        [threat, targets].sort(),
      );
      expect(keys(await store.neighbourhood([DELTA.id], { documents: [DOC_B.id] }))).toEqual([opposes]);
      // CONDUCTS has evidence dated 2025-03-01 (doc A) and 2025-04-02 (doc B).
      expect(keys(await store.neighbourhood([NAVY.id], { from: "2025-03-02", to: "2025-04-01" }))).toEqual(
        [],
      );
      expect(keys(await store.neighbourhood([NAVY.id], { from: "2025-04-01", to: "2025-04-30" }))).toEqual([
        conducts,
      ]);
      expect(
        keys(await store.neighbourhood([NAVY.id], { from: "2025-04-01", documents: [DOC_A.id] })),
      ).toEqual([]);
      expect(keys(await store.neighbourhood([NAVY.id], { to: "2025-03-31", documents: [DOC_A.id] }))).toEqual(
        [targets, conducts].sort(),
      );
      expect((await store.paths(PARDO.id, NAVY.id, { from: "2025-03-01", to: "2025-12-31" })).paths).toEqual([
        [PARDO.id, DELTA.id, NAVY.id],
      ]);
      expect((await store.paths(PARDO.id, NAVY.id, { to: "2025-03-31" })).paths).toEqual([]);
    });

    it("finds shortest and k shortest paths ignoring direction", async () => {
      const p = await store.paths(PARDO.id, ALLIANCE.id);
      expect(p.paths).toEqual([[PARDO.id, COSTA.id, ALLIANCE.id]]);
      const k = await store.paths(PARDO.id, NAVY.id, { k: 3 });
      expect(k.paths[0]).toEqual([PARDO.id, DELTA.id, NAVY.id]);
      expect(k.paths.length).toBeGreaterThanOrEqual(2);
      expect(k.paths.every((path) => path[0] === PARDO.id && path[path.length - 1] === NAVY.id)).toBe(true);
      const none = await store.paths(PARDO.id, ALLIANCE.id, { types: ["TARGETS"] });
      expect(none.paths).toEqual([]);
    });

    it("returns induced subgraphs and interchange exports with evidence", async () => {
      const sub = await store.subgraph([RUIZ.id, DELTA.id, COSTA.id]);
      expect(sub.edges.map((e) => e.attributes.type).sort()).toEqual(["LEADS", "THREATENS"]);
      const ex = await store.exportInterchange([NAVY.id, TIDE.id]);
      expect(ex.edges.length).toBe(1);
      expect(ex.edges[0]!.evidence.length).toBe(2);
      expect(ex.documents.map((d) => d.id).sort()).toEqual([DOC_A.id, DOC_B.id]);
    });

    it("accumulates evidence from a new document on an existing relation", async () => {
      const text = "Again, President Ana Ruiz warned the Delta Cartel.";
      const doc = { id: "doc:contract-c", source: "fixtures/c.txt", text };
      const g = contractGraph();
      const threat = g.edges[0]!;
      await store.write({
        documents: [doc],
        nodes: [RUIZ, DELTA].map((n) => ({ ...n, mentions: [] })),
        edges: [
          {
            ...threat,
            evidence: [
              {
                document: doc.id,
                sentence: text,
                start: 0,
                end: text.length,
                cue: "warned",
                confidence: 0.6,
              },
            ],
          },
        ],
      });
      const r = await store.relation(threat.id);
      expect(r.evidence.map((e) => e.document).sort()).toEqual([DOC_A.id, "doc:contract-c"]);
      expect((await store.stats()).relations).toBe(7);
    });

    it("pages an entity's relations and a relation's evidence by the paging contract", async () => {
      const text =
        "The Blue Alliance targeted the Delta Cartel. The Blue Alliance struck the Delta Cartel again.";
      const doc = { id: "doc:contract-d", source: "fixtures/d.txt", title: "Alliance strikes", text };
      const second = text.indexOf("The Blue Alliance struck");
      const hit = relationId(ALLIANCE.id, "TARGETS", DELTA.id);
      await store.write({
        documents: [doc],
        nodes: [ALLIANCE, DELTA].map((n) => ({ ...n, mentions: [] })),
        edges: [
          {
            id: hit,
            source: ALLIANCE.id,
            target: DELTA.id,
            type: "TARGETS",
            confidence: 0.7,
            evidence: [
              { document: doc.id, sentence: text.slice(0, second - 1), start: 0, end: second - 1 },
              {
                document: doc.id,
                sentence: text.slice(second),
                start: second,
                end: text.length,
                date: "2025-05-01",
              },
            ],
          },
        ],
      });
      const navyTargets = relationId(NAVY.id, "TARGETS", DELTA.id);
      const threat = relationId(RUIZ.id, "THREATENS", DELTA.id);
      const opposes = relationId(PARDO.id, "OPPOSES", DELTA.id);
      const all = await store.entityRelations(DELTA.id, { limit: 10 });
      expect(all.relations.map((r) => r.id)).toEqual([opposes, hit, navyTargets, threat]);
      expect(all.relations.map((r) => r.evidenceCount)).toEqual([1, 2, 1, 2]);
      expect(all).toMatchObject({ total: 4, offset: 0, limit: 10 });
      const strike = all.relations[1]!;
      expect(strike).toMatchObject({
        sourceName: "Blue Alliance",
        targetName: "Delta Cartel",
        confidence: 0.7,
      });
      expect(strike.evidence.map((e) => [e.start, e.date, e.documentTitle])).toEqual([
        [second, "2025-05-01", "Alliance strikes"],
        [0, undefined, "Alliance strikes"],
      ]);
      const page = await store.entityRelations(DELTA.id, { offset: 1, limit: 2, evidenceLimit: 1 });
      expect(page.relations.map((r) => r.id)).toEqual([hit, navyTargets]);
      expect(page.relations.map((r) => r.evidence.length)).toEqual([1, 1]);
      expect(page.relations[0]!.evidence[0]!.start).toBe(second);
      expect(page).toMatchObject({ total: 4, offset: 1, limit: 2 });
      const bare = await store.entityRelations(DELTA.id, { evidenceLimit: 0 });
      expect(bare.relations.map((r) => r.evidence.length)).toEqual([0, 0, 0, 0]);
      expect(bare.relations.map((r) => r.evidenceCount)).toEqual([1, 2, 1, 2]);
      expect((await store.entityRelations(DELTA.id, { offset: 4 })).relations).toEqual([]);
      const conducts = relationId(NAVY.id, "CONDUCTS", TIDE.id);
      const later = await store.relationPage(conducts, { evidenceOffset: 1, evidenceLimit: 1 });
      expect(later).toMatchObject({
        id: conducts,
        source: NAVY.id,
        target: TIDE.id,
        type: "CONDUCTS",
        evidenceCount: 2,
      });
      expect(later.evidence.map((e) => [e.document, e.date, e.documentTitle])).toEqual([
        [DOC_B.id, "2025-04-02", DOC_B.title],
      ]);
      expect((await store.relationPage(conducts)).evidence.map((e) => e.document)).toEqual([
        DOC_A.id,
        DOC_B.id,
      ]);
      expect(await code(store.entityRelations("person:nobody"))).toBe("NOT_FOUND");
      expect(await code(store.relationPage("nope|THREATENS|nope"))).toBe("NOT_FOUND");
    });
  });
}
