/**
 * The corrections layer in Neo4j, apart from the curated graph: one `(:Correction)` node per
 * correction (its arguments as properties, the whole correction as `json`, unique `id`) and one
 * `(:Extraction {document, json})` node per document holding what the extractor made of it, so
 * the curated graph can always be rebuilt as extracted data + corrections (see docs/schema.md).
 */
import type { Driver } from "neo4j-driver";
import { fragmentsOf, graphOfFragments } from "../../corrections/fragments.ts";
import { byReplayOrder, type Correction, CorrectionSchema } from "../../corrections/schema.ts";
import { type Interchange, InterchangeSchema } from "../../interchange.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";

/** Plain-row read of the store. */
export type Read = (cypher: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** Constraints of the corrections layer. */
export const CORRECTION_SCHEMA = [
  "CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE",
  "CREATE CONSTRAINT extraction_document IF NOT EXISTS FOR (x:Extraction) REQUIRE x.document IS UNIQUE",
];

/** A write on its own session (returns plain records' first column rows). */
export async function write(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  params: Record<string, unknown>,
) {
  const { records } = await driver.executeQuery(cypher, params, { ...(database ? { database } : {}) });
  return records.map((r) => r.toObject() as Record<string, unknown>);
}

/** The stored corrections in replay order. */
export async function readCorrections(read: Read): Promise<Correction[]> {
  const rows = await read("MATCH (c:Correction) RETURN c.json AS json");
  return rows.map((r) => CorrectionSchema.parse(JSON.parse(String(r.json)))).sort(byReplayOrder);
}

/** The properties a Cypher user filters on: every plain argument of the correction. */
function properties(c: Correction): Record<string, unknown> {
  const props: Record<string, unknown> = { json: JSON.stringify(c) };
  for (const [k, v] of Object.entries(c)) if (typeof v === "string" || typeof v === "number") props[k] = v;
  if (c.op === "addRelation" && c.evidence) {
    props.document = c.evidence.document;
    props.start = c.evidence.start;
    props.end = c.evidence.end;
  }
  return props;
}

/** Creates the corrections not stored yet (MERGE on the unique id); returns the ids created. */
export async function mergeCorrections(
  driver: Driver,
  db: string | undefined,
  list: Correction[],
): Promise<Set<string>> {
  const rows = list.map((c) => ({ id: c.id, props: properties(c) }));
  const created = await write(
    driver,
    db,
    `UNWIND $rows AS r MERGE (c:Correction {id: r.id}) ON CREATE SET c += r.props, c.created = true
     WITH c WHERE c.created REMOVE c.created RETURN c.id AS id`,
    { rows },
  );
  return new Set(created.map((r) => String(r.id)));
}

/** Deletes one correction; returns it, or undefined when there was none. */
export async function deleteCorrection(
  driver: Driver,
  db: string | undefined,
  id: string,
): Promise<Correction | undefined> {
  const rows = await write(
    driver,
    db,
    "MATCH (c:Correction {id: $id}) WITH c, c.json AS json DELETE c RETURN json",
    { id },
  );
  return rows[0] ? CorrectionSchema.parse(JSON.parse(String(rows[0].json))) : undefined;
}

/** Stores the extracted fragment of each document of `input` (replacing any stored before). */
export async function writeFragments(
  driver: Driver,
  db: string | undefined,
  input: Interchange,
  documents: string[],
) {
  const rows = [...fragmentsOf(input, documents)].map(([document, f]) => ({
    document,
    json: JSON.stringify(f),
  }));
  for (let i = 0; i < rows.length; i += 200)
    await write(
      driver,
      db,
      "UNWIND $rows AS r MERGE (x:Extraction {document: r.document}) SET x.key = 'extraction:' + r.document, x.json = r.json",
      {
        rows: rows.slice(i, i + 200),
      },
    );
}

/** The extracted graph: every stored fragment merged. */
export async function readExtracted(read: Read): Promise<StoreGraph> {
  const rows = await read("MATCH (x:Extraction) RETURN x.json AS json ORDER BY x.document");
  return graphOfFragments(rows.map((r) => InterchangeSchema.parse(JSON.parse(String(r.json)))));
}

/** Complete documents that have no stored fragment yet (loaded before the corrections layer existed). */
export async function documentsWithoutFragment(read: Read): Promise<string[]> {
  const rows = await read(
    "MATCH (d:Document) WHERE d.complete AND NOT EXISTS { MATCH (:Extraction {document: d.id}) } RETURN d.id AS id",
  );
  return rows.map((r) => String(r.id));
}

/** The stored text of documents, for replaying splits. */
export async function documentTexts(read: Read): Promise<Map<string, string>> {
  const rows = await read("MATCH (d:Document) RETURN d.id AS id, d.text AS text");
  return new Map(rows.map((r) => [String(r.id), String(r.text ?? "")]));
}
