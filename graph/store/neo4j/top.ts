/**
 * Summary reads on Neo4j, one query each: the most connected actors (degree from the relationship
 * count the store keeps per node, ranked and cut in Cypher, ordered as graph/ops/rank.ts: degree
 * descending, then name) and the evidence pieces (date, document) of many relations (through the evidence index).
 */
import neo4j from "neo4j-driver";
import type { RankedEntity } from "../../model.ts";
import type { NodeKind } from "../../ontology.ts";
import { piece, sortPieces } from "../pieces.ts";
import type { EvidencePiece } from "../types.ts";
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

/** Evidence pieces per relation id (see GraphStore.relationEvidence); ids without evidence are left out. */
export async function relationEvidence(read: Read, ids: string[]): Promise<Record<string, EvidencePiece[]>> {
  const rows = await read(
    `UNWIND $ids AS id
     MATCH (v:Evidence {relation: id})-[:FROM]->(d:Document)
     RETURN id, collect({date: v.date, document: d.id}) AS pieces`,
    { ids: [...new Set(ids)] },
  );
  return Object.fromEntries(
    rows.map((r) => [
      String(r.id),
      sortPieces(
        (r.pieces as { date: string | null; document: string }[]).map((p) => piece(p.document, p.date)),
      ),
    ]),
  );
}
