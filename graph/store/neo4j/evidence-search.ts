/**
 * Evidence search on Neo4j: the full-text index `evidence_sentences` (schema.ts, standard-folding
 * analyzer) queried with `db.index.fulltext.queryNodes` for the query's folded words (any word
 * matches; Lucene's BM25 ranks), grouped in Cypher into one hit per relation (its best piece, ties
 * by document then start), relations ordered by score then id, as graph/ops/evidence-search.ts says.
 */
import neo4j from "neo4j-driver";
import type { RelationType } from "../../ontology.ts";
import {
  DEFAULTS,
  type EvidenceHit,
  type EvidenceSearchOptions,
  queryTerms,
  termSpans,
} from "../../ops/evidence-search.ts";
import { num } from "./convert.ts";
import type { Read } from "./reads.ts";
import { EVIDENCE_FULLTEXT_INDEX } from "./schema.ts";

/** Evidence pieces fetched from the index per relation asked for (several pieces share a relation). */
const FETCH_PER_HIT = 20;

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $fetch}) YIELD node AS ev, score
WITH ev, score ORDER BY score DESC, ev.document, ev.start
WITH ev.relation AS rel, collect({ev: ev, score: score})[0] AS best, count(*) AS matches
ORDER BY best.score DESC, rel LIMIT $limit
WITH rel, best.ev AS ev, best.score AS score, matches, split(rel, '|') AS p
MATCH (a:Entity {id: p[0]})-[r]->(b:Entity {id: p[2]}) WHERE type(r) = p[1]
OPTIONAL MATCH (ev)-[:FROM]->(d:Document)
RETURN rel, a.id AS source, b.id AS target, a.name AS sourceName, b.name AS targetName, type(r) AS type,
       r.confidence AS confidence, ev.sentence AS sentence, ev.document AS document, d.title AS title,
       ev.date AS date, ev.start AS start, ev.end AS end, score, matches
ORDER BY score DESC, rel`;

/** Relations whose evidence sentences match `q`, best first. */
export async function searchEvidence(
  read: Read,
  q: string,
  options: EvidenceSearchOptions = {},
): Promise<EvidenceHit[]> {
  const terms = queryTerms(q);
  if (!terms.length) return [];
  const limit = options.limit ?? DEFAULTS.limit;
  const rows = await read(SEARCH, {
    index: EVIDENCE_FULLTEXT_INDEX,
    lucene: terms.join(" "),
    fetch: neo4j.int(limit * FETCH_PER_HIT),
    limit: neo4j.int(limit),
  });
  return rows.map((r) => {
    const sentence = String(r.sentence);
    return {
      relation: String(r.rel),
      source: String(r.source),
      target: String(r.target),
      sourceName: String(r.sourceName),
      targetName: String(r.targetName),
      type: r.type as RelationType,
      confidence: Number(r.confidence),
      sentence,
      document: String(r.document),
      ...(r.title ? { documentTitle: String(r.title) } : {}),
      ...(r.date ? { date: String(r.date) } : {}),
      start: num(r.start),
      end: num(r.end),
      score: Number(r.score),
      matches: num(r.matches),
      spans: termSpans(sentence, terms),
    };
  });
}
