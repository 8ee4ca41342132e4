/**
 * The embedded store's files: writes append to the journal instead of rewriting the snapshot, a
 * killed append loses nothing stored before and duplicates nothing, stores sharing the files (as
 * separate processes do) see each other's writes, and damaged files are reported, never overwritten.
 */
import { spawnSync } from "node:child_process";
import { appendFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Interchange } from "../graph/interchange.ts";
import { entityId, relationId } from "../graph/ontology.ts";
import { LockTimeoutError, withFileLock } from "../graph/store/embedded/lock.ts";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { isAppError } from "../src/errors.ts";

/** One document naming two actors, one relation between them with one evidence sentence. */
function docGraph(i: number): Interchange {
  const text = `Agency ${i} warned Cartel ${i} about the raid.`;
  const doc = `doc:files-${i}`;
  const a = entityId("Institution", `Agency ${i}`);
  const b = entityId("Cartel", `Cartel ${i}`);
  const hub = entityId("Government", "Hubland");
  const mention = (start: number, end: number) => [{ document: doc, start, end }];
  return {
    documents: [{ id: doc, source: `files/${i}.txt`, text }],
    nodes: [
      { id: a, kind: "Institution", name: `Agency ${i}`, aliases: [], mentions: mention(0, 9) },
      { id: b, kind: "Cartel", name: `Cartel ${i}`, aliases: [], mentions: mention(17, 25) },
      { id: hub, kind: "Government", name: "Hubland", aliases: [], mentions: [] },
    ],
    edges: [
      {
        id: relationId(a, "THREATENS", b),
        source: a,
        target: b,
        type: "THREATENS",
        confidence: 0.8,
        evidence: [{ document: doc, sentence: text, start: 0, end: text.length, cue: "warned" }],
      },
      {
        id: relationId(hub, "TARGETS", b),
        source: hub,
        target: b,
        type: "TARGETS",
        confidence: 0.6,
        evidence: [{ document: doc, sentence: text, start: 0, end: text.length }],
      },
    ],
  };
}

async function storeAt(path: string): Promise<EmbeddedStore> {
  const store = new EmbeddedStore({ path });
  await store.init();
  return store;
}

const tempStore = async () => join(await mkdtemp(join(tmpdir(), "kgx-files-")), "graph.json");

describe("embedded store files", () => {
  it("appends later writes to the journal and leaves the snapshot alone", async () => {
    const path = await tempStore();
    const store = await storeAt(path);
    for (let i = 0; i < 5; i++) await store.write(docGraph(i));
    const snapshot = await stat(path);
    await store.write(docGraph(5));
    expect((await stat(path)).mtimeMs).toBe(snapshot.mtimeMs);
    const journal = await readFile(`${path}.journal`, "utf8");
    expect(journal.endsWith("\n")).toBe(true);
    expect(JSON.parse(journal.trim().split("\n").at(-1)!).documents.map((d: { id: string }) => d.id)).toEqual(
      ["doc:files-5"],
    );
    const reopened = await storeAt(path);
    expect(await reopened.stats()).toEqual(await store.stats());
    expect((await reopened.stats()).documents).toBe(6);
    expect(
      (
        await reopened.relation(
          relationId(entityId("Government", "Hubland"), "TARGETS", entityId("Cartel", "Cartel 5")),
        )
      ).evidence,
    ).toHaveLength(1);
  });

  it("compacts the journal into a new snapshot once it has grown as large as the snapshot", async () => {
    const path = await tempStore();
    const store = await storeAt(path);
    for (let i = 0; i < 60; i++) await store.write(docGraph(i));
    const snapshotBytes = (await stat(path)).size;
    const journalBytes = (await stat(`${path}.journal`)).size;
    expect(journalBytes).toBeLessThan(snapshotBytes);
    const snapshot = JSON.parse(await readFile(path, "utf8"));
    expect(snapshot.documents.length).toBeGreaterThan(30);
    await expect((await storeAt(path)).stats()).resolves.toMatchObject({
      documents: 60,
      relations: 120,
      evidence: 120,
    });
  });

  it("removes the temporary snapshot a process killed while compacting left behind", async () => {
    const path = await tempStore();
    await writeFile(`${path}.99999.tmp`, '{"documents":[');
    await (await storeAt(path)).write(docGraph(0));
    await expect(stat(`${path}.99999.tmp`)).rejects.toMatchObject({ code: "ENOENT" });
    expect(JSON.parse(await readFile(path, "utf8")).documents).toHaveLength(1);
  });

  it("after a killed append keeps everything written before, and a rerun adds it once", async () => {
    const path = await tempStore();
    const store = await storeAt(path);
    await store.write(docGraph(0));
    await store.write(docGraph(1));
    const torn = JSON.stringify(docGraph(2));
    await appendFile(`${path}.journal`, torn.slice(0, torn.length / 2));
    const rerun = await storeAt(path);
    expect((await rerun.documents()).map((d) => d.id)).toEqual(["doc:files-0", "doc:files-1"]);
    for (const i of [1, 2]) await rerun.write(docGraph(i));
    const after = await storeAt(path);
    expect(await after.stats()).toMatchObject({ documents: 3, relations: 6, evidence: 6 });
    const lines = (await readFile(`${path}.journal`, "utf8")).split("\n");
    expect(lines.every((l) => l === "" || JSON.parse(l))).toBeTruthy();
  });

  it("two stores on the same files keep every document, and a reader sees later writes", async () => {
    const path = await tempStore();
    const reader = await storeAt(path);
    const a = await storeAt(path);
    const b = await storeAt(path);
    await Promise.all([
      (async () => {
        for (let i = 0; i < 20; i++) await a.write(docGraph(i));
      })(),
      (async () => {
        for (let i = 100; i < 120; i++) await b.write(docGraph(i));
      })(),
    ]);
    await expect((await storeAt(path)).stats()).resolves.toMatchObject({ documents: 40, relations: 80 });
    expect(await reader.stats()).toMatchObject({ documents: 40, relations: 80, evidence: 80 });
    expect((await reader.entity(entityId("Government", "Hubland"))).degree).toBe(40);
  });

  it("reports a truncated snapshot in one sentence naming it, and never overwrites it", async () => {
    const path = await tempStore();
    const store = await storeAt(path);
    await store.write(docGraph(0));
    const whole = await readFile(path, "utf8");
    await writeFile(path, whole.slice(0, whole.length / 2));
    const damaged = new EmbeddedStore({ path });
    const error = await damaged.init().catch((e) => e);
    expect(isAppError(error, "INPUT_MALFORMED")).toBe(true);
    expect(error.message).toContain(path);
    expect(error.message).not.toContain("\n");
    await expect(damaged.write(docGraph(1))).rejects.toSatisfy((e) => isAppError(e, "INPUT_MALFORMED"));
    expect(await readFile(path, "utf8")).toBe(whole.slice(0, whole.length / 2));
  });

  it("reports a damaged journal line naming the journal and the line", async () => {
    const path = await tempStore();
    const store = await storeAt(path);
    for (let i = 0; i < 3; i++) await store.write(docGraph(i));
    await appendFile(`${path}.journal`, "{not json\n");
    const error = await new EmbeddedStore({ path }).init().catch((e) => e);
    expect(isAppError(error, "INPUT_MALFORMED")).toBe(true);
    expect(error.message).toContain(`${path}.journal`);
    expect(error.message).toContain("line 2");
  });

  it("breaks a lock left by a process that is gone, and waits for a live one", async () => {
    const path = await tempStore();
    const dead = spawnSync("node", ["-e", ""]).pid;
    await writeFile(`${path}.lock`, `${dead} ${hostname()} 2020-01-01T00:00:00.000Z`);
    const store = await storeAt(path);
    await store.write(docGraph(0));
    await expect((await storeAt(path)).documents()).resolves.toHaveLength(1);
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: "ENOENT" });
    await writeFile(`${path}.lock`, `${process.pid} ${hostname()} now`);
    const waited = withFileLock(`${path}.lock`, async () => "ran", { timeoutMs: 300 });
    await expect(waited).rejects.toBeInstanceOf(LockTimeoutError);
  });
});
