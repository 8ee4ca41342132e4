/**
 * The explorer's exports, failures and a 50-actor view in Debian's headless Chromium behind the CSP:
 * every export takes the visible graph (a filtered view exports exactly the actors and relations on
 * screen, GEXF with viz colours and positions graphology-gexf reads back, PNG at 2x with the legend);
 * a store that is down gives a banner with the API's message and a working Retry; a stale id in a
 * shared URL keeps the rest of the view; the ten most connected actors of a 50-actor view are labelled;
 * the labels drawn (their boxes from sigma's label hook) never cover another label or actor, and the
 * 25-actor seed view has every actor labelled.
 */
import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import * as gexfModule from "graphology-gexf";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cjsExport } from "../../graph/interop.ts";
import { syntheticGraph } from "../../scripts/lib/synthetic-graph.ts";
import { readCsv } from "../export/csv-reader.ts";
import {
  cameraAtRest,
  type Harness,
  labelCollisions,
  mark,
  rendered,
  shot,
  startHarness,
} from "./harness.ts";

const gexf = cjsExport<typeof gexfModule>(gexfModule);
const probe = <T>(p: Page, call: string): Promise<T> => p.evaluate(`window.kgx.${call}`) as Promise<T>;

async function counts(p: Page) {
  const m = /^(\d+) actors, (\d+) relations/.exec((await p.getByTestId("status").textContent()) ?? "");
  return { actors: Number(m?.[1]), relations: Number(m?.[2]) };
}

async function download(p: Page, format: string): Promise<Buffer> {
  await p.getByTestId("export-format").selectOption(format);
  const [file] = await Promise.all([p.waitForEvent("download"), p.getByTestId("export-run").click()]);
  return readFileSync((await file.path())!);
}

describe("exports of the visible graph", () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await startHarness();
    // The United States, Mexico, Delta Force and the U.S. military expanded: 25 actors of the sample corpus.
    page = await h.open(
      "#expanded=government%3Aunited-states,government%3Amexico,institution%3Adelta-force,institution%3Aus-military&focus=government%3Aunited-states",
    );
  });
  afterAll(async () => {
    expect(h.errors.get(page)).toEqual([]);
    await h?.close();
  });

  it("labels every actor of the 25-actor view, no label over another label or actor", async () => {
    const { actors } = await counts(page);
    expect(actors).toBe(25);
    await cameraAtRest(page);
    const { drawn, collisions } = await labelCollisions(page);
    expect(collisions).toEqual([]);
    expect(drawn.length).toBe(actors);
    const visible = await probe<{ nodes: string[] }>(page, "visible()");
    expect([...drawn].sort()).toEqual([...visible.nodes].sort());
    await shot(page, "view-25");
  });

  it("exports exactly what a filtered view shows, in every format", async () => {
    const all = await counts(page);
    const before = await mark(page);
    await page.locator('input[data-filter="Person"]').uncheck();
    await rendered(page, before);
    const { actors, relations } = await counts(page);
    expect(actors).toBeLessThan(all.actors);
    expect(relations).toBeGreaterThan(0);
    const visible = await probe<{ nodes: string[]; edges: string[] }>(page, "visible()");

    const json = JSON.parse((await download(page, "json")).toString()) as {
      nodes: { id: string; kind: string }[];
      edges: { id: string }[];
    };
    expect(json.nodes.map((n) => n.id).sort()).toEqual([...visible.nodes].sort());
    expect(json.edges.map((e) => e.id).sort()).toEqual([...visible.edges].sort());
    expect(json.nodes.some((n) => n.kind === "Person")).toBe(false);

    const g = gexf.parse(MultiDirectedGraph, (await download(page, "gexf")).toString());
    expect([g.order, g.size]).toEqual([actors, relations]);
    const positions = await probe<Record<string, [number, number]>>(page, "positions()");
    const us = g.getNodeAttributes("government:united-states");
    expect(us.color).toBe("#e15759");
    expect([us.x, us.y]).toEqual(positions["government:united-states"]);
    expect(us.size).toBeGreaterThan(4);

    const graphml = (await download(page, "graphml")).toString();
    expect(graphml.match(/<node /g)?.length).toBe(actors);
    expect(graphml.match(/<edge /g)?.length).toBe(relations);

    const csv = (await download(page, "csv")).toString();
    const [nodesPart, edgesPart] = csv.split(/\r\n# edges\r\n/) as [string, string];
    expect(readCsv(nodesPart.replace(/^# nodes\r\n/, "")).filter((r) => r.length > 1).length - 1).toBe(
      actors,
    );
    expect(readCsv(edgesPart).filter((r) => r.length > 1).length - 1).toBe(relations);

    const svg = (await download(page, "svg")).toString();
    expect((svg.match(/<circle /g)?.length ?? 0) - 5).toBe(actors);

    const report = (await download(page, "report")).toString();
    expect(report.match(/<tr><td>/g)?.length).toBe(actors);
    expect(report).not.toContain("<td>Person</td>");

    const png = await download(page, "png");
    const { width } = await page
      .getByTestId("stage")
      .boundingBox()
      .then((b) => b!);
    expect(png.readUInt32BE(16)).toBe(Math.round(width) * 2);
  });
});

describe("never a blank page", () => {
  it("shows the API's message when the store is down, and retries", async () => {
    const down = { value: true };
    const h = await startHarness({ down });
    try {
      const page = await h.open("", false);
      await expect.poll(() => page.getByTestId("error-banner").textContent()).toContain("is not answering");
      expect(await page.getByTestId("error-banner").textContent()).toContain("NEO4J_UNAVAILABLE");
      await shot(page, "error-banner");
      down.value = false;
      await page.getByTestId("retry").click();
      await expect.poll(() => page.getByTestId("overview-counts").textContent()).toMatch(/^\d+ actors/);
      expect(await page.getByTestId("error-banner").count()).toBe(0);
      expect(h.errors.get(page)).toEqual([]);
    } finally {
      await h.close();
    }
  });

  it("keeps the rest of a shared view when an actor is gone", async () => {
    const h = await startHarness();
    try {
      const page = await h.open("#focus=person%3Anobody&expanded=person%3Anobody,government%3Amexico");
      await expect.poll(() => page.getByTestId("missing-banner").textContent()).toContain("person:nobody");
      expect((await counts(page)).actors).toBeGreaterThan(2);
      expect(page.url()).not.toContain("nobody");
    } finally {
      await h.close();
    }
  });
});

describe("a 50-actor view", () => {
  it("labels the ten most connected actors", async () => {
    const graph = syntheticGraph({ entities: 60, relations: 140, documents: 6, seed: 7 });
    const degree = new Map<string, number>();
    for (const e of graph.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const ids = [...degree.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 50)
      .map(([id]) => id);
    const h = await startHarness({ graph });
    try {
      const page = await h.open(`#pinned=${encodeURIComponent(ids.join(","))}`);
      expect((await counts(page)).actors).toBe(50);
      await cameraAtRest(page);
      const top = await probe<string[]>(page, "topDegree(10)");
      const drawn = await probe<string[]>(page, "drawnLabels()");
      expect(top.length).toBe(10);
      for (const id of top) expect(drawn).toContain(id);
      const labels = await labelCollisions(page);
      expect(labels.collisions).toEqual([]);
      expect(labels.drawn.length).toBeGreaterThanOrEqual(40);
      await shot(page, "view-50");
      expect(h.errors.get(page)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
