/**
 * Shapes the stores return and the API sends: search hits, entity details, filters and graphs in
 * graphology's serialized form (so the web view can `graph.import()` them). zod first, types inferred.
 */
import { z } from "zod";
import { Curation } from "./corrections/schema.ts";
import { DocumentSchema, EvidenceSchema, IsoDate } from "./interchange.ts";
import { NodeKind, RelationType } from "./ontology.ts";

/** Node attributes in a graphology graph (data only; rendering comes from reducers). */
export const NodeAttributesSchema = z.object({
  name: z.string(),
  kind: NodeKind,
  aliases: z.array(z.string()).default([]),
  degree: z.number().int().nonnegative().optional(),
});
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** Edge attributes in a graphology graph. */
export const EdgeAttributesSchema = z.object({
  type: RelationType,
  confidence: z.number().min(0).max(1),
  evidenceCount: z.number().int().nonnegative(),
  firstDate: IsoDate.optional(),
  lastDate: IsoDate.optional(),
  documents: z.array(z.string()).default([]),
  curation: Curation.optional().describe("confirmed or added by an analyst (corrections)"),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

/** graphology's SerializedGraph, typed with our attributes. */
export const SerializedGraphSchema = z.object({
  attributes: z.record(z.string(), z.unknown()).default({}),
  options: z
    .object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.boolean() })
    .default({ type: "directed", multi: true, allowSelfLoops: false }),
  nodes: z.array(z.object({ key: z.string(), attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributesSchema }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraphSchema>;

/** Filters shared by neighbourhood, paths and exports. */
export const GraphFilterSchema = z.object({
  types: z.array(RelationType).optional(),
  kinds: z.array(NodeKind).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  documents: z.array(z.string()).optional(),
});
export type GraphFilter = z.infer<typeof GraphFilterSchema>;

/** One search result. */
export const SearchHitSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: NodeKind,
  aliases: z.array(z.string()),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** An actor ranked by degree (its number of relations), for overviews. */
export const RankedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: NodeKind,
  degree: z.number().int().nonnegative(),
});
export type RankedEntity = z.infer<typeof RankedEntitySchema>;

/** A document as listed (no text). */
export const DocumentSummarySchema = DocumentSchema.omit({ text: true });
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** Everything the side panel shows about one actor. */
export const EntityDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: NodeKind,
  aliases: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  documents: z.array(DocumentSummarySchema),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

/** One relation with all its evidence: the answer to "why is this edge here?". */
export const RelationDetailSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationType,
  confidence: z.number(),
  evidence: z.array(EvidenceSchema.extend({ documentTitle: z.string().optional() })),
});
export type RelationDetail = z.infer<typeof RelationDetailSchema>;

/** A document with its text and the spans to highlight. */
export const DocumentDetailSchema = DocumentSchema.extend({
  text: z.string(),
  mentions: z.array(z.object({ entity: z.string(), start: z.number(), end: z.number() })),
  evidence: z.array(z.object({ relation: z.string(), start: z.number(), end: z.number() })),
});
export type DocumentDetail = z.infer<typeof DocumentDetailSchema>;

/** Counts for the statistics endpoint. */
export const GraphStatsSchema = z.object({
  documents: z.number().int(),
  entities: z.number().int(),
  relations: z.number().int(),
  evidence: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  byType: z.record(z.string(), z.number().int()),
});
export type GraphStats = z.infer<typeof GraphStatsSchema>;
