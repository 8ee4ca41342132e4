/**
 * The most connected actors on Neo4j in one query: degree from the relationship count the store
 * keeps per node (no walk of the relationships), ranked and cut in Cypher. Same ordering as
 * graph/ops/rank.ts: degree descending, then name.
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
