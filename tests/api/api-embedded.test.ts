/**
 * The API suite over the embedded store, plus what only the embedded store does: Cypher refused
 * with NEO4J_REQUIRED and a message saying how to start Neo4j.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { createApp } from "../../src/server/app.ts";
import { runApiContract } from "./api.contract.ts";
import { type Served, serve } from "./http.ts";

runApiContract("embedded", async () => {
  const store = new EmbeddedStore();
  await store.init();
  return store;
});

describe("API over HTTP: embedded only", () => {
  let api: Served;
  beforeAll(async () => {
    api = await serve(createApp({ store: new EmbeddedStore() }));
  });
  afterAll(() => api.close());

  it("answers Cypher with 400 NEO4J_REQUIRED and how to start Neo4j", async () => {
    const res = await api.post("/api/query", { cypher: "MATCH (n) RETURN n" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("NEO4J_REQUIRED");
    expect(body.error.message).toContain("npm run neo4j");
  });
});
