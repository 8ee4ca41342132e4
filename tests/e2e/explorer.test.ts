/**
 * The explorer end to end in Debian's headless Chromium (playwright-core, no browser download) at
 * 1600x1000, over the embedded store loaded with the sample corpus, behind the server's CSP (a
 * violation fails): overview, fuzzy and keyboard search, evidence, expand/filter/undo, double-click,
 * edge evidence, multi-select and hide, paths drawn in the graph, the time filter, a shared link.
 * Saves a screenshot per major state under test-results/.
 */
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Harness, mark, rendered, shot, startHarness } from "./harness.ts";

let h: Harness;
let page: Page;

type Visible = { nodes: string[]; edges: string[] };
type Positions = Record<string, [number, number]>;
/** Calls the explorer's read-only probe (`window.kgx`, see web/src/views/probe.ts). */
const probe = <T>(p: Page, call: string): Promise<T> => p.evaluate(`window.kgx.${call}`) as Promise<T>;
const status = async (p: Page) => (await p.getByTestId("status").textContent()) ?? "";
const counts = async (p: Page) => {
  const m = /^(\d+) actors, (\d+) relations/.exec(await status(p));
  return { actors: Number(m?.[1]), relations: Number(m?.[2]) };
};

async function act(p: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await mark(p);
  await action();
  await rendered(p, before);
}

beforeAll(async () => {
  h = await startHarness();
  page = await h.open();
});

afterAll(async () => {
  await h?.close();
});

afterEach(() => {
  for (const list of h.errors.values()) expect(list).toEqual([]);
});

describe("explorer", () => {
  it("opens on an overview of the graph, one click from a neighbourhood", async () => {
    const stats = (await (await h.api.get("/api/stats")).json()) as { entities: number; relations: number };
    await expect
      .poll(() => page.getByTestId("overview-counts").textContent())
      .toContain(`${stats.entities} actors · ${stats.relations} relations`);
    expect(await page.getByTestId("overview-top").locator("li").count()).toBe(12);
    await expect
      .poll(() => page.getByTestId("overview-top").locator("li").first().textContent())
      .toContain("United States");
    await shot(page, "overview");
    await act(page, () => page.getByTestId("overview-top").locator("button").first().click());
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("United States");
    expect(await page.getByTestId("overview").isHidden()).toBe(true);
    expect((await counts(page)).actors).toBeGreaterThan(5);
    await act(page, () => page.getByTestId("undo").click());
    expect(await page.getByTestId("overview").isVisible()).toBe(true);
  });

  it("finds an actor despite a typo, focuses it and shows its relations with evidence", async () => {
    await page.getByTestId("search").fill("Sheinbam");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Claudia Sheinbaum");
    await act(page, () => page.keyboard.press("Enter"));
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Claudia Sheinbaum");
    expect(await page.locator(".evidence mark").count()).toBeGreaterThan(0);
    expect(await status(page)).toMatch(/^\d+ actors, \d+ relations/);
  });

  it("moves through suggestions with the keyboard and says when a name is unknown", async () => {
    const box = page.getByTestId("search");
    await box.fill("Ma");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Marco Rubio");
    const second = (await page.getByRole("option").nth(1).textContent())!.split(" · ")[0];
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.getByRole("option").nth(1).getAttribute("aria-selected")).toBe("true");
    await act(page, () => page.keyboard.press("Enter"));
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe(second);
    await box.fill("Zebulon Quixotic");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByTestId("notice").textContent())
      .toContain("No actor matches “Zebulon Quixotic”");
  });

  it("opens a document at the evidence sentence", async () => {
    await act(page, async () => {
      await page.getByTestId("search").fill("Claudia Sheinbaum");
      await expect.poll(() => page.getByRole("option").count()).toBeGreaterThan(0);
      await page.keyboard.press("Enter");
    });
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Claudia Sheinbaum");
    await page.locator(".evidence button.sentence").first().click();
    await expect.poll(() => page.getByTestId("document").locator("mark").count()).toBe(1);
    await page.getByRole("button", { name: "← back" }).click();
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Claudia Sheinbaum");
  });

  it("expands a neighbour, filters (status and panel follow), and undoes", async () => {
    const before = (await counts(page)).actors;
    await act(page, () => page.locator(".relation button.link").first().click());
    expect((await counts(page)).actors).toBeGreaterThanOrEqual(before);
    expect(page.url()).toMatch(/expanded=[^&]*%2C|expanded=[^&]*,/);
    const visible = await probe<Visible>(page, "visible()");
    await act(page, () => page.locator('input[data-filter="Person"]').uncheck());
    expect(page.url()).toContain("kinds=");
    const after = await probe<Visible>(page, "visible()");
    expect(await counts(page)).toEqual({ actors: after.nodes.length, relations: after.edges.length });
    expect(after.nodes.length).toBeLessThan(visible.nodes.length);
    await act(page, () => page.getByTestId("undo").click());
    expect(page.url()).not.toContain("kinds=");
    expect(await probe<Visible>(page, "visible()")).toEqual(visible);
  });

  it("shows the confidence value and resets the filters", async () => {
    await page.getByTestId("min-confidence").fill("0.8");
    await expect.poll(() => page.getByTestId("min-confidence-value").textContent()).toBe("0.80");
    expect(page.url()).toContain("min=0.8");
    await act(page, () => page.getByTestId("reset-filters").click());
    expect(page.url()).not.toContain("min=");
    expect(await page.getByTestId("min-confidence-value").textContent()).toBe("0.00");
  });

  it("a double-click expands with one undo step and keeps every placed actor where it was", async () => {
    const placed = await probe<Positions>(page, "positions()");
    const expanded = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("expanded")!.split(",");
    const target = (await probe<string[]>(page, "topDegree(40)")).find((n) => !expanded.includes(n))!;
    await page.waitForTimeout(700);
    const at = await probe<{ x: number; y: number }>(page, `nodeAt(${JSON.stringify(target)})`);
    const hash = new URL(page.url()).hash;
    await act(page, () => page.mouse.dblclick(at.x, at.y));
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("expanded")!.split(",")).toContain(
      target,
    );
    const now = await probe<Positions>(page, "positions()");
    for (const [id, p] of Object.entries(placed)) expect(now[id]).toEqual(p);
    await act(page, () => page.getByTestId("undo").click());
    expect(new URL(page.url()).hash).toBe(hash);
  });

  it("a click on a relation shows its evidence in the panel", async () => {
    const edge = (await probe<string[]>(page, "straightEdges()"))[0]!;
    await page.waitForTimeout(700);
    const mid = await probe<{ x: number; y: number }>(page, `edgeMiddle(${JSON.stringify(edge)})`);
    await page.mouse.move(mid.x, mid.y);
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => page.getByTestId("edge-type").textContent()).toMatch(/^[A-Z_]+ · confidence/);
    expect(await page.locator(".evidence mark").count()).toBeGreaterThan(0);
    await shot(page, "edge-evidence");
  });

  it("selects with shift-click, hides the selection and shows it again", async () => {
    const [a, b] = (await probe<string[]>(page, "topDegree(4)")).slice(2, 4) as [string, string];
    await page.waitForTimeout(700);
    const pa = await probe<{ x: number; y: number }>(page, `nodeAt(${JSON.stringify(a)})`);
    const pb = await probe<{ x: number; y: number }>(page, `nodeAt(${JSON.stringify(b)})`);
    await page.mouse.click(pa.x, pa.y);
    await page.waitForTimeout(400);
    await page.keyboard.down("Shift");
    await page.mouse.click(pb.x, pb.y);
    await page.keyboard.up("Shift");
    await expect.poll(() => page.getByTestId("panel").locator("h2").textContent()).toBe("2 actors selected");
    const before = await counts(page);
    await act(page, () => page.getByTestId("hide").click());
    const hidden = new URLSearchParams(new URL(page.url()).hash.slice(1)).get("hidden")!.split(",");
    expect(hidden.length).toBe(2);
    const nodes = (await probe<Visible>(page, "visible()")).nodes;
    for (const id of hidden) expect(nodes).not.toContain(id);
    expect((await counts(page)).actors).toBe(nodes.length);
    expect((await counts(page)).actors).toBeLessThan(before.actors);
    await act(page, () => page.getByTestId("show-hidden").click());
    expect((await probe<Visible>(page, "visible()")).nodes).toEqual(expect.arrayContaining(hidden));
  });

  it("finds a path and draws it in the graph with the rest dimmed", async () => {
    for (const [id, text, name] of [
      ["path-from", "Sheinbaum", /Claudia Sheinbaum/],
      ["path-to", "Maduro", /Nicolás Maduro/],
    ] as const) {
      await page.getByTestId(id).fill(text);
      await page.getByRole("option", { name }).first().click();
    }
    await act(page, () => page.getByTestId("path-run").click());
    expect(page.url()).toContain("pinned=");
    await expect
      .poll(() => page.getByTestId("path-result").textContent(), { timeout: 10_000 })
      .toMatch(/Claudia Sheinbaum → \[[A-Z_]+\] .*Nicolás Maduro/);
    const path = (await probe<{ nodes: string[]; edges: string[] }>(page, "path()"))!;
    expect(path.nodes[0]).toBe("person:claudia-sheinbaum");
    expect(path.edges.length).toBeGreaterThanOrEqual(path.nodes.length - 1);
    const visible = (await probe<Visible>(page, "visible()")).edges;
    for (const e of path.edges) expect(visible).toContain(e);
    await shot(page, "path");
    await page.getByRole("button", { name: "Clear path" }).click();
  });

  it("filters the view live with the time range", async () => {
    await expect.poll(() => page.getByTestId("histogram").locator(".bar").count()).toBeGreaterThan(2);
    const bars = await page.getByTestId("histogram").locator(".bar").count();
    const before = await counts(page);
    await act(page, async () => {
      await page.getByTestId("time-from").focus();
      await page.keyboard.press("End");
    });
    expect(page.url()).toMatch(/from=2026-01-\d\d/);
    const after = await counts(page);
    expect(after.relations).toBeLessThan(before.relations);
    expect(await page.getByTestId("histogram").locator(".bar.on").count()).toBe(1);
    // The server filters the refetched neighbourhoods, but the histogram keeps every date.
    expect(await page.getByTestId("histogram").locator(".bar").count()).toBe(bars);
    await shot(page, "time-filter");
    await act(page, () => page.getByTestId("time-clear").click());
    expect(await counts(page)).toEqual(before);
  });

  it("runs the Cypher console and explains that it needs Neo4j", async () => {
    await page.locator(".drawer summary").click();
    await page.getByTestId("cypher").fill("MATCH (n) RETURN n LIMIT 5");
    await page.getByTestId("cypher-run").click();
    await expect.poll(() => page.getByTestId("console-error").textContent()).toContain("NEO4J_REQUIRED");
    await page.locator(".drawer summary").click();
  });

  it("restores the same picture from a copied link", async () => {
    const link = await page.getByTestId("link").inputValue();
    const other = await h.open(new URL(link).hash);
    expect(await probe<Visible>(other, "visible()")).toEqual(await probe<Visible>(page, "visible()"));
    expect(await status(other)).toBe(await status(page));
    expect(await probe<Positions>(other, "positions()")).toEqual(await probe<Positions>(page, "positions()"));
    await shot(page, "explorer");
    await other.close();
  });
});
