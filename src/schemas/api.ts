/**
 * The wire contract between the express API and the web client: one zod schema per request and
 * response, and a route table that the server mounts, the OpenAPI document describes and the
 * web client calls. Change a shape here and all three follow.
 */
import { z } from "zod";
import {
  CorrectionInputSchema,
  CorrectionSchema,
  RejectedRelationSchema,
} from "../../graph/corrections/schema.ts";
import { DocumentSchema } from "../../graph/interchange.ts";
import {
  DocumentDetailSchema,
  EntityDetailSchema,
  GraphFilterSchema,
  GraphStatsSchema,
  RankedEntitySchema,
  RelationDetailSchema,
  SearchHitSchema,
  SerializedGraphSchema,
} from "../../graph/model.ts";
import { NodeKind } from "../../graph/ontology.ts";
import { EvidenceHitSchema } from "../../graph/ops/evidence-search.ts";

/** A comma-separated list in a query string; when given, it names at least one item. */
const csvList = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v),
    z.array(item).min(1, "must name at least one value (or leave the parameter out)"),
  ) as unknown as z.ZodType<z.infer<T>[]>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  kinds: csvList(NodeKind).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});
export const SearchResponse = z.object({ hits: z.array(SearchHitSchema) });

/** Full-text search over evidence sentences, `GET /api/evidence/search`. */
export const EvidenceSearchQuery = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const EvidenceSearchResponse = z.object({ hits: z.array(EvidenceHitSchema) });

export const IdParams = z.object({ id: z.string().min(1) });

/** Paging of `GET /api/entities/:id/relations` (the agreed paging contract). */
export const EntityRelationsQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  evidenceLimit: z.coerce.number().int().min(0).max(50).default(3),
});
/** A page of an entity's relations: by type, then evidenceCount descending, then id; evidence paged. */
export const EntityRelationsResponse = z.object({
  relations: z.array(
    RelationDetailSchema.extend({
      sourceName: z.string(),
      targetName: z.string(),
      evidenceCount: z.number().int().nonnegative(),
    }),
  ),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});

/** Paging of one relation's evidence, `GET /api/relations/:id`. */
export const RelationQuery = z.object({
  evidenceOffset: z.coerce.number().int().min(0).default(0),
  evidenceLimit: z.coerce.number().int().min(1).max(500).default(50),
});
/** One relation with the requested page of its evidence and its full evidence count. */
export const RelationResponse = RelationDetailSchema.extend({
  evidenceCount: z.number().int().nonnegative(),
});

export const NeighbourhoodRequest = GraphFilterSchema.extend({
  hidden: z.array(z.string()).optional(),
  ids: z.array(z.string().min(1)).min(1).max(200),
  depth: z.number().int().min(1).max(3).default(1),
  limit: z.number().int().min(1).max(1000).default(50),
});
export const GraphResponse = z.object({
  graph: SerializedGraphSchema,
  more: z.record(z.string(), z.number().int()).default({}),
});

export const PathsRequest = GraphFilterSchema.extend({
  from: z.string().min(1),
  to: z.string().min(1),
  k: z.number().int().min(1).max(10).default(1),
  maxDepth: z.number().int().min(1).max(6).default(4),
});
export const PathsResponse = GraphResponse.extend({ paths: z.array(z.array(z.string())) });

/** Evidence dates of relations (the explorer's time histogram and date filter). */
export const RelationDatesRequest = z.object({ ids: z.array(z.string().min(1)).min(1).max(2000) });
export const RelationDatesResponse = z.object({
  dates: z.record(z.string(), z.array(z.string())),
  /** Each relation's evidence pieces as the one filter reads them (date and document). */
  evidence: z
    .record(z.string(), z.array(z.object({ date: z.string().optional(), document: z.string() })))
    .default({}),
});

/** An actor the analyst adds to their actors file (KGX_ACTORS) so the next load finds it. */
export const UserActorRequest = z.object({
  name: z.string().trim().min(1, "name must not be empty").max(200),
  kind: NodeKind,
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
});
export const UserActorResponse = z.object({
  name: z.string(),
  /** True when an actor of the same name was replaced. */
  replaced: z.boolean(),
  /** Actors in the file afterwards. */
  count: z.number().int(),
});

/** The most connected actors, for the explorer's first-load overview. */
export const OverviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(50).default(12) });
export const OverviewResponse = z.object({ top: z.array(RankedEntitySchema) });

export const SubgraphRequest = z.object({ ids: z.array(z.string().min(1)).min(1).max(5000) });

export const DocumentsResponse = z.object({ documents: z.array(DocumentSchema.omit({ text: true })) });

export const QueryRequest = z.object({
  cypher: z.string().trim().min(1, "cypher must not be empty").max(10_000),
  params: z.record(z.string(), z.unknown()).default({}),
});
export const QueryResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  truncated: z.boolean(),
  cut: z.object({ reason: z.enum(["rows", "bytes"]), limit: z.number().int() }).optional(),
  graph: SerializedGraphSchema,
});

export const HealthResponse = z.object({
  ok: z.boolean(),
  store: z.enum(["neo4j", "embedded"]),
  message: z.string().optional(),
});

/** The corrections in replay order, and the relations their rejects hide (asked for with `includeRejected`). */
export const CorrectionsQuery = z.object({
  includeRejected: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
export const CorrectionsResponse = z.object({
  corrections: z.array(CorrectionSchema),
  rejected: z.array(RejectedRelationSchema).optional(),
});
/** A new correction; `created` is false when the same correction (same op and arguments) was already stored. */
export const CorrectionCreatedResponse = z.object({ correction: CorrectionSchema, created: z.boolean() });
export const CorrectionRemovedResponse = z.object({ removed: CorrectionSchema });

export const ErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export { DocumentDetailSchema, EntityDetailSchema, GraphStatsSchema, RelationDetailSchema };

/** One API route: method, path (express syntax), and its schemas. */
export interface RouteSpec {
  method: "get" | "post" | "delete";
  path: string;
  summary: string;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response?: z.ZodType;
}

/** Every JSON route of the API. Export (`POST /api/export`) returns a file and is described apart. */
export const API_ROUTES = {
  health: {
    method: "get",
    path: "/api/health",
    summary: "Store kind and liveness",
    response: HealthResponse,
  },
  search: {
    method: "get",
    path: "/api/search",
    summary: "Full-text entity search over names and aliases",
    query: SearchQuery,
    response: SearchResponse,
  },
  evidenceSearch: {
    method: "get",
    path: "/api/evidence/search",
    summary:
      "Full-text search over evidence sentences: one hit per relation (its best sentence, matched words as spans), best first",
    query: EvidenceSearchQuery,
    response: EvidenceSearchResponse,
  },
  entity: {
    method: "get",
    path: "/api/entities/:id",
    summary: "Entity detail",
    params: IdParams,
    response: EntityDetailSchema,
  },
  entityRelations: {
    method: "get",
    path: "/api/entities/:id/relations",
    summary: "A page of an entity's relations, each with its first evidence",
    params: IdParams,
    query: EntityRelationsQuery,
    response: EntityRelationsResponse,
  },
  relation: {
    method: "get",
    path: "/api/relations/:id",
    summary: "One relation with a page of its evidence",
    params: IdParams,
    query: RelationQuery,
    response: RelationResponse,
  },
  neighbourhood: {
    method: "post",
    path: "/api/neighbourhood",
    summary: "Neighbourhood of entities, filtered",
    body: NeighbourhoodRequest,
    response: GraphResponse,
  },
  paths: {
    method: "post",
    path: "/api/paths",
    summary: "Shortest / k shortest paths between two entities",
    body: PathsRequest,
    response: PathsResponse,
  },
  subgraph: {
    method: "post",
    path: "/api/subgraph",
    summary: "Subgraph induced by entity ids",
    body: SubgraphRequest,
    response: GraphResponse,
  },
  userActor: {
    method: "post",
    path: "/api/actors",
    summary: "Add an actor to the analyst's actors file (KGX_ACTORS); 409 when none is configured",
    body: UserActorRequest,
    response: UserActorResponse,
  },
  relationDates: {
    method: "post",
    path: "/api/relations/dates",
    summary:
      "Evidence dates of relations (sorted, distinct) and their pieces (date, document); ids of no relation are left out",
    body: RelationDatesRequest,
    response: RelationDatesResponse,
  },
  documents: { method: "get", path: "/api/documents", summary: "All documents", response: DocumentsResponse },
  document: {
    method: "get",
    path: "/api/documents/:id",
    summary: "Document text with mention and evidence offsets",
    params: IdParams,
    response: DocumentDetailSchema,
  },
  overview: {
    method: "get",
    path: "/api/overview",
    summary: "The most connected actors (the actors mentioned in documents, by degree)",
    query: OverviewQuery,
    response: OverviewResponse,
  },
  stats: { method: "get", path: "/api/stats", summary: "Graph statistics", response: GraphStatsSchema },
  query: {
    method: "post",
    path: "/api/query",
    summary: "Read-only Cypher (Neo4j store only)",
    body: QueryRequest,
    response: QueryResponse,
  },
  corrections: {
    method: "get",
    path: "/api/corrections",
    summary:
      "The analysts' corrections in replay order (with includeRejected=true, the relations rejects hide)",
    query: CorrectionsQuery,
    response: CorrectionsResponse,
  },
  addCorrection: {
    method: "post",
    path: "/api/corrections",
    summary: "Make a correction (merge, split, rename, kind, reject, confirm, addRelation); replayed at once",
    body: CorrectionInputSchema,
    response: CorrectionCreatedResponse,
  },
  removeCorrection: {
    method: "delete",
    path: "/api/corrections/:id",
    summary: "Undo a correction: the curated graph is rebuilt without it",
    params: IdParams,
    response: CorrectionRemovedResponse,
  },
} as const satisfies Record<string, RouteSpec>;

export type SearchQuery = z.infer<typeof SearchQuery>;
export type EvidenceSearchQuery = z.infer<typeof EvidenceSearchQuery>;
export type NeighbourhoodRequest = z.infer<typeof NeighbourhoodRequest>;
export type PathsRequest = z.infer<typeof PathsRequest>;
export type QueryRequest = z.infer<typeof QueryRequest>;
export type GraphResponse = z.infer<typeof GraphResponse>;
export type PathsResponse = z.infer<typeof PathsResponse>;
export type EntityRelationsQuery = z.infer<typeof EntityRelationsQuery>;
export type EntityRelationsResponse = z.infer<typeof EntityRelationsResponse>;
export type RelationQuery = z.infer<typeof RelationQuery>;
export type RelationResponse = z.infer<typeof RelationResponse>;
export type QueryResponse = z.infer<typeof QueryResponse>;
