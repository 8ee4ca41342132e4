/**
 * Paged relation reads on Neo4j, by the paging contract shared with the embedded store: an
 * entity's relations in ONE query (ordered by type, then evidenceCount descending, then id; cut to
 * the page in Cypher; each relation's first `evidenceLimit` evidence pieces by date, undated last,
 * then document, then start; the total from the degree store), and one relation's evidence page. Unknown ids fall through to the
 * point reads of reads.ts, which answer NOT_FOUND.
 */
import neo4j from "neo4j-driver";
import type { RelationDetail } from "../../model.ts";
import { RELATION_TYPES, type RelationType } from "../../ontology.ts";
import {
  type EntityRelation,
  type EntityRelationsPage,
  type EvidencePage,
  PAGE_DEFAULTS,
  type PagedRelation,
  type RelationsPage,
} from "../types.ts";
import { num } from "./convert.ts";
import { parseRelationId, type Read, entity as readEntity, relation } from "./reads.ts";

/** Cypher: the evidence page of relationship `r` as maps, in the contract's order. */
const EVIDENCE_PAGE = `CALL (r) {
      OPTIONAL MATCH (ev:Evidence {relation: r.id})
      WITH ev ORDER BY ev.date, ev.document, ev.start SKIP $evidenceOffset LIMIT $evidenceLimit
      OPTIONAL MATCH (ev)-[:FROM]->(d:Document)
      RETURN collect(ev {.document, .sentence, .start, .end, .cue, .cueStart, .cueEnd, .rule, .confidence, .date, documentTitle: d.title}) AS evidence
    }`;

const clean = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));

function toRelation(r: Record<string, unknown>): PagedRelation {
  return {
    id: String(r.id),
    source: String(r.source),
    target: String(r.target),
    type: r.type as RelationType,
    confidence: Number(r.confidence),
    evidence: (r.evidence as Record<string, unknown>[]).map(clean) as RelationDetail["evidence"],
    evidenceCount: num(r.evidenceCount),
  };
}

/** One relation with a page of its evidence. */
export async function relationPage(read: Read, id: string, page: EvidencePage = {}): Promise<PagedRelation> {
  const parts = parseRelationId(id);
  const rows = parts
    ? await read(
        `MATCH (:Entity {id: $source})-[r:${parts.type}]->(:Entity {id: $target})
         ${EVIDENCE_PAGE}
         RETURN r.id AS id, $source AS source, $target AS target, type(r) AS type, r.confidence AS confidence,
                COUNT { (x:Evidence {relation: r.id}) } AS evidenceCount, evidence`,
        {
          source: parts.source,
          target: parts.target,
          evidenceOffset: neo4j.int(page.evidenceOffset ?? PAGE_DEFAULTS.evidenceOffset),
          evidenceLimit: neo4j.int(page.evidenceLimit ?? PAGE_DEFAULTS.relationEvidenceLimit),
        },
      )
    : [];
  if (!rows[0]) {
    const whole = await relation(read, id);
    const offset = page.evidenceOffset ?? PAGE_DEFAULTS.evidenceOffset;
    const limit = page.evidenceLimit ?? PAGE_DEFAULTS.relationEvidenceLimit;
    return {
      ...whole,
      evidence: whole.evidence.slice(offset, offset + limit),
      evidenceCount: whole.evidence.length,
    };
  }
  return { ...toRelation(rows[0]), id };
}

/** The relation types in the page order (`ORDER BY type(r)`: code-point order of the names). */
const TYPES_IN_ORDER = [...RELATION_TYPES].sort();

/**
 * Cypher: a page of an entity's relations. The order is by type first, so the page is cut by type
 * from the degree store (one count per type, no relationship read): only the types that overlap
 * the page are expanded and sorted, the others are never touched. Within a type, by evidenceCount
 * descending then id; relations of a type come from `$(t)` dynamic-type expansion.
 */
const ENTITY_RELATIONS = `MATCH (e:Entity {id: $id})
  WITH e, [${TYPES_IN_ORDER.map((t) => `COUNT { (e)-[:${t}]-() }`).join(", ")}] AS counts
  WITH e, counts, reduce(acc = [0], n IN counts | acc + (acc[-1] + n)) AS starts
  CALL (e, counts, starts) {
    UNWIND range(0, size(counts) - 1) AS i
    WITH i, starts[i] AS first, counts[i] AS n
    WHERE n > 0 AND first + n > $offset AND first < $offset + $limit
    WITH i, $types[i] AS t, CASE WHEN $offset > first THEN $offset - first ELSE 0 END AS skip,
         $offset + $limit - first AS upto
    ORDER BY i
    CALL (e, t, skip, upto) {
      MATCH (e)-[r:$(t)]-()
      WITH skip, upto, r ORDER BY r.evidenceCount DESC, r.id
      WITH skip, upto, collect(r) AS sorted
      WITH sorted[toInteger(skip)..toInteger(upto)] AS page
      UNWIND page AS r
      RETURN r
    }
    WITH r, startNode(r) AS a, endNode(r) AS b
    ${EVIDENCE_PAGE}
    RETURN collect({id: r.id, source: a.id, target: b.id, sourceName: a.name, targetName: b.name, type: type(r),
                    confidence: r.confidence, evidenceCount: r.evidenceCount, evidence: evidence}) AS relations
  }
  RETURN starts[-1] AS total, relations`;

/** A page of the relations of entity `id`, in one query. */
export async function entityRelations(
  read: Read,
  id: string,
  page: RelationsPage = {},
): Promise<EntityRelationsPage> {
  const offset = page.offset ?? PAGE_DEFAULTS.offset;
  const limit = page.limit ?? PAGE_DEFAULTS.limit;
  const rows = await read(ENTITY_RELATIONS, {
    id,
    types: TYPES_IN_ORDER,
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
    evidenceOffset: neo4j.int(0),
    evidenceLimit: neo4j.int(page.evidenceLimit ?? PAGE_DEFAULTS.evidenceLimit),
  });
  const r = rows[0];
  if (!r) {
    await readEntity(read, id);
    return { relations: [], total: 0, offset, limit };
  }
  const relations = (r.relations as Record<string, unknown>[]).map(
    (x): EntityRelation => ({
      ...toRelation(x),
      sourceName: String(x.sourceName),
      targetName: String(x.targetName),
    }),
  );
  return { relations, total: num(r.total), offset, limit };
}
