/**
 * A dense view in Debian's headless Chromium behind the CSP: 2,000 generated actors and about 10,000
 * relations on screen (positions from the URL), where relations are drawn as lines and picked by the
 * view itself. Hovering a relation labels it and shows a tooltip, clicking it opens its evidence in
 * the panel, and once its type is filtered out the same point no longer picks it. Screenshot
 * test-results/dense.png.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rng, syntheticGraph } from "../../scripts/lib/synthetic-graph.ts";
import { type Harness, mark, rendered, shot, startHarness } from "./harness.ts";

const probe = <T>(p: Page, call: string): Promise<T> => p.evaluate(`window.kgx.${call}`) as Promise<T>;

let h: Harness;
let page: Page;
const graph = syntheticGraph({ entities: 2000, relations: 10_000, documents: 4, seed: 11 });

beforeAll(async () => {
  h = await startHarness({ graph });
  const random = rng(5);
  const ids = graph.nodes.map((n) => n.id);
  const pos = ids.map((id) => `${id}@${Math.round(random() * 4000)}@${Math.round(random() * 2500)}`);
  page = await h.open(
    `#pinned=${encodeURIComponent(ids.join(","))}&pos=${encodeURIComponent(pos.join(","))}`,
  );
}, 180_000);
afterAll(async () => {
  await h?.close();
});

describe("a dense view (10,000 relations)", () => {
  it("hovers and clicks a relation, and stops picking it once filtered out", async () => {
    const status = (await page.getByTestId("status").textContent()) ?? "";
    const [, actors, relations] = /^(\d+) actors, (\d+) relations/.exec(status)!.map(Number);
    expect(actors).toBe(2000);
    expect(relations).toBe(graph.edges.length);
    expect(relations).toBeGreaterThanOrEqual(9000);
    expect(await probe<boolean>(page, "dense()")).toBe(true);

    const edge = (await probe<string | undefined>(page, "pickableEdge()"))!;
    expect(edge).toBeDefined();
    const at = await probe<{ x: number; y: number }>(page, `edgeMiddle(${JSON.stringify(edge)})`);
    await page.mouse.move(at.x, at.y);
    await expect
      .poll(() => probe<{ edge?: string }>(page, "hovered()"), { timeout: 20_000 })
      .toEqual({ edge });

    const [source, type, target] = edge.split("|") as [string, string, string];
    const name = (id: string) => graph.nodes.find((n) => n.id === id)!.name;
    await expect
      .poll(() => page.getByTestId("tooltip").textContent())
      .toContain(`${name(source)} → ${name(target)}`);
    expect(await page.getByTestId("tooltip").textContent()).toContain(type);

    const before = await mark(page);
    await page.mouse.click(at.x, at.y);
    await rendered(page, before);
    await expect
      .poll(() => page.getByTestId("panel-title").textContent(), { timeout: 20_000 })
      .toBe(`${name(source)} → ${name(target)}`);
    expect(await page.getByTestId("edge-type").textContent()).toContain(type);
    await shot(page, "dense");

    const again = await mark(page);
    await page.locator(`input[data-filter="${type}"]`).uncheck();
    await rendered(page, again);
    const picked = await page.evaluate(
      ([x, y]) =>
        (window as unknown as { kgx: { pickAt(x: number, y: number): string | undefined } }).kgx.pickAt(
          x!,
          y!,
        ),
      [at.x, at.y],
    );
    expect(picked === undefined || !picked.includes(`|${type}|`)).toBe(true);
    expect(h.errors.get(page)).toEqual([]);
  }, 180_000);
});
