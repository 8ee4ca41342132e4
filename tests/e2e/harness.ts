/**
 * Browser-test harness: the real app over an embedded store loaded with the sample corpus, behind the
 * Content-Security-Policy the server will send (so a violation fails the test that causes it), in
 * Debian's headless Chromium at 1600x1000; console errors and CSP violations are collected per page.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import express from "express";
import type { BrowserContext, Page } from "playwright-core";
import type { Interchange } from "../../graph/interchange.ts";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import { launchChromium } from "../../scripts/lib/chromium.ts";
import { AppError } from "../../src/errors.ts";
import { loadPaths } from "../../src/ingest/load.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "../api/http.ts";

/** The policy the server will send. */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** A running explorer and a browser. */
export interface Harness {
  store: GraphStore;
  api: Served;
  browser: BrowserContext;
  /** Console errors (CSP violations included) per page. */
  errors: Map<Page, string[]>;
  open(hash?: string, wait?: boolean): Promise<Page>;
  close(): Promise<void>;
}

/** A store whose every call fails with 503 while `down.value` is true (Neo4j down). */
export function flaky(store: GraphStore, down: { value: boolean }): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== "function") return v;
      return (...args: unknown[]) => {
        if (down.value)
          return Promise.reject(
            new AppError(
              "NEO4J_UNAVAILABLE",
              "Neo4j at bolt://127.0.0.1:7687 is not answering; start it with `npm run neo4j -- start`.",
            ),
          );
        return v.apply(target, args);
      };
    },
  });
}

/** Starts the app (built web view, sample corpus or `graph`) behind the CSP and a browser. */
export async function startHarness(
  options: { graph?: Interchange; down?: { value: boolean }; store?: GraphStore; actorsFile?: string } = {},
): Promise<Harness> {
  if (!existsSync("web/dist/index.html"))
    execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { stdio: "inherit" });
  const store = options.store ?? new EmbeddedStore();
  await store.init();
  if (options.graph) await store.write(options.graph);
  else await loadPaths(store, ["corpus"]);
  const app = express();
  app.use((_req, res, next) => {
    res.setHeader("Content-Security-Policy", CSP);
    next();
  });
  app.use(
    createApp({
      store: options.down ? flaky(store, options.down) : store,
      staticDir: "web/dist",
      ...(options.actorsFile ? { settings: { actorsFile: options.actorsFile } } : {}),
    }),
  );
  const api = await serve(app);
  const browser = await launchChromium({ downloads: true, viewport: { width: 1600, height: 1000 } });
  const errors = new Map<Page, string[]>();
  mkdirSync("test-results", { recursive: true });
  return {
    store,
    api,
    browser,
    errors,
    async open(hash = "", wait = true) {
      const page = await browser.newPage();
      const list: string[] = [];
      errors.set(page, list);
      page.on("console", (m) => {
        if (m.type() === "error" && !/Failed to load resource/.test(m.text())) list.push(m.text());
      });
      page.on("pageerror", (e) => list.push(e.message));
      await page.goto(`${api.url}/${hash}`);
      if (wait) await rendered(page);
      return page;
    },
    async close() {
      await browser.close();
      await api.close();
    },
  };
}

/** Waits until the page has settled after `before` (the previous ready mark). */
export async function rendered(p: Page, before?: string): Promise<string> {
  await p.waitForFunction(
    (prev) => document.body.dataset.ready && document.body.dataset.ready !== prev,
    before ?? "",
    { timeout: 15_000 },
  );
  return (await p.evaluate(() => document.body.dataset.ready)) ?? "";
}

/** The current ready mark. */
export function mark(p: Page): Promise<string> {
  return p.evaluate(() => document.body.dataset.ready ?? "");
}

/** Saves a screenshot of `p` as test-results/NAME.png. */
export async function shot(p: Page, name: string): Promise<void> {
  await p.waitForTimeout(600);
  await p.screenshot({ path: `test-results/${name}.png` });
}

/** A drawn label's box or an actor's disc, viewport pixels (from the explorer's probe). */
type LabelBox = { id: string; x: number; y: number; w: number; h: number };
type Disc = { id: string; x: number; y: number; r: number };

/** Waits until the camera has reached its frame and one more frame is drawn. */
export async function cameraAtRest(p: Page): Promise<void> {
  await p.waitForFunction(
    () => !(window as unknown as { kgx: { animating: () => boolean } }).kgx.animating(),
    undefined,
    { timeout: 15_000 },
  );
  await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * The labels sigma drew in the last frame (their boxes, from the label-drawing hook) and every
 * collision among them: two labels that intersect, or a label over another actor's disc.
 */
export async function labelCollisions(p: Page): Promise<{ drawn: string[]; collisions: string[] }> {
  const boxes = (await p.evaluate("window.kgx.labelBoxes()")) as LabelBox[];
  const discs = (await p.evaluate("window.kgx.discs()")) as Disc[];
  const collisions: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1))
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        collisions.push(`label ${a.id} × label ${b.id}`);
    for (const d of discs) {
      if (d.id === a.id) continue;
      const dx = d.x - Math.max(a.x, Math.min(d.x, a.x + a.w));
      const dy = d.y - Math.max(a.y, Math.min(d.y, a.y + a.h));
      if (Math.hypot(dx, dy) < d.r) collisions.push(`label ${a.id} × actor ${d.id}`);
    }
  });
  return { drawn: boxes.map((b) => b.id), collisions };
}
