/**
 * docs/schema.md stays true: every ```cypher block in it runs read-only against the real Neo4j
 * loaded with the sample corpus, and the queries about the corpus return rows.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { loadPaths } from "../../src/ingest/load.ts";

const blocks = [...readFileSync("docs/schema.md", "utf8").matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) =>
  m[1]!.trim(),
);
let store: Neo4jStore;

beforeAll(async () => {
  store = new Neo4jStore(inject("neo4j"));
  await store.init();
  await store.clear();
  await loadPaths(store, ["corpus"]);
});
afterAll(() => store.close());

describe("docs/schema.md", () => {
  it("has a dozen example queries", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(blocks.map((b) => [b.split("\n")[0]!, b]))("runs: %s", async (_title, cypher) => {
    const result = await store.query(cypher);
    expect(result.columns.length).toBeGreaterThan(0);
    expect(result.rows.length, cypher).toBeGreaterThan(0);
  });
});
