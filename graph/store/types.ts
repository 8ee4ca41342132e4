/**
 * The storage boundary: one interface, two stores (Neo4j, and the embedded graphology store).
 * Stores return plain values only (no Neo4j integers or node objects) in the shapes of graph/model.ts.
 * The contract test suite (tests/store.contract.ts) runs against both.
 */
import type { RejectedRelation } from "../corrections/replay.ts";
import type { Correction } from "../corrections/schema.ts";
import type { Document, Interchange } from "../interchange.ts";
import type {
  DocumentDetail,
  EntityDetail,
  GraphFilter,
  GraphStats,
  RankedEntity,
  RelationDetail,
  SearchHit,
  SerializedGraph,
} from "../model.ts";
import type { NodeKind } from "../ontology.ts";
import type { EvidenceHit, EvidenceSearchOptions } from "../ops/evidence-search.ts";
import type { Filter } from "../ops/filter.ts";

/** What the one filter reads of an evidence piece. */
export interface EvidencePiece {
  date?: string;
  document: string;
}

/** Progress reported while writing. */
export interface WriteProgress {
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
}

/** What a write did. `skippedDocuments` were already stored complete and were left alone. */
export interface WriteStats extends WriteProgress {
  skippedDocuments: number;
}

/** Options for writing a graph. */
export interface WriteOptions {
  /** Rows per transaction (bounded batches). */
  batchSize?: number;
  onProgress?: (p: WriteProgress) => void;
}

/** Neighbourhood request: the one filter of graph/ops/filter.ts, a depth and a per-node limit. */
export interface NeighbourhoodOptions extends Filter {
  depth?: number;
  /** At most this many neighbours per expanded node; the rest are counted in `more`. */
  limit?: number;
}

/** A graph answer plus how many neighbours were left out per node. */
export interface GraphResult {
  graph: SerializedGraph;
  more: Record<string, number>;
}

/** A page of an entity's relations: `limit` relations from `offset`, each with at most `evidenceLimit` evidence. */
export interface RelationsPage {
  offset?: number;
  limit?: number;
  evidenceLimit?: number;
}

/** A page of one relation's evidence. */
export interface EvidencePage {
  evidenceOffset?: number;
  evidenceLimit?: number;
}

/** Defaults of the relation pages (docs: the paging contract of `GET /api/entities/:id/relations`). */
export const PAGE_DEFAULTS = {
  offset: 0,
  limit: 50,
  evidenceLimit: 3,
  evidenceOffset: 0,
  relationEvidenceLimit: 50,
};

/** One relation with a page of its evidence, its full evidence count and the names at both ends. */
export type PagedRelation = RelationDetail & { evidenceCount: number };

/** One relation of an entity, as the side panel lists it. */
export type EntityRelation = PagedRelation & { sourceName: string; targetName: string };

/**
 * An entity's relations ordered by type, then evidenceCount descending, then id; each relation's
 * evidence ordered by date (undated last), then document, then start offset.
 */
export interface EntityRelationsPage {
  relations: EntityRelation[];
  total: number;
  offset: number;
  limit: number;
}

/** Options for a read-only Cypher query. */
export interface QueryOptions {
  params?: Record<string, unknown>;
  timeoutMs?: number;
  maxRows?: number;
  /** Cap on the JSON size of the returned rows. */
  maxBytes?: number;
}

/** A Cypher result converted to plain values; `graph` holds any nodes and relationships returned. */
export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  /** Which cap cut the rows, when `truncated`. */
  cut?: { reason: "rows" | "bytes"; limit: number };
  graph: SerializedGraph;
}

/** What re-extraction changed in the extracted relations (before corrections). */
export interface ReplaceStats {
  documents: number;
  added: string[];
  removed: string[];
  /** Relations of the same actor pair whose type changed, as `old id -> new id`. */
  changedType: { from: string; to: string }[];
}

/** Which store backs the application. */
export type StoreKind = "neo4j" | "embedded";

/** The store interface both stores implement. */
export interface GraphStore {
  readonly kind: StoreKind;
  /** Creates constraints and indexes (idempotent). */
  init(): Promise<void>;
  /** Ids of the given documents that are already stored completely. */
  completedDocuments(ids: string[]): Promise<Set<string>>;
  /** Writes an interchange graph idempotently: MERGE on stable keys, evidence accumulates. */
  write(graph: Interchange, options?: WriteOptions): Promise<WriteStats>;
  search(query: string, options?: { kinds?: NodeKind[]; limit?: number }): Promise<SearchHit[]>;
  /** Relations whose evidence sentences contain words of `query` (graph/ops/evidence-search.ts). */
  searchEvidence(query: string, options?: EvidenceSearchOptions): Promise<EvidenceHit[]>;
  entity(id: string): Promise<EntityDetail>;
  relation(id: string): Promise<RelationDetail>;
  /** One relation with a page of its evidence (same order as `entityRelations`); NOT_FOUND when unknown. */
  relationPage(id: string, page?: EvidencePage): Promise<PagedRelation>;
  /** A page of an entity's relations with paged evidence; NOT_FOUND for an unknown entity. */
  entityRelations(id: string, page?: RelationsPage): Promise<EntityRelationsPage>;
  document(id: string): Promise<DocumentDetail>;
  documents(): Promise<Document[]>;
  neighbourhood(ids: string[], options?: NeighbourhoodOptions): Promise<GraphResult>;
  paths(
    from: string,
    to: string,
    options?: GraphFilter & { k?: number; maxDepth?: number },
  ): Promise<GraphResult & { paths: string[][] }>;
  subgraph(ids: string[]): Promise<SerializedGraph>;
  /** The selected part of the graph in the interchange format, evidence included. */
  exportInterchange(entityIds: string[]): Promise<Interchange>;
  stats(): Promise<GraphStats>;
  /** The `limit` actors with the most relations, by degree then name (one query, whatever the store's size). */
  topEntities(limit: number): Promise<RankedEntity[]>;
  /**
   * Each relation's evidence pieces as the one filter reads them (date, document), sorted by
   * document then date; ids of no relation with evidence are left out. One query.
   */
  relationEvidence(ids: string[]): Promise<Record<string, EvidencePiece[]>>;
  /** Read-only Cypher; the embedded store throws NEO4J_REQUIRED. */
  query(cypher: string, options?: QueryOptions): Promise<QueryResult>;
  /** The analysts' corrections, in replay order (stored apart from extracted data). */
  corrections(): Promise<Correction[]>;
  /**
   * Adds corrections whose ids are not stored yet and replays them onto the curated graph;
   * returns the ones that were new (a correction already stored is not added twice).
   */
  addCorrections(list: Correction[]): Promise<Correction[]>;
  /** Removes one correction and rebuilds the curated graph without it; NOT_FOUND when unknown. */
  removeCorrection(id: string): Promise<Correction>;
  /** Relations hidden by reject corrections, as they stood when rejected. */
  rejectedRelations(): Promise<RejectedRelation[]>;
  /**
   * Replaces the extracted mentions, relations and evidence of the documents of `graph` (ids kept)
   * by those of `graph`, then replays the corrections (`kgx reextract`).
   */
  replaceExtraction(graph: Interchange): Promise<ReplaceStats>;
  /** Resolves when the store answers (a connectivity check for Neo4j); throws its AppError otherwise. */
  ping(): Promise<void>;
  /** Removes everything (tests and `kgx reset`). */
  clear(): Promise<void>;
  close(): Promise<void>;
}
