/**
 * The Neo4j store: the GraphStore interface over one driver (created in the constructor, closed by
 * `close`). Writes are batched and idempotent (writer.ts); reads convert every value to plain data
 * (reads.ts, traverse.ts); Cypher from users runs read-only (query.ts). Driver errors leave as
 * AppErrors (driver.ts).
 */
import type { Driver } from "neo4j-driver";
import type { RejectedRelation } from "../../corrections/replay.ts";
import type { Correction } from "../../corrections/schema.ts";
import type { Document, Interchange } from "../../interchange.ts";
import type {
  DocumentDetail,
  EntityDetail,
  GraphFilter,
  GraphStats,
  RankedEntity,
  RelationDetail,
  SearchHit,
  SerializedGraph,
} from "../../model.ts";
import type { NodeKind } from "../../ontology.ts";
import type { EvidenceHit, EvidenceSearchOptions } from "../../ops/evidence-search.ts";
import type {
  EntityRelationsPage,
  EvidencePage,
  EvidencePiece,
  GraphResult,
  GraphStore,
  NeighbourhoodOptions,
  PagedRelation,
  QueryOptions,
  QueryResult,
  RelationsPage,
  ReplaceStats,
  WriteOptions,
  WriteStats,
} from "../types.ts";
import { CypherConsole } from "./console/run.ts";
import { CORRECTION_SCHEMA } from "./corrections.ts";
import { Neo4jCuration } from "./curation.ts";
import { createDriver, type Neo4jConnection, readRecords, toAppError, verify } from "./driver.ts";
import { searchEvidence } from "./evidence-search.ts";
import * as reads from "./reads.ts";
import { plainRows } from "./reads.ts";
import * as paged from "./relations.ts";
import { SCHEMA_STATEMENTS } from "./schema.ts";
import { relationEvidence, topEntities } from "./top.ts";
import * as traverse from "./traverse.ts";
import { batchRunner, type Created, runSteps, writeSteps } from "./writer.ts";

/** Tuning of the Neo4j store. */
export interface Neo4jStoreOptions {
  batchSize?: number;
  queryTimeoutMs?: number;
  queryMaxRows?: number;
  queryMaxBytes?: number;
}

/** Defaults of the Neo4j store. */
export const NEO4J_STORE_DEFAULTS = {
  batchSize: 500,
  queryTimeoutMs: 10_000,
  queryMaxRows: 1000,
  queryMaxBytes: 4_000_000,
};

/** GraphStore over Neo4j. */
export class Neo4jStore implements GraphStore {
  readonly kind = "neo4j" as const;
  readonly driver: Driver;
  private readonly options: Required<Neo4jStoreOptions>;

  constructor(
    private readonly connection: Neo4jConnection,
    options: Neo4jStoreOptions = {},
  ) {
    this.driver = createDriver(connection);
    this.options = { ...NEO4J_STORE_DEFAULTS, ...options };
    this.curation = new Neo4jCuration(this.driver, connection.database, this.plain, this.options.batchSize);
  }

  /** Corrections: stored apart, replayed into the graph (curation.ts). */
  private readonly curation: Neo4jCuration;

  private get db() {
    return this.connection.database;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw toAppError(e, this.connection);
    }
  }

  /** Read query returning plain rows. */
  private plain = (cypher: string, params: Record<string, unknown> = {}) =>
    this.guard(async () => plainRows(await readRecords(this.driver, this.db, cypher, params)));

  /** Read query returning raw driver values (for graph collection). */
  private raw = (cypher: string, params: Record<string, unknown> = {}) =>
    this.guard(async () => {
      const records = await readRecords(this.driver, this.db, cypher, params);
      return records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), r.get(k)])));
    });

  async init(): Promise<void> {
    await verify(this.driver, this.connection);
    await this.guard(async () => {
      for (const statement of [...SCHEMA_STATEMENTS, ...CORRECTION_SCHEMA])
        await this.driver.executeQuery(statement, {}, { database: this.db });
      await this.driver.executeQuery("CALL db.awaitIndexes(120)", {}, { database: this.db });
    });
  }

  /** Which of `ids` are stored, and whether each is complete. */
  private async storedDocuments(ids: string[]): Promise<Map<string, boolean>> {
    const rows = await this.plain(
      "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.complete = true AS complete",
      { ids },
    );
    return new Map(rows.map((r) => [String(r.id), r.complete === true]));
  }

  async completedDocuments(ids: string[]): Promise<Set<string>> {
    const stored = await this.storedDocuments(ids);
    return new Set(ids.filter((id) => stored.get(id)));
  }

  async write(graph: Interchange, options: WriteOptions = {}): Promise<WriteStats> {
    const ids = graph.documents.map((d) => d.id);
    const stored = await this.storedDocuments(ids);
    const skip = new Set(ids.filter((id) => stored.get(id)));
    const fresh = new Set(ids.filter((id) => !stored.has(id)));
    const corrected = await this.curation.hasCorrections();
    const before = corrected ? await this.counts() : undefined;
    const runner = batchRunner(this.driver, this.db);
    let created: Created;
    try {
      created = await this.guard(() =>
        runSteps(runner, writeSteps(graph, skip, fresh), {
          ...options,
          batchSize: options.batchSize ?? this.options.batchSize,
        }),
      );
    } finally {
      await runner.close?.();
    }
    await this.guard(() => this.curation.afterWrite(graph, skip));
    // With corrections the curated sync rewrites the graph: count what is there. Without any, the
    // write's own query summaries say what it created (no count queries per batch).
    if (before) {
      const after = await this.counts();
      created = {
        entities: after.entities - before.entities,
        relations: after.relations - before.relations,
        evidence: after.evidence - before.evidence,
      };
    }
    return { documents: graph.documents.length - skip.size, skippedDocuments: skip.size, ...created };
  }

  /** Counts from the count store: relations between entities are all relationships but mentions and sources. */
  private async counts() {
    const [r] = await this.plain(
      `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS all }
       CALL () { MATCH ()-[r:MENTIONED_IN]->() RETURN count(r) AS mentions }
       CALL () { MATCH ()-[r:FROM]->() RETURN count(r) AS sources }
       CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
       RETURN entities, all - mentions - sources AS relations, evidence`,
    );
    return { entities: Number(r!.entities), relations: Number(r!.relations), evidence: Number(r!.evidence) };
  }

  search(query: string, options: { kinds?: NodeKind[]; limit?: number } = {}): Promise<SearchHit[]> {
    return reads.search(this.plain, query, options);
  }
  searchEvidence(query: string, options?: EvidenceSearchOptions): Promise<EvidenceHit[]> {
    return searchEvidence(this.plain, query, options);
  }
  entity(id: string): Promise<EntityDetail> {
    return reads.entity(this.plain, id);
  }
  relation(id: string): Promise<RelationDetail> {
    return reads.relation(this.plain, id);
  }
  relationPage(id: string, page?: EvidencePage): Promise<PagedRelation> {
    return paged.relationPage(this.plain, id, page);
  }
  entityRelations(id: string, page?: RelationsPage): Promise<EntityRelationsPage> {
    return paged.entityRelations(this.plain, id, page);
  }
  document(id: string): Promise<DocumentDetail> {
    return reads.document(this.plain, id);
  }
  documents(): Promise<Document[]> {
    return reads.documents(this.plain);
  }
  stats(): Promise<GraphStats> {
    return reads.stats(this.plain);
  }
  topEntities(limit: number): Promise<RankedEntity[]> {
    return topEntities(this.plain, limit);
  }
  relationEvidence(ids: string[]): Promise<Record<string, EvidencePiece[]>> {
    return relationEvidence(this.plain, ids);
  }
  exportInterchange(ids: string[]): Promise<Interchange> {
    return reads.exportInterchange(this.plain, ids);
  }

  private async need(ids: string[]): Promise<void> {
    const rows = await this.plain(
      "UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id}) WITH id, e WHERE e IS NULL RETURN id",
      { ids },
    );
    if (rows.length) await reads.entity(this.plain, String(rows[0]!.id));
  }

  async neighbourhood(ids: string[], options: NeighbourhoodOptions = {}): Promise<GraphResult> {
    return traverse.neighbourhood(this.plain, ids, options, (missing) => this.need(missing));
  }

  async paths(from: string, to: string, options: GraphFilter & { k?: number; maxDepth?: number } = {}) {
    await this.need([from, to]);
    return traverse.paths(this.raw, from, to, options);
  }

  subgraph(ids: string[]): Promise<SerializedGraph> {
    return traverse.subgraph(this.raw, ids);
  }

  private console?: CypherConsole;

  /** Read-only Cypher in the console's worker, as the read-only user when one is configured. */
  query(cypher: string, options: QueryOptions = {}): Promise<QueryResult> {
    const c = this.connection;
    this.console ??= new CypherConsole(
      {
        uri: c.uri,
        user: c.readUser ?? c.user,
        password: c.readUser ? (c.readPassword ?? "") : c.password,
        ...(c.database ? { database: c.database } : {}),
      },
      {
        timeoutMs: this.options.queryTimeoutMs,
        maxRows: this.options.queryMaxRows,
        maxBytes: this.options.queryMaxBytes,
      },
    );
    return this.console.run(cypher, options);
  }

  corrections(): Promise<Correction[]> {
    return this.guard(() => this.curation.corrections());
  }
  addCorrections(list: Correction[]): Promise<Correction[]> {
    return this.guard(() => this.curation.add(list));
  }
  removeCorrection(id: string): Promise<Correction> {
    return this.guard(() => this.curation.remove(id));
  }
  rejectedRelations(): Promise<RejectedRelation[]> {
    return this.guard(() => this.curation.rejected());
  }
  replaceExtraction(graph: Interchange): Promise<ReplaceStats> {
    return this.guard(() => this.curation.replace(graph));
  }

  async ping(): Promise<void> {
    await this.guard(() => this.driver.verifyConnectivity(this.db ? { database: this.db } : {}));
  }

  async clear(): Promise<void> {
    await this.guard(async () => {
      const session = this.driver.session({ ...(this.db ? { database: this.db } : {}) });
      try {
        await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    await this.console?.close();
    await this.driver.close();
  }
}
