/**
 * Hub reads on Neo4j give exactly what the embedded store gives on the same graph: neighbourhoods
 * (ranking, ties at the cut, known nodes, `more`, depth 2, filters) and every page of an entity's
 * relations (ordered by type, cut by the per-type counts of the degree store). The graph is the
 * benchmarks' synthetic one, small, with hubs and many tied weights.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import type { GraphResult } from "../../graph/store/types.ts";
import { syntheticGraph } from "../../scripts/lib/synthetic-graph.ts";

const graph = syntheticGraph({ entities: 300, relations: 2500, documents: 40, seed: 5 });
const degree = new Map<string, number>();
for (const e of graph.edges) {
  degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
  degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
}
const byDegree = [...degree.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const HUB = byDegree[0]![0];
const SECOND = byDegree[1]![0];
const LEAF = byDegree[byDegree.length - 1]![0];

let neo: Neo4jStore;
const embedded = new EmbeddedStore();

beforeAll(async () => {
  neo = new Neo4jStore(inject("neo4j"), { batchSize: 500 });
  await neo.init();
  await neo.clear();
  await neo.write(graph);
  await embedded.init();
  await embedded.write(graph);
});
afterAll(() => neo.close());

/** A neighbourhood as comparable data: nodes with degrees, edges, more. */
const shape = (r: GraphResult) => ({
  nodes: Object.fromEntries(r.graph.nodes.map((n) => [n.key, n.attributes.degree])),
  edges: r.graph.edges.map((e) => e.key).sort(),
  more: r.more,
});

describe("Neo4j hub reads equal the embedded store's", () => {
  it("has a hub far above the limit, and tied weights at the cut", () => {
    expect(byDegree[0]![1]).toBeGreaterThan(150);
    const weights = graph.edges.filter((e) => e.source === HUB || e.target === HUB).map((e) => e.confidence);
    expect(new Set(weights).size).toBeLessThan(weights.length / 2);
  });

  const cases: [string, string[], Record<string, unknown>][] = [
    ["hub, depth 1", [HUB], { depth: 1, limit: 50 }],
    ["hub, depth 1, limit 7", [HUB], { depth: 1, limit: 7 }],
    ["hub, depth 2, limit 5", [HUB], { depth: 2, limit: 5 }],
    ["two hubs, depth 1, limit 10", [HUB, SECOND], { depth: 1, limit: 10 }],
    ["two hubs in the other order, depth 2, limit 4", [SECOND, HUB], { depth: 2, limit: 4 }],
    ["leaf, depth 2", [LEAF], { depth: 2, limit: 50 }],
    [
      "hub, typed and confident",
      [HUB],
      { depth: 1, limit: 20, types: ["THREATENS", "LEADS"], minConfidence: 0.7 },
    ],
    ["hub, depth 0", [HUB], { depth: 0 }],
  ];
  for (const [name, ids, options] of cases) {
    it(`neighbourhood: ${name}`, async () => {
      const want = shape(await embedded.neighbourhood(ids, options));
      expect(shape(await neo.neighbourhood(ids, options))).toEqual(want);
      expect(Object.keys(want.nodes).length).toBeGreaterThan(ids.length - (options.depth === 0 ? 1 : 0));
    });
  }

  it("pages a hub's relations exactly as the embedded store, across type boundaries", async () => {
    const total = degree.get(HUB)!;
    for (const [offset, limit] of [
      [0, 50],
      [37, 23],
      [total - 5, 10],
      [total, 5],
    ] as const) {
      const want = await embedded.entityRelations(HUB, { offset, limit, evidenceLimit: 1 });
      const got = await neo.entityRelations(HUB, { offset, limit, evidenceLimit: 1 });
      expect(got.total).toBe(total);
      expect(got.relations.map((r) => [r.id, r.evidenceCount, r.evidence.length])).toEqual(
        want.relations.map((r) => [r.id, r.evidenceCount, r.evidence.length]),
      );
    }
    const all = await neo.entityRelations(HUB, { offset: 0, limit: total });
    expect(all.relations.length).toBe(total);
    expect(new Set(all.relations.map((r) => r.type)).size).toBeGreaterThan(3);
  });
});
