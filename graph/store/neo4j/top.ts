/**
 * Summary reads on Neo4j, one query each: the most connected actors (degree from the relationship
 * count the store keeps per node, ranked and cut in Cypher, ordered as graph/ops/rank.ts: degree
 * descending, then name) and the evidence dates of many relations (through the evidence index).
 */
import neo4j from "neo4j-driver";
import type { RankedEntity } from "../../model.ts";
import type { NodeKind } from "../../ontology.ts";
import { num } from "./convert.ts";
import type { Read } from "./reads.ts";

/** The `limit` entities of highest degree. */
export async function topEntities(read: Read, limit: number): Promise<RankedEntity[]> {
  const rows = await read(
    `MATCH (e:Entity)
     WITH e, COUNT { (e)--(:Entity) } AS degree
     ORDER BY degree DESC, e.name ASC
     LIMIT $limit
     RETURN e.id AS id, e.name AS name, e.kind AS kind, degree`,
    { limit: neo4j.int(limit) },
  );
  return rows.map((r) => ({
    id: String(r.id),
    name: String(r.name),
    kind: r.kind as NodeKind,
    degree: num(r.degree),
  }));
}

/** Distinct evidence dates per relation id, sorted; ids without evidence (unknown ones) are left out. */
export async function relationDates(read: Read, ids: string[]): Promise<Record<string, string[]>> {
  const rows = await read(
    `UNWIND $ids AS id
     MATCH (v:Evidence {relation: id})
     WITH id, collect(DISTINCT v.date) AS dates
     RETURN id, dates`,
    { ids: [...new Set(ids)] },
  );
  return Object.fromEntries(rows.map((r) => [String(r.id), (r.dates as string[]).map(String).sort()]));
}
