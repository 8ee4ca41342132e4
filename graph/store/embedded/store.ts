/**
 * The embedded store: an in-process graphology graph persisted to a snapshot (default
 * `.data/graph.json`) plus an append-only journal, behind the same GraphStore interface as Neo4j.
 * Several processes may share the files: writes take the lock file, reads first catch up with what
 * other processes wrote. Used for the quick start and whenever NEO4J_URI is not set. Cypher needs
 * Neo4j, so `query` says how to get it.
 */
import type { RejectedRelation } from "../../corrections/replay.ts";
import type { Correction } from "../../corrections/schema.ts";
import { AppError } from "../../errors.ts";
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
import { neighbourhood } from "../../ops/neighbourhood.ts";
import { paths } from "../../ops/paths.ts";
import { topByDegree } from "../../ops/rank.ts";
import { searchEntities } from "../../ops/search.ts";
import { createStoreGraph, type StoreGraph, serializeSelection } from "../../ops/store-graph.ts";
import { piece, sortPieces } from "../pieces.ts";
import type {
  EntityRelationsPage,
  EvidencePage,
  EvidencePiece,
  GraphResult,
  GraphStore,
  NeighbourhoodOptions,
  PagedRelation,
  QueryResult,
  RelationsPage,
  ReplaceStats,
  WriteOptions,
  WriteStats,
} from "../types.ts";
import { EmbeddedCorrections } from "./corrections.ts";
import { searchEvidence } from "./evidence-search.ts";
import { StoreFiles } from "./files.ts";
import { forEachMention } from "./mentions.ts";
import { withoutDocuments } from "./merge.ts";
import { applyRecord, emptyState, type StoredDocument, withText } from "./persist.ts";
import { entityRelations, relationPage } from "./relations.ts";
import { relationChanges, removeDocuments } from "./replace.ts";
import { texts } from "./texts.ts";

/** Options of the embedded store. */
export interface EmbeddedOptions {
  /** File to persist to; in memory only when undefined. */
  path?: string;
}

/** The in-process graphology store. */
export class EmbeddedStore implements GraphStore {
  readonly kind = "embedded" as const;
  /** The extracted graph, as loaded; reads see {@link graph}, the curated one. */
  private extracted: StoreGraph = createStoreGraph();
  private docs = new Map<string, StoredDocument>();
  private readonly files: StoreFiles | undefined;
  private turn: Promise<unknown> = Promise.resolve();
  /** The corrections section (its own file) and the curated graph. */
  readonly curation: EmbeddedCorrections;

  constructor(options: EmbeddedOptions = {}) {
    this.files = options.path ? new StoreFiles(options.path) : undefined;
    this.curation = new EmbeddedCorrections(options.path ? `${options.path}.corrections` : undefined);
  }

  /** The curated graph: extracted data with the corrections replayed. */
  private get graph(): StoreGraph {
    return this.curation.curated(this.extracted, this.textOf).graph;
  }
  private textOf = (document: string): string | undefined => {
    const d = this.docs.get(document);
    return d ? texts.get(d.text) : undefined;
  };

  async init(): Promise<void> {
    if (this.files) await this.exclusive(() => this.catchUp());
  }

  /** Runs `fn` after this process's earlier writes and syncs, holding the store's lock file. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.turn.then(() => (this.files ? this.files.locked(fn) : fn()));
    this.turn = run.catch(() => {});
    return run;
  }

  /** Takes in what other processes wrote (caller holds the lock). */
  private async catchUp(): Promise<void> {
    const state = await this.files!.sync({ graph: this.extracted, documents: this.docs });
    if (state.graph !== this.extracted || state.documents !== this.docs) this.curation.invalidate();
    this.extracted = state.graph;
    this.docs = state.documents;
    await this.curation.load();
  }

  /** Before a read: catches up when another process changed the files. */
  private async fresh(): Promise<void> {
    if (this.files && ((await this.files.changed()) || (await this.curation.changed())))
      await this.exclusive(() => this.catchUp());
  }

  async completedDocuments(ids: string[]): Promise<Set<string>> {
    await this.fresh();
    return new Set(ids.filter((id) => this.docs.get(id)?.complete));
  }

  async write(input: Interchange, options: WriteOptions = {}): Promise<WriteStats> {
    const stats = await this.exclusive(async () => {
      if (this.files) await this.catchUp();
      const skip = new Set(input.documents.filter((d) => this.docs.get(d.id)?.complete).map((d) => d.id));
      const kept = withoutDocuments(input, skip);
      const record = { ...kept, documents: kept.documents.map((d) => ({ ...d, text: d.text ?? "" })) };
      if (this.files) await this.files.append(record);
      const state = { graph: this.extracted, documents: this.docs };
      const counts = applyRecord(state, record);
      this.curation.invalidate();
      if (this.files) await this.files.compactIfDue(state);
      return { ...counts, documents: record.documents.length, skippedDocuments: skip.size };
    });
    options.onProgress?.(stats);
    return stats;
  }

  async search(query: string, options: { kinds?: NodeKind[]; limit?: number } = {}): Promise<SearchHit[]> {
    await this.fresh();
    return searchEntities(this.graph, query, options);
  }

  async searchEvidence(query: string, options?: EvidenceSearchOptions): Promise<EvidenceHit[]> {
    await this.fresh();
    return searchEvidence(this.graph, this.titleOf, query, options);
  }

  private need(id: string): void {
    if (!this.graph.hasNode(id))
      throw new AppError(
        "NOT_FOUND",
        `No entity with id "${id}". Search for it first (GET /api/search?q=...).`,
      );
  }

  async entity(id: string): Promise<EntityDetail> {
    await this.fresh();
    this.need(id);
    const n = this.graph.getNodeAttributes(id);
    const docIds = new Set<string>();
    forEachMention(n, (document) => docIds.add(document));
    this.graph.forEachEdge(id, (_e, a) => {
      for (const x of a.evidence) docIds.add(x.document);
    });
    const documents = [...docIds]
      .map((d) => this.docs.get(d))
      .filter((d): d is StoredDocument => !!d)
      .map(({ text: _t, complete: _c, ...d }) => d);
    return { id, name: n.name, kind: n.kind, aliases: n.aliases, degree: this.graph.degree(id), documents };
  }

  async relation(id: string): Promise<RelationDetail> {
    await this.fresh();
    if (!this.graph.hasEdge(id)) throw new AppError("NOT_FOUND", `No relation with id "${id}".`);
    const e = this.graph.getEdgeAttributes(id);
    const evidence = e.evidence.map((x) => {
      const title = this.docs.get(x.document)?.title;
      return title ? { ...x, documentTitle: title } : x;
    });
    return {
      id,
      source: this.graph.source(id),
      target: this.graph.target(id),
      type: e.type,
      confidence: e.confidence,
      evidence,
    };
  }

  private titleOf = (document: string) => this.docs.get(document)?.title;
  async relationPage(id: string, page?: EvidencePage): Promise<PagedRelation> {
    await this.fresh();
    if (!this.graph.hasEdge(id)) throw new AppError("NOT_FOUND", `No relation with id "${id}".`);
    return relationPage(this.graph, this.titleOf, id, page);
  }
  async entityRelations(id: string, page?: RelationsPage): Promise<EntityRelationsPage> {
    await this.fresh();
    this.need(id);
    return entityRelations(this.graph, this.titleOf, id, page);
  }

  async document(id: string): Promise<DocumentDetail> {
    await this.fresh();
    const d = this.docs.get(id);
    if (!d) throw new AppError("NOT_FOUND", `No document with id "${id}".`);
    const doc = withText(d);
    const mentions: DocumentDetail["mentions"] = [];
    this.graph.forEachNode((entity, n) => {
      forEachMention(n, (document, start, end) => {
        if (document === id) mentions.push({ entity, start, end });
      });
    });
    const evidence: DocumentDetail["evidence"] = [];
    this.graph.forEachEdge((relation, e) => {
      for (const x of e.evidence)
        if (x.document === id) evidence.push({ relation, start: x.start, end: x.end });
    });
    return { ...doc, mentions, evidence };
  }

  async documents(): Promise<Document[]> {
    await this.fresh();
    return [...this.docs.values()].filter((d) => d.complete).map(({ text: _t, complete: _c, ...d }) => d);
  }

  async neighbourhood(ids: string[], options: NeighbourhoodOptions = {}): Promise<GraphResult> {
    await this.fresh();
    for (const id of ids) this.need(id);
    return neighbourhood(this.graph, ids, options);
  }

  async paths(from: string, to: string, options: GraphFilter & { k?: number; maxDepth?: number } = {}) {
    await this.fresh();
    this.need(from);
    this.need(to);
    return paths(this.graph, from, to, options);
  }

  async subgraph(ids: string[]): Promise<SerializedGraph> {
    await this.fresh();
    const nodes = ids.filter((id) => this.graph.hasNode(id));
    const set = new Set(nodes);
    const edges = this.graph.filterEdges((_e, _a, s, t) => set.has(s) && set.has(t));
    return serializeSelection(this.graph, nodes, edges);
  }

  async exportInterchange(entityIds: string[]): Promise<Interchange> {
    await this.fresh();
    const set = new Set(entityIds.filter((id) => this.graph.hasNode(id)));
    const nodes = [...set].map((id) => ({ id, ...this.graph.getNodeAttributes(id) }));
    const edges = this.graph
      .filterEdges((_e, _a, s, t) => set.has(s) && set.has(t))
      .map((id) => ({
        id,
        source: this.graph.source(id),
        target: this.graph.target(id),
        ...this.graph.getEdgeAttributes(id),
      }));
    const cited = new Set([
      ...nodes.flatMap((n) => n.mentions.map((m) => m.document)),
      ...edges.flatMap((e) => e.evidence.map((x) => x.document)),
    ]);
    const documents = [...cited]
      .map((d) => this.docs.get(d))
      .filter((d): d is StoredDocument => !!d)
      .map(withText);
    return { documents, nodes, edges };
  }

  async stats(): Promise<GraphStats> {
    await this.fresh();
    const byKind: Record<string, number> = {};
    const byType: Record<string, number> = {};
    let evidence = 0;
    this.graph.forEachNode((_n, a) => {
      byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    });
    this.graph.forEachEdge((_e, a) => {
      byType[a.type] = (byType[a.type] ?? 0) + 1;
      evidence += a.evidence.length;
    });
    return {
      documents: (await this.documents()).length,
      entities: this.graph.order,
      relations: this.graph.size,
      evidence,
      byKind,
      byType,
    };
  }

  async relationEvidence(ids: string[]): Promise<Record<string, EvidencePiece[]>> {
    await this.fresh();
    const out: Record<string, EvidencePiece[]> = {};
    for (const id of ids) {
      const evidence = this.graph.hasEdge(id) ? this.graph.getEdgeAttribute(id, "evidence") : [];
      if (evidence.length) out[id] = sortPieces(evidence.map((x) => piece(x.document, x.date)));
    }
    return out;
  }

  async topEntities(limit: number): Promise<RankedEntity[]> {
    await this.fresh();
    return topByDegree(this.graph, { limit });
  }

  async query(): Promise<QueryResult> {
    throw new AppError(
      "NEO4J_REQUIRED",
      "Cypher needs Neo4j; the embedded store cannot run it. Start one with `npm run neo4j -- start`, set NEO4J_URI=bolt://127.0.0.1:7687 (and NEO4J_PASSWORD), then load your documents with `kgx load`.",
    );
  }

  async corrections(): Promise<Correction[]> {
    await this.fresh();
    return this.curation.all();
  }

  async addCorrections(list: Correction[]): Promise<Correction[]> {
    return this.exclusive(async () => {
      if (this.files) await this.catchUp();
      const have = new Set(this.curation.all().map((c) => c.id));
      const added = [...new Map(list.map((c) => [c.id, c])).values()].filter((c) => !have.has(c.id));
      if (added.length) await this.curation.save([...this.curation.all(), ...added]);
      return added;
    });
  }

  async removeCorrection(id: string): Promise<Correction> {
    return this.exclusive(async () => {
      if (this.files) await this.catchUp();
      const gone = this.curation.all().find((c) => c.id === id);
      if (!gone)
        throw new AppError(
          "NOT_FOUND",
          `No correction with id "${id}". List them with GET /api/corrections.`,
        );
      await this.curation.save(this.curation.all().filter((c) => c.id !== id));
      return gone;
    });
  }

  async rejectedRelations(): Promise<RejectedRelation[]> {
    await this.fresh();
    return this.curation.curated(this.extracted, this.textOf).report.rejected;
  }

  async replaceExtraction(input: Interchange): Promise<ReplaceStats> {
    return this.exclusive(async () => {
      if (this.files) await this.catchUp();
      const ids = new Set(input.documents.map((d) => d.id));
      const before = removeDocuments(this.extracted, ids);
      const state = { graph: this.extracted, documents: this.docs };
      applyRecord(state, {
        ...input,
        documents: input.documents.map((d) => ({ ...d, text: d.text ?? this.textOf(d.id) ?? "" })),
      });
      this.curation.invalidate();
      if (this.files) await this.files.compact(state);
      return { documents: ids.size, ...relationChanges(before, new Set(this.extracted.edges())) };
    });
  }

  /** The embedded store lives in this process: always there. */
  async ping(): Promise<void> {}

  async clear(): Promise<void> {
    await this.exclusive(async () => {
      const state = emptyState();
      if (this.files) await this.files.compact(state);
      await this.curation.save([]);
      this.extracted = state.graph;
      this.docs = state.documents;
    });
  }

  async close(): Promise<void> {}
}
