/**
 * Analyst tools end to end in Debian's headless Chromium behind the CSP, on the sample corpus:
 * full-text search over evidence sentences (matching relations listed with the words marked; a pick
 * adds both actors and opens the relation's evidence), lasso multi-select (shift+drag draws a
 * polygon, the actors inside are selected, Hide applies to them), and the PNG export rendered sharp
 * at 2x device pixels with the legend (compared with an upscale of the on-screen layers); the last
 * picture (a neighbourhood with the focused actor's evidence) is the README's docs/explorer.png.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { KIND_COLOURS } from "../../graph/export/palette.ts";
import { type Harness, mark, rendered, shot, startHarness } from "./harness.ts";

let h: Harness;
let page: Page;
type XY = { x: number; y: number };
const probe = <T>(p: Page, call: string): Promise<T> => p.evaluate(`window.kgx.${call}`) as Promise<T>;
const hash = (p: Page) => new URLSearchParams(new URL(p.url()).hash.slice(1));

async function act(p: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await mark(p);
  await action();
  await rendered(p, before);
}

/** Pixels of a PNG (bytes or data URL) as decoded by the page: width, height and a sharpness score. */
async function decode(p: Page, src: string) {
  return p.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const lum = (i: number) => 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    // Sharpness: mean squared luminance step between neighbours over the left 70% (no legend).
    let energy = 0;
    let n = 0;
    for (let y = 0; y < c.height - 1; y++)
      for (let x = 0; x < Math.floor(c.width * 0.7); x++) {
        const i = 4 * (y * c.width + x);
        energy += (lum(i) - lum(i + 4)) ** 2 + (lum(i) - lum(i + 4 * c.width)) ** 2;
        n++;
      }
    // Colours of the legend corner (top right quarter).
    const colours = new Set<string>();
    for (let y = 0; y < Math.floor(c.height * 0.5); y++)
      for (let x = Math.floor(c.width * 0.75); x < c.width; x++) {
        const i = 4 * (y * c.width + x);
        colours.add(
          `#${[data[i]!, data[i + 1]!, data[i + 2]!].map((v) => v.toString(16).padStart(2, "0")).join("")}`,
        );
      }
    return { width: c.width, height: c.height, sharpness: energy / n, colours: [...colours] };
  }, src);
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

describe("evidence search", () => {
  it("lists relations whose sentences match, and a pick adds both actors and opens the evidence", async () => {
    await page.getByTestId("evidence-search").fill("raided labs");
    const hits = page.getByTestId("evidence-hits").locator("li[role=option]");
    await expect.poll(() => hits.count()).toBeGreaterThan(2);
    const marks = await hits.first().locator("mark").allTextContents();
    expect(marks.map((m) => m.toLowerCase()).sort()).toEqual(["labs", "raided"]);
    const relation = (await hits.first().getAttribute("data-relation"))!;
    const [source, , target] = relation.split("|") as [string, string, string];
    await shot(page, "evidence-search");
    await act(page, () => page.keyboard.press("Enter"));
    await expect.poll(() => page.getByTestId("edge-type").textContent()).toMatch(/^[A-Z_]+ · confidence/);
    await expect
      .poll(async () => (await probe<{ nodes: string[]; edges: string[] }>(page, "visible()")).edges)
      .toContain(relation);
    const nodes = (await probe<{ nodes: string[] }>(page, "visible()")).nodes;
    expect(nodes).toEqual(expect.arrayContaining([source, target]));
    expect(hash(page).get("pinned")?.split(",")).toEqual(expect.arrayContaining([source, target]));
    expect(await page.getByTestId("panel").locator(".evidence mark").count()).toBeGreaterThan(0);
  });

  it("says when no sentence matches", async () => {
    await page.getByTestId("evidence-search").fill("zzzqx");
    await expect
      .poll(() => page.getByTestId("evidence-hits").textContent())
      .toBe("No evidence sentence matches “zzzqx”.");
    await page.keyboard.press("Escape");
  });
});

describe("lasso", () => {
  it("selects the actors inside a shift+drag polygon, and Hide applies to them", async () => {
    await page.getByTestId("search").fill("United States");
    await expect.poll(() => page.locator(".suggestions li").first().textContent()).toContain("United States");
    await act(page, () => page.keyboard.press("Enter"));
    await page.waitForTimeout(700);
    const ids = (await probe<{ nodes: string[] }>(page, "visible()")).nodes;
    const at: Record<string, XY> = {};
    for (const id of ids) at[id] = await probe<XY>(page, `nodeAt(${JSON.stringify(id)})`);
    const box = (await page.getByTestId("stage").boundingBox())!;
    // A triangle over the left half of the stage.
    const polygon: XY[] = [
      { x: box.x + 20, y: box.y + 20 },
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
      { x: box.x + 20, y: box.y + box.height - 20 },
    ];
    const inside = (p: XY) => {
      let c = false;
      for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
        const a = polygon[i]!;
        const b = polygon[j]!;
        if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) c = !c;
      }
      return c;
    };
    const expected = ids.filter((id) => inside(at[id]!));
    expect(expected.length).toBeGreaterThan(1);
    expect(expected.length).toBeLessThan(ids.length);
    const camera = await probe<unknown>(page, "camera()");
    await page.keyboard.down("Shift");
    await page.mouse.move(polygon[0]!.x, polygon[0]!.y);
    await page.mouse.down();
    for (const p of [...polygon.slice(1), polygon[0]!]) await page.mouse.move(p.x, p.y, { steps: 12 });
    await shot(page, "lasso-drawing");
    await page.mouse.up();
    await page.keyboard.up("Shift");
    await expect
      .poll(() => probe<string[]>(page, "selection()").then((s) => [...s].sort()))
      .toEqual([...expected].sort());
    expect(await probe<unknown>(page, "camera()")).toEqual(camera);
    await expect
      .poll(() => page.getByTestId("panel").locator("h2").textContent())
      .toBe(`${expected.length} actors selected`);
    await shot(page, "lasso-selected");
    await act(page, () => page.getByTestId("hide").click());
    expect(hash(page).get("hidden")?.split(",").sort()).toEqual([...expected].sort());
    const after = (await probe<{ nodes: string[] }>(page, "visible()")).nodes;
    for (const id of expected) expect(after).not.toContain(id);
    await act(page, () => page.getByTestId("show-hidden").click());
  });

  it("also works as a tool without shift", async () => {
    await page.getByTestId("lasso").click();
    expect(await page.getByTestId("lasso").getAttribute("aria-pressed")).toBe("true");
    const box = (await page.getByTestId("stage").boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    for (const [x, y] of [
      [box.width - 5, 5],
      [box.width - 5, box.height - 5],
      [5, box.height - 5],
      [5, 5],
    ] as const)
      await page.mouse.move(box.x + x, box.y + y, { steps: 8 });
    await page.mouse.up();
    const all = (await probe<{ nodes: string[] }>(page, "visible()")).nodes;
    await expect.poll(() => probe<string[]>(page, "selection()").then((s) => s.length)).toBe(all.length);
    await page.getByTestId("lasso").click();
    expect(await page.getByTestId("lasso").getAttribute("aria-pressed")).toBe("false");
  });
});

describe("PNG export", () => {
  it("is rendered at 2x device pixels, sharper than an upscale, with the legend drawn in", async () => {
    page = await h.open("#expanded=government%3Aunited-states&focus=government%3Aunited-states");
    await page.waitForTimeout(700);
    await page.getByTestId("export-format").selectOption("png");
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-run").click()]);
    const png = readFileSync((await file.path())!);
    writeFileSync("test-results/export-2x.png", png);
    const box = (await page.getByTestId("stage").boundingBox())!;
    const dpr = await page.evaluate(() => window.devicePixelRatio);
    // The stage's box may be fractional; sigma sizes to whole CSS pixels.
    expect(Math.abs(png.readUInt32BE(16) - box.width * 2 * dpr)).toBeLessThanOrEqual(2 * dpr);
    expect(Math.abs(png.readUInt32BE(20) - box.height * 2 * dpr)).toBeLessThanOrEqual(2 * dpr);
    const exported = await decode(page, `data:image/png;base64,${png.toString("base64")}`);
    const upscaled = await decode(page, await probe<string>(page, `upscaledLayers(${2 * dpr})`));
    expect([upscaled.width, upscaled.height]).toEqual([exported.width, exported.height]);
    // A true 2x render keeps edges one pixel wide; an upscale spreads each step over two pixels,
    // halving the squared steps.
    expect(exported.sharpness).toBeGreaterThan(1.4 * upscaled.sharpness);
    for (const colour of Object.values(KIND_COLOURS)) expect(exported.colours).toContain(colour);
    await shot(page, "explorer-docs");
  });
});
