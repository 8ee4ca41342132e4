/**
 * The Cypher script export, run statement by statement into an empty real Neo4j, recreates the
 * same subgraph (entities, typed relationships, evidence), and running it twice changes nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cypherStatements } from "../../graph/export/cypher.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

let store: Neo4jStore;
beforeAll(async () => {
  store = new Neo4jStore(inject("neo4j"));
  await store.init();
  await store.clear();
});
afterAll(() => store.close());

describe("Cypher script export", () => {
  it("recreates the subgraph in an empty database, idempotently", async () => {
    const g = contractGraph();
    g.nodes[0]!.aliases.push('O\'Brien \\ "quoted"\nnew line');
    for (let run = 0; run < 2; run++) {
      for (const statement of cypherStatements(g)) await store.driver.executeQuery(statement);
    }
    const back = await store.exportInterchange(g.nodes.map((n) => n.id));
    expect(back.nodes.map((n) => n.id).sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(back.edges.map((e) => `${e.source}|${e.type}|${e.target}`).sort()).toEqual(
      g.edges.map((e) => `${e.source}|${e.type}|${e.target}`).sort(),
    );
    expect(back.edges.reduce((n, e) => n + e.evidence.length, 0)).toBe(8);
    expect(back.nodes.find((n) => n.id === g.nodes[0]!.id)!.aliases).toContain(
      'O\'Brien \\ "quoted"\nnew line',
    );
    expect(await store.stats()).toMatchObject({ entities: 7, relations: 7, evidence: 8 });
  });
});
