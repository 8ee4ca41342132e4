/**
 * The load pipeline with parallel extraction: worker threads give exactly what inline extraction
 * gives, documents are stored in input order, and a bad file (or a document extraction fails on)
 * is reported while the others load.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { getPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { makeDocument } from "../loaders/read/document.ts";
import { syntheticTexts } from "../scripts/lib/synthetic-text.ts";
import { extractBatch, type TextDocument } from "../src/ingest/extract-batch.ts";
import { loadPaths } from "../src/ingest/load.ts";
import { ExtractPool } from "../src/ingest/pool.ts";

let root: string;
let input: string;
const COUNT = 40;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "kgx-ingest-"));
  input = join(root, "in");
  await mkdir(input, { recursive: true });
  const texts = syntheticTexts(COUNT, 8, 11);
  await Promise.all(texts.map((t, i) => writeFile(join(input, `${String(i).padStart(3, "0")}.txt`), t.text)));
});

async function loadWith(workers: number, dir: string) {
  const path = join(root, `store-${workers}-${Math.random().toString(36).slice(2)}`, "graph.json");
  const store = new EmbeddedStore({ path });
  await store.init();
  const result = await loadPaths(store, [dir], { workers, batchDocuments: 3 });
  return { store, path, result };
}

describe("parallel extraction", () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it("a worker thread returns exactly what inline extraction returns", async () => {
    const docs = syntheticTexts(12, 10, 5).map((d) => makeDocument(d));
    const batches = [docs.slice(0, 4), docs.slice(4, 8), docs.slice(8)];
    const threaded = await Promise.all(batches.map((b) => pool.run(b)));
    expect(threaded).toEqual(batches.map((b) => extractBatch(b)));
    expect(threaded[0]!.graph.edges.length).toBeGreaterThan(3);
  }, 90_000);

  it("a batch split across the threads is merged into exactly the whole batch's extraction", async () => {
    const docs = syntheticTexts(40, 10, 7).map((d) => makeDocument(d));
    const threaded = await pool.run(docs);
    const inline = extractBatch(docs);
    expect(threaded).toEqual(inline);
    // Relations found in both halves: their evidence and confidence were combined across the parts.
    const first = new Set(docs.slice(0, 20).map((d) => d.id));
    const across = inline.graph.edges.filter(
      (e) => e.evidence.some((v) => first.has(v.document)) && e.evidence.some((v) => !first.has(v.document)),
    );
    expect(across.length).toBeGreaterThan(5);
  }, 90_000);

  /** Nice values of this process's threads (Linux: /proc/self/task/<tid>/stat, field 19). */
  const threadNiceness = () =>
    readdirSync("/proc/self/task").map((t) =>
      Number(readFileSync(`/proc/self/task/${t}/stat`, "utf8").split(") ")[1]!.split(" ")[16]),
    );

  it.runIf(process.platform === "linux")(
    "a pool's threads run at its niceness, the calling thread keeps its own",
    async () => {
      const niced = new ExtractPool(2, {}, 7);
      try {
        const docs = syntheticTexts(2, 4, 3).map((d) => makeDocument(d));
        await Promise.all([niced.run(docs.slice(0, 1)), niced.run(docs.slice(1))]);
        expect(getPriority()).toBe(0);
        expect(threadNiceness().filter((n) => n === 7).length).toBeGreaterThanOrEqual(2);
      } finally {
        await niced.close();
      }
      expect(threadNiceness().filter((n) => n === 7)).toEqual([]);
    },
    90_000,
  );

  it("stores the same graph, byte for byte, with 1 and 2 workers, in input order", async () => {
    const one = await loadWith(1, input);
    const two = await loadWith(2, input);
    expect(two.result.documents).toBe(COUNT);
    expect(two.result.written).toEqual(one.result.written);
    for (const file of ["", ".journal"]) {
      expect(await readFile(`${two.path}${file}`, "utf8")).toBe(await readFile(`${one.path}${file}`, "utf8"));
    }
    const sources = (await two.store.documents()).map((d) => d.source);
    expect(sources).toEqual(sources.map((_s, i) => `${String(i).padStart(3, "0")}.txt`));
  }, 90_000);

  it("reports a bad file while the others load", async () => {
    const dir = join(root, "mixed");
    await mkdir(dir, { recursive: true });
    const texts = syntheticTexts(7, 6, 3);
    await Promise.all(texts.map((t, i) => writeFile(join(dir, `${i}.txt`), t.text)));
    await writeFile(join(dir, "3-bad.txt"), Buffer.from([0x41, 0, 0x42]));
    const { result, store } = await loadWith(2, dir);
    expect(result.problems.map((p) => [p.file, p.code])).toEqual([[join(dir, "3-bad.txt"), "INPUT_BINARY"]]);
    expect(result.documents).toBe(7);
    expect(result.files).toBe(8);
    expect(result.totalFiles).toBe(8);
    expect((await store.documents()).length).toBe(7);
  }, 90_000);

  it("writes batches in order while reading goes on, and stops at the first failed write", async () => {
    const path = join(root, `store-failing-${Math.random().toString(36).slice(2)}`, "graph.json");
    const store = new EmbeddedStore({ path });
    await store.init();
    const writes: string[][] = [];
    const write = store.write.bind(store);
    store.write = async (graph, options) => {
      writes.push(graph.documents.map((d) => d.source));
      if (writes.length === 2) throw new Error("disk full");
      return write(graph, options);
    };
    await expect(loadPaths(store, [input], { workers: 2, batchDocuments: 3 })).rejects.toThrow("disk full");
    expect(writes).toEqual([
      ["000.txt", "001.txt", "002.txt"],
      ["003.txt", "004.txt", "005.txt"],
    ]);
    expect((await store.documents()).map((d) => d.source)).toEqual(writes[0]);
  }, 90_000);

  it("closes the extractor as soon as every batch is extracted, before the last writes end", async () => {
    const path = join(root, `store-close-${Math.random().toString(36).slice(2)}`, "graph.json");
    const store = new EmbeddedStore({ path });
    await store.init();
    const events: string[] = [];
    const write = store.write.bind(store);
    store.write = async (graph, options) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      events.push("written");
      return write(graph, options);
    };
    const extractor = {
      run: async (docs: TextDocument[]) => extractBatch(docs),
      close: async () => void events.push("closed"),
    };
    const result = await loadPaths(store, [input], { batchDocuments: 4, extractor });
    expect(result.documents).toBe(COUNT);
    expect(events.filter((e) => e === "written")).toHaveLength(COUNT / 4);
    expect(events.indexOf("closed")).toBeGreaterThan(-1);
    expect(events.indexOf("closed")).toBeLessThan(events.lastIndexOf("written"));
  }, 90_000);

  it("names a document extraction fails on and extracts the rest of its batch", () => {
    const [a, b] = syntheticTexts(2, 6, 9).map((d) => makeDocument(d));
    const broken = { id: "doc:broken", source: "broken.txt", text: undefined } as unknown as TextDocument;
    const { graph, failed } = extractBatch([a!, broken, b!]);
    expect(failed.map((f) => [f.id, f.source])).toEqual([["doc:broken", "broken.txt"]]);
    expect(graph).toEqual(extractBatch([a!, b!]).graph);
  });
});
