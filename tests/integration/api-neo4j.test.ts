/**
 * The API over HTTP against the real Neo4j: the same suite as the embedded store, plus what only
 * Neo4j does — read-only Cypher (writes refused with 400, graph results), and 503 with a message
 * when Neo4j is down.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { createApp } from "../../src/server/app.ts";
import { runApiContract } from "../api/api.contract.ts";
import { type Served, serve } from "../api/http.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

runApiContract("neo4j", async () => {
  const store = new Neo4jStore(inject("neo4j"));
  await store.init();
  return store;
});

describe("API over HTTP: neo4j only", () => {
  let store: Neo4jStore;
  let api: Served;
  beforeAll(async () => {
    store = new Neo4jStore(inject("neo4j"));
    await store.init();
    await store.clear();
    await store.write(contractGraph());
    api = await serve(createApp({ store }));
  });
  afterAll(async () => {
    await api.close();
    await store.close();
  });

  it("answers read-only Cypher with rows and a graph", async () => {
    const res = await api.post("/api/query", { cypher: "MATCH (a)-[r:THREATENS]->(b) RETURN a, r, b" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: unknown[]; graph: { nodes: unknown[]; edges: unknown[] } };
    expect(body.rows.length).toBe(1);
    expect(body.graph.nodes.length).toBe(2);
    expect(body.graph.edges.length).toBe(1);
  });

  it("refuses a query that writes with 400 QUERY_NOT_READ_ONLY", async () => {
    const res = await api.post("/api/query", { cypher: "MATCH (n) DETACH DELETE n" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("QUERY_NOT_READ_ONLY");
    expect((await store.stats()).entities).toBe(7);
  });

  it("reports a syntax error with 400 and Neo4j's message", async () => {
    const res = await api.post("/api/query", { cypher: "MATCH (n RETURN n" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("QUERY_FAILED");
  });

  it("answers 503 with what to do when Neo4j is down", async () => {
    const down = new Neo4jStore({ ...inject("neo4j"), uri: "bolt://127.0.0.1:1" });
    const dead = await serve(createApp({ store: down }));
    try {
      const res = await dead.get("/api/search?q=ruiz");
      expect(res.status).toBe(503);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("NEO4J_UNAVAILABLE");
      expect(body.error.message).toContain("npm run neo4j");
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at /);
    } finally {
      await dead.close();
      await down.close();
    }
  });
});
