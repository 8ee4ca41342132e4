/**
 * Paged relation reads on the embedded store, by the paging contract shared with Neo4j: an
 * entity's relations ordered by type, then evidence count descending, then id, each with its first
 * `evidenceLimit` evidence pieces (earliest date first, undated last, then document, then start);
 * and one relation's evidence page in the same order. The store checks that the ids exist.
 */
import type { Evidence } from "../../interchange.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import {
  type EntityRelation,
  type EntityRelationsPage,
  type EvidencePage,
  PAGE_DEFAULTS,
  type PagedRelation,
  type RelationsPage,
} from "../types.ts";

/** Code-point order, as Cypher orders strings. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The contract's evidence order: date ascending with undated last, then document, then start. */
export function evidenceOrder(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === undefined) return 1;
    if (b.date === undefined) return -1;
    return cmp(a.date, b.date);
  }
  return cmp(a.document, b.document) || a.start - b.start;
}

/** Titles of documents by id (for `documentTitle`). */
export type TitleOf = (document: string) => string | undefined;

function detail(
  graph: StoreGraph,
  id: string,
  titleOf: TitleOf,
  offset: number,
  limit: number,
): PagedRelation {
  const e = graph.getEdgeAttributes(id);
  const evidence = [...e.evidence]
    .sort(evidenceOrder)
    .slice(offset, offset + limit)
    .map((x) => {
      const title = titleOf(x.document);
      return title ? { ...x, documentTitle: title } : x;
    });
  return {
    id,
    source: graph.source(id),
    target: graph.target(id),
    type: e.type,
    confidence: e.confidence,
    evidence,
    evidenceCount: e.evidence.length,
  };
}

/** One relation (that exists) with a page of its evidence. */
export function relationPage(
  graph: StoreGraph,
  titleOf: TitleOf,
  id: string,
  page: EvidencePage = {},
): PagedRelation {
  const offset = page.evidenceOffset ?? PAGE_DEFAULTS.evidenceOffset;
  const limit = page.evidenceLimit ?? PAGE_DEFAULTS.relationEvidenceLimit;
  return detail(graph, id, titleOf, offset, limit);
}

/** A page of the relations of entity `id` (that exists). */
export function entityRelations(
  graph: StoreGraph,
  titleOf: TitleOf,
  id: string,
  page: RelationsPage = {},
): EntityRelationsPage {
  const offset = page.offset ?? PAGE_DEFAULTS.offset;
  const limit = page.limit ?? PAGE_DEFAULTS.limit;
  const evidenceLimit = page.evidenceLimit ?? PAGE_DEFAULTS.evidenceLimit;
  const edges = graph
    .edges(id)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      return { key, type: a.type, count: a.evidence.length };
    })
    .sort((a, b) => cmp(a.type, b.type) || b.count - a.count || cmp(a.key, b.key));
  const relations = edges.slice(offset, offset + limit).map(({ key }): EntityRelation => {
    const r = detail(graph, key, titleOf, 0, evidenceLimit);
    return {
      ...r,
      sourceName: graph.getNodeAttribute(r.source, "name"),
      targetName: graph.getNodeAttribute(r.target, "name"),
    };
  });
  return { relations, total: edges.length, offset, limit };
}
