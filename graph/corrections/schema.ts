/**
 * The corrections layer's data: one correction = `{ id, op, author, at, note?, ...args }`, a zod
 * discriminated union on `op`. The same schema validates the API body, the CLI import file and what
 * both stores keep. Ids are derived from op and arguments (ids.ts), so the same correction made
 * twice is one correction. Relations are named by their stable id `source|TYPE|target`.
 */
import { z } from "zod";
import { NodeKind, RelationType } from "../ontology.ts";

/** Who made a correction, when, and why. */
const Meta = {
  id: z.string().min(1),
  author: z.string().trim().min(1, "author must name who made the correction").max(200),
  at: z.iso.datetime({ message: "at must be an ISO date-time, e.g. 2026-01-31T12:00:00.000Z" }),
  note: z.string().max(2000).optional(),
};

const Actor = z.string().min(1, "must name an actor id");
const RelationKey = z.string().regex(/^[^|]+\|[A-Z_]+\|[^|]+$/, "must be a relation id: source|TYPE|target");

/** A sentence (offsets into the stored document text) backing an analyst's relation. */
export const AnalystEvidenceSchema = z
  .object({
    document: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sentence: z.string().optional().describe("the text between start and end; the store fills it in"),
  })
  .refine((e) => e.end > e.start, { message: "end must be after start", path: ["end"] });
export type AnalystEvidence = z.infer<typeof AnalystEvidenceSchema>;

/** The arguments of each correction, by op. */
export const CorrectionArgs = {
  merge: z.object({ op: z.literal("merge"), from: Actor, into: Actor }),
  split: z.object({
    op: z.literal("split"),
    actor: Actor,
    alias: z.string().trim().min(1),
    name: z.string().trim().min(1).optional(),
    kind: NodeKind.optional(),
  }),
  rename: z.object({ op: z.literal("rename"), actor: Actor, name: z.string().trim().min(1) }),
  kind: z.object({ op: z.literal("kind"), actor: Actor, kind: NodeKind }),
  reject: z.object({
    op: z.literal("reject"),
    relation: RelationKey,
    reason: z.string().trim().min(1, "reason must say why"),
  }),
  confirm: z.object({ op: z.literal("confirm"), relation: RelationKey }),
  addRelation: z.object({
    op: z.literal("addRelation"),
    source: Actor,
    target: Actor,
    type: RelationType,
    evidence: AnalystEvidenceSchema.optional(),
  }),
} as const;

/** What an analyst sends: the arguments plus author and optional note (id and time are assigned). */
export const CorrectionInputSchema = z.discriminatedUnion("op", [
  CorrectionArgs.merge.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.split.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.rename.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.kind.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.reject.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.confirm.extend({ author: Meta.author, note: Meta.note }),
  CorrectionArgs.addRelation.extend({ author: Meta.author, note: Meta.note }),
]);
export type CorrectionInput = z.infer<typeof CorrectionInputSchema>;

/** A stored correction. */
export const CorrectionSchema = z.discriminatedUnion("op", [
  CorrectionArgs.merge.extend(Meta),
  CorrectionArgs.split.extend(Meta),
  CorrectionArgs.rename.extend(Meta),
  CorrectionArgs.kind.extend(Meta),
  CorrectionArgs.reject.extend(Meta),
  CorrectionArgs.confirm.extend(Meta),
  CorrectionArgs.addRelation.extend(Meta),
]);
export type Correction = z.infer<typeof CorrectionSchema>;
export type CorrectionOp = Correction["op"];

/** The file `kgx corrections export` writes and `import` reads. */
export const CorrectionsFileSchema = z.object({
  format: z.literal("kgx-corrections").default("kgx-corrections"),
  version: z.literal(1).default(1),
  corrections: z.array(CorrectionSchema),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFileSchema>;

/** A relation a reject hides, as it stood when the replay removed it (`includeRejected`). */
export const RejectedRelationSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: RelationType,
  correction: z.string().describe("id of the reject correction"),
  reason: z.string(),
  evidenceCount: z.number().int().nonnegative(),
});
export type RejectedRelation = z.infer<typeof RejectedRelationSchema>;

/** How an edge was curated: confirmed by an analyst, or added by one. */
export const Curation = z.enum(["confirmed", "analyst"]);
export type Curation = z.infer<typeof Curation>;

/** How reports and views name a curation mark. */
export const CURATION_LABEL: Record<Curation, string> = {
  confirmed: "confirmed by an analyst",
  analyst: "added by an analyst",
};

/** Replay order: by time, then id (so an imported list replays as it did where it was made). */
export function byReplayOrder(a: Correction, b: Correction): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
