/**
 * Corrections on the Neo4j store: keeps the extracted fragments in step with writes, stores and
 * removes corrections, and re-materialises the curated graph (extracted + corrections replayed,
 * in memory, then synced into Neo4j) after every change. With no correction stored, writes go
 * straight to the graph and store no fragments (the first correction stores them from the graph).
 */
import type { Driver } from "neo4j-driver";
import { fragmentsOf } from "../../corrections/fragments.ts";
import { curate } from "../../corrections/replay.ts";
import type { Correction } from "../../corrections/schema.ts";
import { AppError } from "../../errors.ts";
import type { Interchange } from "../../interchange.ts";
import { relationChanges } from "../embedded/replace.ts";
import type { ReplaceStats } from "../types.ts";
import {
  deleteCorrection,
  documentsWithoutFragment,
  documentTexts,
  mergeCorrections,
  type Read,
  readCorrections,
  readExtracted,
  writeFragments,
} from "./corrections.ts";
import { syncCurated } from "./curated-sync.ts";
import { exportInterchange } from "./reads.ts";

/** The corrections side of one Neo4j store. */
export class Neo4jCuration {
  constructor(
    private readonly driver: Driver,
    private readonly db: string | undefined,
    private readonly read: Read,
    private readonly batchSize: number,
  ) {}

  /** True when at least one correction is stored (one index lookup). */
  async hasCorrections(): Promise<boolean> {
    return (await this.read("MATCH (c:Correction) RETURN c.id AS id LIMIT 1")).length > 0;
  }

  /**
   * After a write of `input` (documents in `skip` were already stored): with corrections stored,
   * keep the fragments and replay. With none the graph is the extracted data itself, so nothing is
   * written: the first correction stores the missing fragments from it (ensureFragments).
   */
  async afterWrite(input: Interchange, skip: Set<string>): Promise<void> {
    if (!(await this.hasCorrections())) return;
    const docs = input.documents.map((d) => d.id).filter((id) => !skip.has(id));
    if (docs.length) await writeFragments(this.driver, this.db, input, docs);
    await this.materialise();
  }

  /** Stores fragments for documents loaded before the corrections layer (their data is still as extracted). */
  private async ensureFragments(): Promise<void> {
    const missing = await documentsWithoutFragment(this.read);
    if (!missing.length) return;
    if ((await readCorrections(this.read)).length)
      throw new AppError(
        "INTERNAL",
        `Documents ${missing.slice(0, 3).join(", ")} have no extracted fragment while corrections exist: run \`kgx reextract --documents ${missing.slice(0, 3).join(" ")}\`.`,
      );
    const ids = (await this.read("MATCH (e:Entity) RETURN e.id AS id")).map((r) => String(r.id));
    await writeFragments(this.driver, this.db, await exportInterchange(this.read, ids), missing);
  }

  /** The curated graph computed in memory and its replay report. */
  private async curated() {
    const corrections = await readCorrections(this.read);
    const extracted = await readExtracted(this.read);
    const texts = corrections.some((c) => c.op === "split") ? await documentTexts(this.read) : new Map();
    return curate(extracted, corrections, { textOf: (d) => texts.get(d) });
  }

  /** Makes the Neo4j graph the curated graph. */
  async materialise() {
    const { graph } = await this.curated();
    return syncCurated(this.driver, this.db, this.read, graph, this.batchSize);
  }

  corrections(): Promise<Correction[]> {
    return readCorrections(this.read);
  }

  async add(list: Correction[]): Promise<Correction[]> {
    await this.ensureFragments();
    const created = await mergeCorrections(this.driver, this.db, list);
    if (created.size) await this.materialise();
    return [...new Map(list.filter((c) => created.has(c.id)).map((c) => [c.id, c])).values()];
  }

  async remove(id: string): Promise<Correction> {
    await this.ensureFragments();
    const gone = await deleteCorrection(this.driver, this.db, id);
    if (!gone)
      throw new AppError("NOT_FOUND", `No correction with id "${id}". List them with GET /api/corrections.`);
    await this.materialise();
    return gone;
  }

  async rejected() {
    return (await this.curated()).report.rejected;
  }

  /** Replaces the fragments of the documents of `input`, then re-materialises the curated graph. */
  async replace(input: Interchange): Promise<ReplaceStats> {
    await this.ensureFragments();
    const before = new Set((await readExtracted(this.read)).edges());
    const docs = input.documents.map((d) => d.id);
    await writeFragments(this.driver, this.db, input, docs);
    const after = new Set((await readExtracted(this.read)).edges());
    await this.materialise();
    return { documents: docs.length, ...relationChanges(before, after) };
  }
}

/** The fragments a write stores (exported for tests). */
export { fragmentsOf };
