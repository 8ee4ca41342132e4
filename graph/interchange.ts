/**
 * The graph interchange JSON of GUIDELINES.md: what `kgx extract` writes, what stores ingest
 * and what exports emit. Extra fields (cue, rule, date, text) are allowed and documented; the
 * scorer ignores them.
 */
import { z } from "zod";
import { Curation } from "./corrections/schema.ts";
import { NodeKind, RelationType } from "./ontology.ts";

/** ISO date (YYYY-MM-DD). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

/** A source document. `id` is `doc:` plus a hash of the normalised text, so reloading is idempotent. */
export const DocumentSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1).describe("file path or URL the text came from"),
  title: z.string().optional(),
  published: IsoDate.optional(),
  url: z.string().optional(),
  text: z.string().optional().describe("full text; present when the graph carries documents whole"),
});
export type Document = z.infer<typeof DocumentSchema>;

/** A span of text in a document (character offsets into the document's text, end exclusive). */
export const MentionSchema = z.object({
  document: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().optional(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** An entity: one real-world actor, with every surface form seen as an alias. */
export const EntitySchema = z.object({
  id: z.string().min(1),
  kind: NodeKind,
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  mentions: z.array(MentionSchema).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

/** Why a relation is there: the sentence that states it, where, when, and which rule found it. */
export const EvidenceSchema = z.object({
  document: z.string().min(1),
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  cue: z.string().optional().describe("the words that triggered the relation"),
  cueStart: z.number().int().nonnegative().optional(),
  cueEnd: z.number().int().nonnegative().optional(),
  rule: z.string().optional().describe("the extraction rule that produced it"),
  confidence: z.number().min(0).max(1).optional(),
  date: IsoDate.optional().describe("event date if the sentence gives one, else the document's"),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The fields of a piece of evidence, in the schema's order (stores that pack evidence use it). */
export const EVIDENCE_FIELDS = Object.keys(EvidenceSchema.shape) as (keyof Evidence)[];

/**
 * The stored key of a piece of evidence: its relation, document and span (Neo4j's `Evidence.key`,
 * written by the store and by the Cypher export; the Neo4j writer rebuilds it in Cypher the same way).
 */
export const evidenceKey = (relation: string, v: Pick<Evidence, "document" | "start" | "end">): string =>
  `${relation}@${v.document}:${v.start}-${v.end}`;

/** A typed, directed relation; one per (source, type, target), evidence accumulates. */
export const RelationSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  target: z.string().min(1),
  type: RelationType,
  confidence: z.number().min(0).max(1),
  evidence: z.array(EvidenceSchema).default([]),
  curation: Curation.optional().describe("in curated exports: confirmed or added by an analyst"),
});
export type Relation = z.infer<typeof RelationSchema>;

/** The whole interchange document. */
export const InterchangeSchema = z.object({
  documents: z.array(DocumentSchema).default([]),
  nodes: z.array(EntitySchema).default([]),
  edges: z.array(RelationSchema).default([]),
});
export type Interchange = z.infer<typeof InterchangeSchema>;

/** An empty interchange graph. */
export function emptyInterchange(): Interchange {
  return { documents: [], nodes: [], edges: [] };
}
