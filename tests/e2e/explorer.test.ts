/**
 * The explorer end to end in headless Chromium (Debian's package, driven by playwright-core; no
 * browser download): the real app over the embedded store loaded with the sample corpus, the built
 * web view (built here when web/dist is missing). Saves test-results/explorer.png.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { loadPaths } from "../../src/ingest/load.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "../api/http.ts";

let browser: BrowserContext;
let api: Served;
let page: Page;

async function rendered(p: Page, before?: string): Promise<string> {
  await p.waitForFunction(
    (prev) => document.body.dataset.ready && document.body.dataset.ready !== prev,
    before ?? "",
    { timeout: 15_000 },
  );
  return (await p.evaluate(() => document.body.dataset.ready)) ?? "";
}

async function pick(p: Page, testid: string, text: string, option: RegExp): Promise<void> {
  await p.getByTestId(testid).fill(text);
  await p.getByRole("option", { name: option }).first().click();
}

beforeAll(async () => {
  if (!existsSync("web/dist/index.html"))
    execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { stdio: "inherit" });
  const store = new EmbeddedStore();
  await store.init();
  await loadPaths(store, ["corpus"]);
  api = await serve(createApp({ store, staticDir: "web/dist" }));
  browser = await launchChromium({ downloads: true });
  page = await browser.newPage();
  await page.goto(`${api.url}/`);
  await rendered(page);
});

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

describe("explorer", () => {
  it("searches, focuses an actor and shows its relations with evidence", async () => {
    const r = await page.evaluate(() => document.body.dataset.ready ?? "");
    await pick(page, "search", "Sheinbaum", /Claudia Sheinbaum/);
    await rendered(page, r);
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Claudia Sheinbaum");
    expect(await page.locator(".evidence mark").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("status").textContent()).toMatch(/^\d+ actors/);
  });

  it("opens a document at the evidence sentence", async () => {
    await page.locator(".evidence button.sentence").first().click();
    await expect.poll(() => page.getByTestId("document").locator("mark").count()).toBe(1);
    await page.getByRole("button", { name: "← back" }).click();
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Claudia Sheinbaum");
  });

  it("expands a neighbour, filters, and undoes", async () => {
    const count = async () => Number((await page.getByTestId("status").textContent())?.split(" ")[0]);
    const before = await count();
    let r = await page.evaluate(() => document.body.dataset.ready ?? "");
    await page.locator(".relation button.link").first().click();
    r = await rendered(page, r);
    expect(await count()).toBeGreaterThanOrEqual(before);
    expect(page.url()).toMatch(/expanded=[^&]*%2C|expanded=[^&]*,/);
    await page.locator('input[data-filter="Person"]').uncheck();
    r = await rendered(page, r);
    expect(page.url()).toContain("kinds=");
    await page.getByTestId("undo").click();
    r = await rendered(page, r);
    expect(page.url()).not.toContain("kinds=");
  });

  it("finds a path between two actors", async () => {
    await pick(page, "path-from", "Sheinbaum", /Claudia Sheinbaum/);
    await pick(page, "path-to", "Maduro", /Nicolás Maduro/);
    const r = await page.evaluate(() => document.body.dataset.ready ?? "");
    await page.getByTestId("path-run").click();
    await rendered(page, r);
    expect(page.url()).toContain("pinned=");
    await expect
      .poll(() => page.getByTestId("path-result").textContent(), { timeout: 10_000 })
      .toMatch(/Claudia Sheinbaum → .*Nicolás Maduro/);
  });

  it("runs the Cypher console and explains that it needs Neo4j", async () => {
    await page.getByTestId("cypher").fill("MATCH (n) RETURN n LIMIT 5");
    await page.getByTestId("cypher-run").click();
    await expect.poll(() => page.getByTestId("console-error").textContent()).toContain("NEO4J_REQUIRED");
  });

  it("downloads an export of the view", async () => {
    await page.getByTestId("export-format").selectOption("json");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("export-run").click(),
    ]);
    const file = await download.path();
    const graph = JSON.parse(readFileSync(file!, "utf8")) as { nodes: unknown[]; edges: unknown[] };
    expect(graph.nodes.length).toBeGreaterThan(1);
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it("restores the view from a copied link and saves a screenshot", async () => {
    const link = await page.getByTestId("link").inputValue();
    const status = await page.getByTestId("status").textContent();
    const other = await browser.newPage();
    await other.goto(link);
    await rendered(other);
    await expect
      .poll(() => other.getByTestId("panel-title").textContent())
      .toBe(await page.getByTestId("panel-title").textContent());
    expect(await other.getByTestId("status").textContent()).toBe(status);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/explorer.png" });
    expect(existsSync("test-results/explorer.png")).toBe(true);
  });
});
