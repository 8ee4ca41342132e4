/**
 * The store contract against the real Neo4j (the same suite as the embedded store).
 */
import { inject } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { runStoreContract } from "../store.contract.ts";

runStoreContract("neo4j", async () => {
  const store = new Neo4jStore(inject("neo4j"));
  await store.init();
  return store;
});
