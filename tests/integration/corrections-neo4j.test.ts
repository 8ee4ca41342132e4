/** The corrections contract against the real Neo4j (the same suite as the embedded store). */
import { inject } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { runCorrectionsContract } from "../corrections/store.contract.ts";

runCorrectionsContract("neo4j", async () => {
  const store = new Neo4jStore(inject("neo4j"));
  await store.init();
  return store;
});
