/**
 * Evidence search against the real Neo4j (its full-text index): the same contract as the embedded store.
 */
import { inject } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { runEvidenceSearchContract } from "../evidence-search.contract.ts";

runEvidenceSearchContract("neo4j", async () => {
  const store = new Neo4jStore(inject("neo4j"));
  await store.init();
  return store;
});
