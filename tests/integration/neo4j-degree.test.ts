/**
 * Degrees on Neo4j come from the degree store (`degreeOf`, typed relationship counts): they must
 * equal the number of relations between entities, mentions of documents and evidence left out,
 * for every entity of the contract graph and in every read that reports degrees.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

const connection = inject("neo4j");
let store: Neo4jStore;

beforeAll(async () => {
  store = new Neo4jStore(connection, { batchSize: 3 });
  await store.init();
  await store.clear();
  await store.write(contractGraph());
});
afterAll(() => store.close());

describe("Neo4j degrees", () => {
  it("equal the relations between entities, mentions left out", async () => {
    const graph = contractGraph();
    const expected = new Map<string, number>(graph.nodes.map((n) => [n.id, 0]));
    for (const e of graph.edges) {
      expected.set(e.source, expected.get(e.source)! + 1);
      expected.set(e.target, expected.get(e.target)! + 1);
    }
    expect(graph.nodes.some((n) => n.mentions.length > 0)).toBe(true);
    const ids = graph.nodes.map((n) => n.id);
    const { graph: all } = await store.neighbourhood(ids, { depth: 1, limit: 1000 });
    expect(Object.fromEntries(all.nodes.map((n) => [n.key, n.attributes.degree]))).toEqual(
      Object.fromEntries(expected),
    );
    const sub = await store.subgraph(ids);
    expect(Object.fromEntries(sub.nodes.map((n) => [n.key, n.attributes.degree]))).toEqual(
      Object.fromEntries(expected),
    );
  });
});
