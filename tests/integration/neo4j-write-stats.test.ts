/**
 * What a Neo4j write reports it created comes from its own queries' summaries (no count queries
 * around each batch): it must equal the change of the stored counts, on an empty database and on
 * a second write that overlaps the first (shared entities and relations, new evidence), and match
 * what the embedded store reports for the same writes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Interchange } from "../../graph/interchange.ts";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { syntheticGraph } from "../../scripts/lib/synthetic-graph.ts";

const whole = syntheticGraph({ entities: 120, relations: 600, documents: 20, seed: 9 });
/** The documents of the first half, and only what their evidence needs. */
function firstHalf(g: Interchange): Interchange {
  const docs = new Set(g.documents.slice(0, 10).map((d) => d.id));
  const edges = g.edges.filter((e) => e.evidence.some((v) => docs.has(v.document)));
  const ids = new Set(edges.flatMap((e) => [e.source, e.target]));
  return {
    documents: g.documents.filter((d) => docs.has(d.id)),
    nodes: g.nodes.filter((n) => ids.has(n.id)),
    edges,
  };
}
/** The same relations again, each with a second piece of evidence from another document. */
function moreEvidence(g: Interchange): Interchange {
  const extra = { ...g.documents[0]!, id: "doc:synthetic-extra", source: "synthetic/extra.txt" };
  return {
    documents: [extra],
    nodes: g.nodes,
    edges: g.edges.slice(0, 50).map((e) => ({ ...e, evidence: [{ ...e.evidence[0]!, document: extra.id }] })),
  };
}

let neo: Neo4jStore;
beforeAll(async () => {
  neo = new Neo4jStore(inject("neo4j"), { batchSize: 97 });
  await neo.init();
  await neo.clear();
});
afterAll(() => neo.close());

describe("Neo4j write stats", () => {
  it("equal the change of the stored counts and the embedded store's, write after write", async () => {
    const embedded = new EmbeddedStore();
    await embedded.init();
    for (const g of [firstHalf(whole), whole, moreEvidence(whole), whole]) {
      const before = await neo.stats();
      const got = await neo.write(g);
      const after = await neo.stats();
      const want = await embedded.write(g);
      expect(got).toEqual(want);
      expect({ entities: got.entities, relations: got.relations, evidence: got.evidence }).toEqual({
        entities: after.entities - before.entities,
        relations: after.relations - before.relations,
        evidence: after.evidence - before.evidence,
      });
    }
    const s = await neo.stats();
    expect([s.entities, s.relations, s.evidence]).toEqual([whole.nodes.length, 600, 650]);
  });
});
