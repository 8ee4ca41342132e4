/**
 * The ontology: node kinds and relation types of GUIDELINES.md, as zod enums.
 * Everything that names a kind or a relation type imports it from here.
 */
import { z } from "zod";
import { foldAccents } from "./text.ts";

/** Node kinds (labels in Neo4j, `kind` attribute in graphology). */
export const NODE_KINDS = ["Person", "Government", "Cartel", "Operation", "Institution"] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/** Directed relation types (relationship types in Neo4j). */
export const RELATION_TYPES = [
  "THREATENS",
  "OPPOSES",
  "DESIGNATES",
  "COOPERATES_WITH",
  "LEADS",
  "MEMBER_OF",
  "CONDUCTS",
  "TARGETS",
] as const;
export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;

/** Relation types whose direction carries no meaning. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(["COOPERATES_WITH"]);

/** One-line description per relation type, for legends and the OpenAPI document. */
export const RELATION_DESCRIPTIONS: Record<RelationType, string> = {
  THREATENS: "warns of, or prepares, force or punishment against the target",
  OPPOSES: "rejects, resists, condemns or pushes back against the target or its plan",
  DESIGNATES: "formally labels the target (terrorist organisation, sanctions list)",
  COOPERATES_WITH: "works together with the target (symmetric)",
  LEADS: "heads the target (a government, institution or cartel)",
  MEMBER_OF: "belongs to or speaks for the target without heading it",
  CONDUCTS: "carries out an Operation",
  TARGETS: "acts against the target: captures, raids, strikes, arrests",
};

/**
 * Stable entity id from kind and canonical name: `person:claudia-sheinbaum`.
 * Accents and punctuation are folded so that spelling variants share an id.
 */
export function entityId(kind: NodeKind, name: string): string {
  const slug = foldAccents(name)
    .replace(/[’'`"“”.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${kind.toLowerCase()}:${slug}`;
}

/** Stable relation id: one relation per (source, type, target); symmetric types are ordered. */
export function relationId(source: string, type: RelationType, target: string): string {
  if (SYMMETRIC_TYPES.has(type) && target < source) return `${target}|${type}|${source}`;
  return `${source}|${type}|${target}`;
}
