/**
 * The corrections section of the embedded store: its own file beside the snapshot
 * (`graph.json.corrections`, the export format, replaced atomically) and the curated graph, built
 * lazily from the extracted graph and the corrections, and rebuilt whenever either changes. With
 * no corrections the curated graph is the extracted one (no copy).
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { curate, emptyReport, type ReplayReport } from "../../corrections/replay.ts";
import { byReplayOrder, type Correction, CorrectionsFileSchema } from "../../corrections/schema.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import { type FileMark, markOf, sameMark } from "./journal.ts";
import { damagedStore } from "./persist.ts";

/** The corrections of one embedded store and the curated graph they give. */
export class EmbeddedCorrections {
  private list: Correction[] = [];
  private mark: FileMark | undefined;
  private loaded = false;
  private cache: { base: StoreGraph; graph: StoreGraph; report: ReplayReport } | undefined;

  /** `path` is the corrections file; in memory only when undefined. */
  constructor(private readonly path?: string) {}

  /** True when another process changed the file since this one read or wrote it. */
  async changed(): Promise<boolean> {
    if (!this.path) return false;
    return !this.loaded || !sameMark(await markOf(this.path), this.mark);
  }

  /** Reads the file when it changed (call under the store's lock). */
  async load(): Promise<void> {
    if (!this.path || !(await this.changed())) return;
    const mark = await markOf(this.path);
    let list: Correction[] = [];
    if (mark) {
      const raw = await readFile(this.path, "utf8");
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (e) {
        throw damagedStore(this.path, `not valid JSON: ${(e as Error).message}`);
      }
      const parsed = CorrectionsFileSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw damagedStore(this.path, `not a corrections file: ${issue?.path.join(".")}: ${issue?.message}`);
      }
      list = parsed.data.corrections;
    }
    this.list = list.sort(byReplayOrder);
    this.mark = mark;
    this.loaded = true;
    this.cache = undefined;
  }

  /** The corrections in replay order. */
  all(): Correction[] {
    return [...this.list];
  }

  /** Stores `list` as the corrections (call under the store's lock, after {@link load}). */
  async save(list: Correction[]): Promise<void> {
    this.list = [...list].sort(byReplayOrder);
    this.cache = undefined;
    if (!this.path) return;
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify({ format: "kgx-corrections", version: 1, corrections: this.list }));
    await rename(tmp, this.path);
    this.mark = await markOf(this.path);
    this.loaded = true;
  }

  /** Forgets the curated graph (the extracted graph changed). */
  invalidate(): void {
    this.cache = undefined;
  }

  /** The curated graph of `base` and the replay's report. */
  curated(base: StoreGraph, textOf: (document: string) => string | undefined) {
    if (!this.list.length) return { graph: base, report: emptyReport() };
    if (this.cache?.base !== base) {
      const { graph, report } = curate(base, this.list, { textOf });
      this.cache = { base, graph, report };
    }
    return this.cache;
  }
}
