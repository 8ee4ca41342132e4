/**
 * The page layout in Debian's headless Chromium at 1600x1000 and 1280x800, with the Cypher console
 * drawer closed and open (holding an answer): the overview card, the legend, the time bar and the
 * console never overlap, the graph area ends where the legend starts, and all of them stay inside the
 * window. A screenshot per state under test-results/layout-*.png.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, shot, startHarness } from "./harness.ts";

type Rect = { x: number; y: number; width: number; height: number };

const PARTS = {
  overview: '[data-testid="overview"]',
  legend: ".legend",
  timeline: ".timeline",
  console: "details.drawer",
  graph: ".canvas-area",
  header: "header",
};

async function rects(p: Page): Promise<Record<string, Rect>> {
  const out: Record<string, Rect> = {};
  for (const [name, selector] of Object.entries(PARTS)) {
    const l = p.locator(selector);
    if (await l.isVisible()) out[name] = (await l.boundingBox())!;
  }
  return out;
}

/** Pairs of parts whose boxes intersect (the overview card floats over the graph area by design). */
function overlaps(r: Record<string, Rect>): string[] {
  const names = Object.keys(r);
  const out: string[] = [];
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) {
      if ([a, b].includes("overview") && [a, b].includes("graph")) continue;
      const [p, q] = [r[a]!, r[b]!];
      // Sub-pixel rounding of neighbouring boxes is not an overlap.
      const ox = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);
      const oy = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);
      if (ox > 0.5 && oy > 0.5) out.push(`${a} × ${b}`);
    }
  });
  return out;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("layout", () => {
  for (const [width, height] of [
    [1600, 1000],
    [1280, 800],
  ] as const)
    it(`keeps overview, legend, time bar and console apart at ${width}x${height}`, async () => {
      const page = await h.open();
      await page.setViewportSize({ width, height });
      await expect.poll(() => page.getByTestId("overview-counts").isVisible()).toBe(true);
      for (const open of [false, true]) {
        if (open) {
          await page.locator("details.drawer > summary").click();
          await page.getByTestId("cypher").fill("MATCH (n) RETURN n LIMIT 1");
          await page.getByTestId("cypher-run").click();
          await expect.poll(() => page.getByTestId("console-out").textContent()).not.toBe("");
        }
        await page.waitForTimeout(300);
        const r = await rects(page);
        expect(Object.keys(r).sort()).toEqual([
          "console",
          "graph",
          "header",
          "legend",
          "overview",
          "timeline",
        ]);
        expect(overlaps(r)).toEqual([]);
        const outside = Object.entries(r)
          .filter(([, b]) => b.y + b.height > height + 0.5 || b.x + b.width > width + 0.5)
          .map(([name]) => name);
        expect(outside).toEqual([]);
        // The card stays inside the graph area (it scrolls when the area is short).
        expect(r.overview!.y + r.overview!.height).toBeLessThanOrEqual(r.graph!.y + r.graph!.height + 0.5);
        await shot(page, `layout-${width}x${height}-console-${open ? "open" : "closed"}`);
      }
      expect(h.errors.get(page)).toEqual([]);
      await page.close();
    });
});
