/**
 * Corrections in the explorer, end to end in headless Chromium over the embedded store (the small
 * corrections fixture, behind the CSP): merge an actor into another picked by search, reject a
 * relation with a reason, add a relation from a sentence selected in the document view, and undo
 * from the audit list. Screenshots under test-results/corrections-*.png.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { extracted, TEXT } from "../corrections/fixture.ts";
import { type Harness, rendered, shot, startHarness } from "./harness.ts";

const RAC = "institution:russian-africa-corps";
const AC = "institution:africa-corps";
const MALI = "government:mali";
const ACTORS_FILE = join(mkdtempSync(join(tmpdir(), "kgx-e2e-actors-")), "my-actors.json");
let h: Harness;
let page: Page;

/** Runs `action`, which makes a correction: the explorer reloads on the curated graph. */
async function reloaded(action: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForEvent("load", { timeout: 15_000 }), action()]);
  await rendered(page);
}

const json = async (path: string) => (await h.api.get(path)).json();

beforeAll(async () => {
  h = await startHarness({ graph: extracted(), actorsFile: ACTORS_FILE });
  page = await h.open(`#focus=${encodeURIComponent(AC)}&expanded=${encodeURIComponent(AC)}`);
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  for (const list of h.errors.values()) expect(list).toEqual([]);
});

describe("corrections in the explorer", () => {
  it("merges the focused actor into another picked by search; the view follows it", async () => {
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Africa Corps");
    await page.getByTestId("entity-actions").locator("summary").click();
    await page.getByTestId("merge-search").fill("Russian Africa");
    await shot(page, "corrections-merge-pick");
    await reloaded(() => page.locator(`[data-pick="${RAC}"]`).click());
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Russian Africa Corps");
    expect(await page.locator(".panel .aliases").textContent()).toBe("Also: Africa Corps, AC");
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get("focus")).toBe(RAC);
    expect((await json(`/api/entities/${encodeURIComponent(AC)}`)).id).toBe(RAC);
    await shot(page, "corrections-merged");
  });

  it("rejects a relation with a reason: it leaves the panel and the graph", async () => {
    const id = `${RAC}|THREATENS|institution:rebels`;
    const block = page.locator(`.relation[data-relation="${id}"]`);
    await expect.poll(() => block.count()).toBe(1);
    await block.getByTestId("reject").click();
    await block.getByTestId("reject-reason").fill("the sentence reports a statement, not a threat");
    await shot(page, "corrections-reject-reason");
    await reloaded(() => block.getByTestId("reject-confirm").click());
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Russian Africa Corps");
    expect(await page.locator(`.relation[data-relation="${id}"]`).count()).toBe(0);
    const visible = await page.evaluate("window.kgx.visible()");
    expect((visible as { edges: string[] }).edges).not.toContain(id);
    const list = await json("/api/corrections?includeRejected=true");
    expect(list.rejected.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it("adds a relation from the sentence selected in the document view, with its offsets", async () => {
    const hash = `focus=${encodeURIComponent(MALI)}&expanded=${encodeURIComponent(MALI)}`;
    await reloaded(() =>
      page.evaluate((h) => {
        location.hash = h;
        location.reload();
      }, hash),
    );
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Mali");
    await page.locator(".evidence button.sentence").first().click();
    await expect.poll(() => page.getByTestId("document").count()).toBe(1);
    const end = TEXT.indexOf(".") + 1;
    await page.evaluate(
      ([start, stop]) => {
        const body = document.querySelector('[data-testid="document"]')!;
        const at = (i: number): [Node, number] => {
          const walk = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const len = n.textContent!.length;
            if (seen + len >= i) return [n, i - seen];
            seen += len;
          }
          throw new Error("offset past the text");
        };
        const range = document.createRange();
        range.setStart(...at(start!));
        range.setEnd(...at(stop!));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      },
      [0, end],
    );
    await page.getByTestId("add-from-selection").click();
    await page.getByTestId("source-search").fill("Russian");
    await page.locator(`[data-testid="add-relation"] [data-pick="${RAC}"]`).click();
    await expect
      .poll(() => page.getByTestId("selected-span").textContent())
      .toBe(`From Russian Africa Corps · characters 0–${end}: “${TEXT.slice(0, end)}”`);
    await page.getByTestId("relation-type").selectOption("TARGETS");
    await page.getByTestId("target-search").fill("Mali");
    await shot(page, "corrections-add-from-sentence");
    await reloaded(() => page.locator(`[data-testid="add-relation"] [data-pick="${MALI}"]`).click());
    const rel = await json(`/api/relations/${encodeURIComponent(`${RAC}|TARGETS|${MALI}`)}`);
    expect(rel.evidence).toEqual([
      expect.objectContaining({
        document: "doc:1",
        start: 0,
        end,
        sentence: TEXT.slice(0, end),
        rule: "analyst",
      }),
    ]);
    await expect
      .poll(() =>
        page
          .locator(`.relation[data-relation="${RAC}|TARGETS|${MALI}"] [data-testid="curation"]`)
          .textContent(),
      )
      .toBe("added by an analyst");
    await shot(page, "corrections-analyst-edge");
  });

  it("lists the corrections and undoes the merge: both actors are back", async () => {
    await page.getByTestId("audit-toggle").click();
    await expect.poll(() => page.getByTestId("audit-list").locator("li").count()).toBe(3);
    await shot(page, "corrections-audit");
    const merge = page.getByTestId("audit-list").locator("li", { hasText: "merge" });
    await reloaded(() => merge.getByTestId("undo-correction").click());
    expect((await json(`/api/entities/${encodeURIComponent(AC)}`)).aliases).toEqual(["AC"]);
    expect((await json(`/api/entities/${encodeURIComponent(RAC)}`)).aliases).toEqual([]);
    expect((await json("/api/corrections")).corrections.map((c: { op: string }) => c.op)).toEqual([
      "reject",
      "addRelation",
    ]);
  });

  it("adds the focused actor to the analyst's actors file from the panel", async () => {
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Mali");
    const actions = page.getByTestId("entity-actions");
    if (!(await actions.evaluate((d) => (d as HTMLDetailsElement).open)))
      await actions.locator("summary").click();
    await actions.getByTestId("add-to-actors-file").click();
    await expect
      .poll(() => actions.getByTestId("actors-file-status").textContent())
      .toBe("Added: 1 actor in your file; the next load finds it.");
    await shot(page, "corrections-actors-file");
    const mali = await json(`/api/entities/${encodeURIComponent(MALI)}`);
    const stored = JSON.parse(readFileSync(ACTORS_FILE, "utf8")) as {
      name: string;
      kind: string;
      aliases: string[];
    }[];
    expect(stored.map((a) => [a.name, a.kind, a.aliases])).toEqual([["Mali", "Government", mali.aliases]]);
  });
});
