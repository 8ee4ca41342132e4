/**
 * The Cypher console over the real Neo4j in headless Chromium behind the CSP: a table result is shown
 * full width in the bottom drawer and sorts by a column; a graph result is merged into the view.
 */
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { type Harness, shot, startHarness } from "./harness.ts";

let h: Harness;
let store: Neo4jStore;

beforeAll(async () => {
  store = new Neo4jStore(inject("neo4j"));
  await store.init();
  await store.clear();
  h = await startHarness({ store });
});

afterAll(async () => {
  await h?.close();
  await store?.close();
});

it("shows a sortable table and merges graph results into the view", async () => {
  const page = await h.open();
  await page.locator(".drawer summary").click();
  await page
    .getByTestId("cypher")
    .fill("MATCH (a:Entity) RETURN a.name AS name, a.kind AS kind ORDER BY a.name DESC LIMIT 6");
  await page.getByTestId("cypher-run").click();
  const table = page.getByTestId("console-table");
  // The first query starts the console's worker and its Neo4j connection: allow it a few seconds.
  await expect.poll(() => table.locator("tbody tr").count(), { timeout: 10_000 }).toBe(6);
  const names = await table.locator("tbody tr td:first-child").allTextContents();
  await table.getByRole("button", { name: "name" }).click();
  expect(await table.locator("th").first().getAttribute("aria-sort")).toBe("ascending");
  expect(await table.locator("tbody tr td:first-child").allTextContents()).toEqual(
    [...names].sort((a, b) => a.localeCompare(b)),
  );
  await shot(page, "console-neo4j");
  await page.getByTestId("cypher").fill("MATCH (a:Entity)-[r:THREATENS]->(b:Entity) RETURN a, r, b LIMIT 5");
  await page.getByTestId("cypher-run").click();
  await expect
    .poll(() => page.getByTestId("console-out").textContent())
    .toMatch(/^\d+ actors and \d+ relations added to the view/);
  await expect
    .poll(() => page.getByTestId("status").textContent())
    .toMatch(/^[1-9]\d* actors, [1-9]\d* relations/);
  expect(page.url()).toContain("pinned=");
  expect(h.errors.get(page)).toEqual([]);
});
