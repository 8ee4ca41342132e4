/**
 * The relations step of the Neo4j writer: one row per relation id with its evidence (documents
 * already stored complete left out, keys unique), and the work of one batch in one transaction:
 * find which evidence keys are stored, create the others, then MERGE the relations adding exactly
 * those new pieces to their aggregates (evidenceCount, firstDate, lastDate, documents) - never a
 * re-count of stored evidence. A rerun after a crash finds everything stored and adds nothing.
 * Evidence is sent without what the server can rebuild: its key (relation id, document, span) and,
 * when the same write stores the document's text, its sentence (that text's slice): a third fewer
 * bytes to pack, send and unpack on a load.
 */
import { EVIDENCE_FIELDS, evidenceKey, type Interchange } from "../../interchange.ts";
import type { RelationType } from "../../ontology.ts";
import { keepPlan } from "./schema.ts";
import { groupBy, type Row, type Work } from "./writer.ts";

/** Cypher: keep the earlier / later of the stored date `m` and the new date `x` (nulls ignored). */
const EARLIER = (m: string, x: string) =>
  `CASE WHEN ${x} IS NULL OR (${m} IS NOT NULL AND ${m} <= ${x}) THEN ${m} ELSE ${x} END`;
const LATER = (m: string, x: string) =>
  `CASE WHEN ${x} IS NULL OR (${m} IS NOT NULL AND ${m} >= ${x}) THEN ${m} ELSE ${x} END`;
/**
 * Cypher: field `f` of an evidence row. Evidence is sent as lists of the schema's fields in order
 * (EVIDENCE_FIELDS): a list of values is packed and unpacked at about half the cost of a map with
 * the same values (every key is a string), and the evidence step carries most of a load's rows.
 * `relation` comes from the enclosing relation row, `type` from the query's `$type`, and `key` is
 * rebuilt from them as {@link evidenceKey} builds it.
 */
const at = (f: (typeof EVIDENCE_FIELDS)[number]) => `v[${EVIDENCE_FIELDS.indexOf(f)}]`;

/**
 * Cypher: the property map of an evidence node from the list `v`, its relation row `r` and its
 * document `d`. Numbers arrive as floats (the driver packs every JavaScript number so), hence
 * `toInteger` where a span is used; a sentence sent as null is the document text's slice, which
 * {@link relationRows} only does where Cypher's code-point offsets equal JavaScript's.
 */
function evidenceProperties(): string {
  const [start, end] = [`toInteger(${at("start")})`, `toInteger(${at("end")})`];
  const props = EVIDENCE_FIELDS.map((f) =>
    f === "sentence"
      ? `sentence: coalesce(${at(f)}, substring(d.text, ${start}, ${end} - ${start}))`
      : `${f}: ${at(f)}`,
  );
  const key = `r[0] + '@' + ${at("document")} + ':' + toString(${start}) + '-' + toString(${end})`;
  return [`key: ${key}`, "relation: r[0]", "type: $type", ...props].join(", ");
}

/** The queries; each was checked with EXPLAIN to plan without an Eager operator. */
const Q = {
  storedEvidence: keepPlan("UNWIND $keys AS k MATCH (ev:Evidence {key: k}) RETURN k"),
  /** Evidence as lists (see {@link EVIDENCE_FIELDS}) under their relation id: no map keys to pack per row. */
  evidence: keepPlan(`UNWIND $rows AS r UNWIND r[1] AS v MATCH (d:Document {id: ${at("document")}})
    CREATE (ev:Evidence {${evidenceProperties()}})-[:FROM]->(d)`),
  relations: (type: RelationType) =>
    keepPlan(`UNWIND $rows AS r MATCH (a:Entity {id: r.source}) MATCH (b:Entity {id: r.target})
    MERGE (a)-[rel:${type}]->(b)
      ON CREATE SET rel.id = r.id, rel.confidence = r.confidence, rel.evidenceCount = r.added,
        rel.firstDate = r.first, rel.lastDate = r.last, rel.documents = r.freshDocuments + r.otherDocuments
      ON MATCH SET rel.confidence = CASE WHEN r.confidence > rel.confidence THEN r.confidence ELSE rel.confidence END,
        rel.evidenceCount = coalesce(rel.evidenceCount, 0) + r.added,
        rel.firstDate = ${EARLIER("rel.firstDate", "r.first")},
        rel.lastDate = ${LATER("rel.lastDate", "r.last")},
        rel.documents = reduce(acc = coalesce(rel.documents, []) + r.freshDocuments, x IN r.otherDocuments | CASE WHEN x IN acc THEN acc ELSE acc + x END)`),
};

type Edge = Interchange["edges"][number];

/**
 * Rows of the relations step by type: edges with only the evidence of documents not in `skip`, one
 * row per relation id, keys unique. `texts` are the texts this write stores, by document id: a
 * sentence that is its document text's slice is sent as null (the server slices it).
 */
export function relationRows(
  g: Interchange,
  skip: Set<string>,
  texts: Map<string, string> = new Map(),
): Map<RelationType, Row[]> {
  const byId = new Map<string, { edge: Edge; evidence: Map<string, Row> }>();
  for (const e of g.edges) {
    const kept = e.evidence.filter((v) => !skip.has(v.document));
    if (kept.length === 0 && e.evidence.length > 0) continue;
    const entry = byId.get(e.id) ?? { edge: e, evidence: new Map<string, Row>() };
    if (e.confidence > entry.edge.confidence) entry.edge = { ...entry.edge, confidence: e.confidence };
    for (const v of kept) {
      const key = evidenceKey(e.id, v);
      entry.evidence.set(key, {
        key,
        document: v.document,
        sentence: texts.get(v.document)?.slice(v.start, v.end) === v.sentence ? null : v.sentence,
        start: v.start,
        end: v.end,
        cue: v.cue ?? null,
        cueStart: v.cueStart ?? null,
        cueEnd: v.cueEnd ?? null,
        rule: v.rule ?? null,
        confidence: v.confidence ?? e.confidence,
        date: v.date ?? null,
      });
    }
    byId.set(e.id, entry);
  }
  const out = new Map<RelationType, Row[]>();
  for (const [type, es] of groupBy([...byId.values()], (x) => x.edge.type)) {
    out.set(
      type,
      es.map(({ edge: e, evidence }) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        confidence: e.confidence,
        evidence: [...evidence.values()],
      })),
    );
  }
  return out;
}

/**
 * The work of one batch of relation rows of `type` (see the module header). Evidence of the
 * documents in `fresh` (documents this write creates: they had no node before it) cannot be stored
 * yet, so only the other keys are looked up.
 */
export const relations =
  (type: RelationType, fresh: Set<string> = new Set()): Work =>
  async (tx, rows) => {
    const keys = rows.flatMap((r) =>
      (r.evidence as Row[]).flatMap((v) => (fresh.has(v.document as string) ? [] : [v.key as string])),
    );
    const stored = new Set(
      keys.length
        ? (await tx.run(Q.storedEvidence, { keys })).records.map((rec) => rec.get("k") as string)
        : [],
    );
    const created: [string, unknown[][]][] = [];
    let createdCount = 0;
    const relationRows = rows.map(({ evidence, ...r }) => {
      const added = (evidence as Row[]).filter((v) => !stored.has(v.key as string));
      if (added.length) created.push([r.id as string, added.map((v) => EVIDENCE_FIELDS.map((f) => v[f]))]);
      createdCount += added.length;
      const dates = added.flatMap((v) => (v.date ? [v.date as string] : [])).sort();
      const documents = [...new Set(added.map((v) => v.document as string))];
      return {
        ...r,
        added: added.length,
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        // Documents this write creates cannot be in a stored list yet: appended without a search.
        freshDocuments: documents.filter((d) => fresh.has(d)),
        otherDocuments: documents.filter((d) => !fresh.has(d)),
      };
    });
    const evidence = createdCount
      ? (await tx.run(Q.evidence, { rows: created, type })).summary.counters.updates().nodesCreated
      : 0;
    const merged = await tx.run(Q.relations(type), { rows: relationRows });
    return { evidence, relations: merged.summary.counters.updates().relationshipsCreated };
  };
