/**
 * Constraints and indexes of the Neo4j schema (docs/schema.md), created idempotently: unique keys
 * for entities, documents and evidence, an index from evidence to its relation, and a full-text
 * index over entity names and aliases with accent folding, and one over evidence sentences. Also the Cypher fragments that depend on
 * the relationship types of the schema (relation pattern, degree).
 */
import { RELATION_TYPES } from "../../ontology.ts";

/** The schema statements, in order. */
export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
  "CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (v:Evidence) REQUIRE v.key IS UNIQUE",
  "CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relation)",
  "CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
  "CREATE FULLTEXT INDEX evidence_sentences IF NOT EXISTS FOR (v:Evidence) ON EACH [v.sentence] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }",
];

/** Cypher: the relationship types of relations between entities, as in `-[r:${RELATION_PATTERN}]-`. */
export const RELATION_PATTERN = RELATION_TYPES.join("|");

/**
 * Cypher: the number of relations of the entity `n`. Typed relationships let Neo4j read the count
 * from the node's degree store (`getDegree`, a few db hits even on a hub) instead of walking every
 * relationship as `COUNT { (n)--(:Entity) }` does.
 */
export const degreeOf = (n: string) => `COUNT { (${n})-[:${RELATION_PATTERN}]-() }`;

/** Name of the full-text index over names and aliases. */
export const FULLTEXT_INDEX = "entity_names";

/** Name of the full-text index over evidence sentences (graph/store/neo4j/evidence-search.ts). */
export const EVIDENCE_FULLTEXT_INDEX = "evidence_sentences";

/**
 * Cypher: `query` with the option that keeps its cached plan when the graph's statistics change.
 * A load into an empty (or just cleared) database changes the counts by orders of magnitude, which
 * makes Neo4j re-plan every cached write query on its next run (~50-200 ms each, ~1.5 s per load
 * with one query per node kind and relation type); these queries' plans (unique-index seeks,
 * Expand(Into) for the relation MERGE) are the same at any size, so re-planning buys nothing.
 */
export const keepPlan = (query: string) => `CYPHER replan=skip ${query}`;
