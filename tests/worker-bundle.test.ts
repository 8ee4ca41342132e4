/**
 * The pre-compiled bundles worker threads run (src/ingest/bundle-cache.mjs): a bundle is used only
 * while its sources are unchanged (an edited source rebuilds it, and the new code runs), its
 * sources keep their own `import.meta.url`, and an extraction worker started from the bundle gives
 * exactly what inline extraction gives.
 */
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocument } from "../loaders/read/document.ts";
import { syntheticTexts } from "../scripts/lib/synthetic-text.ts";
import { buildBundle, ensureBundle, freshBundle } from "../src/ingest/bundle-cache.mjs";
import { type BatchResult, extractBatch, type TextDocument } from "../src/ingest/extract-batch.ts";
import { WORKER_SOURCE, workerEntry } from "../src/ingest/pool.ts";

let root: string;
let src: string;
let cache: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kgx-bundle-"));
  src = join(root, "src");
  cache = join(root, "cache");
  await mkdir(join(src, "lib"), { recursive: true });
  await mkdir(join(src, "data"), { recursive: true });
  await writeFile(
    join(src, "main.ts"),
    'import { label } from "./lib/label.ts";\nexport const answer: string = label("main");\n',
  );
  await writeFile(
    join(src, "lib", "label.ts"),
    'import { readFileSync } from "node:fs";\n' +
      'const data = JSON.parse(readFileSync(new URL("../data/words.json", import.meta.url), "utf8"));\n' +
      "export const label = (s: string): string => s + ':' + data.word + ':v1';\n",
  );
  await writeFile(join(src, "data", "words.json"), '{ "word": "alpha" }');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const run = async (path: string) =>
  ((await import(`${path}?t=${Math.random()}`)) as { answer: string }).answer;

describe("bundle cache", () => {
  it("builds one plain-JS file whose sources still find their data files", async () => {
    const path = await buildBundle("demo", "main.ts", { root: src }, cache);
    expect(path.startsWith(join(cache, "demo-"))).toBe(true);
    expect(await run(path)).toBe("main:alpha:v1");
    const manifest = JSON.parse(readFileSync(join(cache, "demo.json"), "utf8"));
    expect(Object.keys(manifest.inputs)).toEqual(["lib/label.ts", "main.ts"]);
  });

  it("is reused while the sources are unchanged and rebuilt when one changes", async () => {
    const first = await ensureBundle("demo", "main.ts", { root: src }, cache);
    expect(freshBundle("demo", cache, src)).toBe(first);
    expect(await ensureBundle("demo", "main.ts", { root: src }, cache)).toBe(first);

    const label = join(src, "lib", "label.ts");
    await writeFile(label, readFileSync(label, "utf8").replace(":v1", ":v2"));
    expect(freshBundle("demo", cache, src)).toBeUndefined();
    const second = await ensureBundle("demo", "main.ts", { root: src }, cache);
    expect(second).not.toBe(first);
    expect(freshBundle("demo", cache, src)).toBe(second);
    expect(await run(second!)).toBe("main:alpha:v2");
  });

  it("is rebuilt when a source it was built from is gone", async () => {
    await ensureBundle("demo", "main.ts", { root: src }, cache);
    const manifestPath = join(cache, "demo.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.inputs["lib/gone.ts"] = "0";
    await writeFile(manifestPath, JSON.stringify(manifest));
    expect(freshBundle("demo", cache, src)).toBeUndefined();
  });
});

describe("extraction worker bundle", () => {
  it("lists every extraction source it was built from", async () => {
    const entry = await workerEntry();
    expect(String(entry)).toMatch(/extract-worker-[0-9a-f]{20}\/extract-worker\.mjs$/);
    const dir = join(String(entry), "..", "..");
    const manifest = JSON.parse(readFileSync(join(dir, "extract-worker.json"), "utf8"));
    expect(manifest.entry).toBe(WORKER_SOURCE);
    for (const file of [
      "src/ingest/extract-batch.ts",
      "loaders/extract/index.ts",
      "loaders/extract/words.ts",
    ])
      expect(manifest.inputs).toHaveProperty([file]);
  });

  it("a worker started from the bundle returns exactly what inline extraction returns", async () => {
    const entry = await workerEntry();
    const docs: TextDocument[] = syntheticTexts(12, 8, 5).map((t) => makeDocument(t));
    const worker = new Worker(entry, { workerData: {} });
    try {
      const threaded = await new Promise<BatchResult>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.postMessage(docs);
      });
      const inline = extractBatch(docs);
      expect(threaded.failed).toEqual([]);
      expect(threaded.graph.edges.length).toBeGreaterThan(10);
      expect(threaded).toEqual(inline);
    } finally {
      await worker.terminate();
    }
  });
});
