/**
 * Point reads on Neo4j: full-text search, entity detail, relation with evidence, document with
 * spans, documents, statistics and interchange export. Every value leaves as a plain value.
 */

import neo4j from "neo4j-driver";
import { AppError } from "../../errors.ts";
import type { Document, Interchange } from "../../interchange.ts";
import type { DocumentDetail, EntityDetail, GraphStats, RelationDetail, SearchHit } from "../../model.ts";
import { type NodeKind, RelationType } from "../../ontology.ts";
import { num, toPlain } from "./convert.ts";
import { degreeOf, FULLTEXT_INDEX } from "./schema.ts";

/** Runs a read query and returns plain rows. */
export type Read = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

const DOC_FIELDS = "id: d.id, source: d.source, title: d.title, published: d.published, url: d.url";
const clean = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;

/** `[s1, e1, s2, e2, ...]` as stored on MENTIONED_IN → spans. */
export function unpackSpans(flat: number[] | null): { start: number; end: number }[] {
  if (!flat) return [];
  return Array.from({ length: Math.floor(flat.length / 2) }, (_, i) => ({
    start: flat[2 * i]!,
    end: flat[2 * i + 1]!,
  }));
}

/** Escapes Lucene syntax and builds "phrase OR all-terms-as-prefixes". */
export function luceneQuery(text: string): string | undefined {
  const terms = text
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((t) => t.toLowerCase());
  if (!terms.length) return undefined;
  const prefix = terms.map((t) => `${t}*`).join(" AND ");
  return terms.length > 1
    ? `"${terms.join(" ")}"^4 OR (${terms.join(" AND ")})^2 OR (${prefix})`
    : `${terms[0]}^2 OR ${prefix}`;
}

export async function search(
  read: Read,
  q: string,
  options: { kinds?: NodeKind[]; limit?: number },
): Promise<SearchHit[]> {
  const query = luceneQuery(q);
  if (!query) return [];
  const rows = await read(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE $kinds IS NULL OR node.kind IN $kinds
     RETURN node.id AS id, node.name AS name, node.kind AS kind, node.aliases AS aliases, score
     ORDER BY score DESC, ${degreeOf("node")} DESC, name LIMIT $limit`,
    {
      index: FULLTEXT_INDEX,
      query,
      kinds: options.kinds?.length ? options.kinds : null,
      limit: neo4j.int(options.limit ?? 10),
    },
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as NodeKind,
    aliases: (r.aliases as string[]) ?? [],
    score: Number(r.score),
  }));
}

export async function entity(read: Read, id: string): Promise<EntityDetail> {
  const rows = await read(
    `MATCH (e:Entity {id: $id})
     CALL (e) { OPTIONAL MATCH (e)-[:MENTIONED_IN]->(d:Document) RETURN collect(d) AS mentioned }
     CALL (e) { OPTIONAL MATCH (e)-[r]-(:Entity) OPTIONAL MATCH (ev:Evidence {relation: r.id})-[:FROM]->(d:Document) RETURN count(DISTINCT r) AS degree, collect(DISTINCT d) AS cited }
     UNWIND (CASE WHEN size(mentioned + cited) = 0 THEN [null] ELSE mentioned + cited END) AS d
     WITH e, degree, collect(DISTINCT d) AS docs
     RETURN e.id AS id, e.name AS name, e.kind AS kind, e.aliases AS aliases, degree,
            [d IN docs WHERE d IS NOT NULL | {${DOC_FIELDS}}] AS documents`,
    { id },
  );
  const r = rows[0];
  if (!r)
    throw new AppError(
      "NOT_FOUND",
      `No entity with id "${id}". Search for it first (GET /api/search?q=...).`,
    );
  return {
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as NodeKind,
    aliases: (r.aliases as string[]) ?? [],
    degree: num(r.degree),
    documents: (r.documents as Document[]).map(clean).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Splits a relation id `source|TYPE|target`; undefined when it is not one. */
export function parseRelationId(
  id: string,
): { source: string; type: RelationType; target: string } | undefined {
  const [source, type, target, ...rest] = id.split("|");
  const t = RelationType.safeParse(type);
  if (!source || !target || rest.length || !t.success) return undefined;
  return { source, type: t.data, target };
}

export async function relation(read: Read, id: string): Promise<RelationDetail> {
  const parts = parseRelationId(id);
  const rows = parts
    ? await read(
        `MATCH (a:Entity {id: $source})-[r:${parts.type}]->(b:Entity {id: $target})
         OPTIONAL MATCH (ev:Evidence {relation: r.id})-[:FROM]->(d:Document)
         WITH r, ev, d ORDER BY ev.date, ev.document, ev.start
         RETURN r.confidence AS confidence, [x IN collect(ev {.*, documentTitle: d.title}) WHERE x.sentence IS NOT NULL] AS evidence`,
        { source: parts.source, target: parts.target },
      )
    : [];
  const r = rows[0];
  if (!parts || !r) throw new AppError("NOT_FOUND", `No relation with id "${id}".`);
  const evidence = (r.evidence as Record<string, unknown>[]).map((e) => {
    const { relation: _r, type: _t, key: _k, ...rest } = clean(e);
    return rest as RelationDetail["evidence"][number];
  });
  return {
    id,
    source: parts.source,
    target: parts.target,
    type: parts.type,
    confidence: Number(r.confidence),
    evidence,
  };
}

export async function document(read: Read, id: string): Promise<DocumentDetail> {
  const rows = await read(
    `MATCH (d:Document {id: $id})
     CALL (d) { OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(d) RETURN collect({entity: e.id, spans: m.spans}) AS mentions }
     CALL (d) { OPTIONAL MATCH (ev:Evidence)-[:FROM]->(d) RETURN collect({relation: ev.relation, start: ev.start, end: ev.end}) AS evidence }
     RETURN d {.id, .source, .title, .published, .url, .text} AS doc, mentions, evidence`,
    { id },
  );
  const r = rows[0];
  if (!r) throw new AppError("NOT_FOUND", `No document with id "${id}".`);
  const mentions = (r.mentions as { entity: string | null; spans: number[] | null }[]).flatMap((m) =>
    m.entity ? unpackSpans(m.spans).map((x) => ({ entity: m.entity!, ...x })) : [],
  );
  const evidence = (r.evidence as { relation: string | null; start: number; end: number }[]).filter(
    (e) => e.relation,
  ) as DocumentDetail["evidence"];
  const doc = clean(r.doc as Record<string, unknown>) as Document & { text?: string };
  return { ...doc, text: doc.text ?? "", mentions, evidence };
}

export async function documents(read: Read): Promise<Document[]> {
  const rows = await read(
    `MATCH (d:Document) WHERE d.complete RETURN {${DOC_FIELDS}} AS d ORDER BY d.published, d.id`,
  );
  return rows.map((r) => clean(r.d as Document));
}

export async function stats(read: Read): Promise<GraphStats> {
  const [r] = await read(
    `CALL () { MATCH (d:Document) WHERE d.complete RETURN count(d) AS documents }
     CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
     CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
     CALL () { MATCH (e:Entity) RETURN collect([e.kind, 1]) AS kinds }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations, collect(type(r)) AS types }
     RETURN documents, entities, evidence, kinds, relations, types`,
  );
  const byKind: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const [k] of r!.kinds as [string][]) byKind[k] = (byKind[k] ?? 0) + 1;
  for (const t of r!.types as string[]) byType[t] = (byType[t] ?? 0) + 1;
  return {
    documents: num(r!.documents),
    entities: num(r!.entities),
    relations: num(r!.relations),
    evidence: num(r!.evidence),
    byKind,
    byType,
  };
}

export async function exportInterchange(read: Read, ids: string[]): Promise<Interchange> {
  const nodes = await read(
    `MATCH (e:Entity) WHERE e.id IN $ids OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
     RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, collect({document: d.id, spans: m.spans}) AS mentions ORDER BY id`,
    { ids },
  );
  const edges = await read(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids
     OPTIONAL MATCH (ev:Evidence {relation: r.id})
     WITH a, r, b, ev ORDER BY ev.document, ev.start
     RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.confidence AS confidence, r.curation AS curation, [x IN collect(ev {.*}) WHERE x.sentence IS NOT NULL] AS evidence ORDER BY id`,
    { ids },
  );
  const out: Interchange = { documents: [], nodes: [], edges: [] };
  for (const n of nodes) {
    const mentions = (n.mentions as { document: string | null; spans: number[] | null }[]).flatMap((m) =>
      m.document ? unpackSpans(m.spans).map((x) => ({ document: m.document!, ...x })) : [],
    );
    out.nodes.push({
      id: String(n.id),
      kind: n.kind as NodeKind,
      name: String(n.name),
      aliases: (n.aliases as string[]) ?? [],
      mentions,
    });
  }
  for (const e of edges) {
    const evidence = (e.evidence as Record<string, unknown>[]).map((v) => {
      const { relation: _r, type: _t, key: _k, ...rest } = clean(v);
      return rest as Interchange["edges"][number]["evidence"][number];
    });
    out.edges.push({
      id: String(e.id),
      source: String(e.source),
      target: String(e.target),
      type: e.type as RelationType,
      confidence: Number(e.confidence),
      evidence,
      ...(e.curation === "confirmed" || e.curation === "analyst" ? { curation: e.curation } : {}),
    });
  }
  const cited = [
    ...new Set([
      ...out.nodes.flatMap((n) => n.mentions.map((m) => m.document)),
      ...out.edges.flatMap((e) => e.evidence.map((v) => v.document)),
    ]),
  ];
  const docs = await read(
    `MATCH (d:Document) WHERE d.id IN $cited RETURN d {.id, .source, .title, .published, .url, .text} AS d ORDER BY d.id`,
    { cited },
  );
  out.documents = docs.map((r) => clean(r.d as Document));
  return out;
}

/** Converts driver records to plain rows. */
export function plainRows(
  records: { keys: PropertyKey[]; get(k: PropertyKey): unknown }[],
): Record<string, unknown>[] {
  return records.map((rec) => Object.fromEntries(rec.keys.map((k) => [String(k), toPlain(rec.get(k))])));
}
