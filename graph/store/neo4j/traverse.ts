/**
 * Traversals on Neo4j: filtered neighbourhoods (breadth-first, one query per level, hubs cut at
 * `limit` neighbours with the rest counted in `more`), shortest and k shortest paths (GQL
 * `SHORTEST k`, loopless paths kept), and induced subgraphs. Filters use the relationship's
 * aggregates: type, confidence, endpoint kinds, [firstDate, lastDate] overlapping the range, and
 * the documents list.
 */
import type { GraphFilter, SerializedGraph } from "../../model.ts";
import type { GraphResult, NeighbourhoodOptions } from "../types.ts";
import { collectGraph, num } from "./convert.ts";

/** Runs a read query returning raw driver values per row. */
export type RawRead = (
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/** The WHERE clause for a relationship variable `r` between `a` and `b`, and its parameters. */
export function filterClause(
  f: GraphFilter,
  r = "r",
  a = "a",
  b = "b",
): { where: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.types?.length) {
    parts.push(`type(${r}) IN $types`);
    params.types = f.types;
  }
  if (f.minConfidence !== undefined) {
    parts.push(`${r}.confidence >= $minConfidence`);
    params.minConfidence = f.minConfidence;
  }
  if (f.kinds?.length) {
    parts.push(`${a}.kind IN $kinds AND ${b}.kind IN $kinds`);
    params.kinds = f.kinds;
  }
  if (f.from) {
    parts.push(`${r}.lastDate >= $from`);
    params.from = f.from;
  }
  if (f.to) {
    parts.push(`${r}.firstDate <= $to`);
    params.to = f.to;
  }
  if (f.documents?.length) {
    parts.push(`any(d IN ${r}.documents WHERE d IN $documents)`);
    params.documents = f.documents;
  }
  return { where: parts.length ? parts.join(" AND ") : "true", params };
}

/** Degrees for the nodes of a collected graph. */
async function withDegrees(read: RawRead, graph: SerializedGraph): Promise<SerializedGraph> {
  const rows = await read(
    "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, COUNT { (e)-[]-(:Entity) } AS degree",
    { ids: graph.nodes.map((n) => n.key) },
  );
  const degree = new Map(rows.map((r) => [String(r.id), num(r.degree)]));
  for (const n of graph.nodes) n.attributes.degree = degree.get(n.key) ?? 0;
  return graph;
}

export async function neighbourhood(
  read: RawRead,
  ids: string[],
  options: NeighbourhoodOptions,
): Promise<GraphResult> {
  const depth = options.depth ?? 1;
  const limit = options.limit ?? 50;
  const { where, params } = filterClause(options);
  const nodes = new Set(ids);
  const keptEdges: unknown[] = [];
  const keptNodes: unknown[] = [];
  const more: Record<string, number> = {};
  const seed = await read("MATCH (e:Entity) WHERE e.id IN $ids RETURN e", { ids });
  keptNodes.push(...seed.map((r) => r.e));
  let frontier = [...ids];
  for (let d = 0; d < depth && frontier.length; d++) {
    const rows = await read(
      `UNWIND $frontier AS id MATCH (a:Entity {id: id})-[r]-(b:Entity) WHERE ${where}
       WITH id, b, collect(r) AS rels, sum(r.evidenceCount * r.confidence) AS weight
       ORDER BY id, weight DESC, b.id
       WITH id, collect({b: b, rels: rels}) AS neighbours
       RETURN id, size(neighbours) AS total, neighbours`,
      { ...params, frontier },
    );
    const next: string[] = [];
    for (const row of rows) {
      const id = String(row.id);
      const neighbours = row.neighbours as { b: { properties: { id: string } }; rels: unknown[] }[];
      const shown = neighbours.filter((n) => nodes.has(n.b.properties.id));
      for (const n of neighbours) {
        if (shown.length >= limit) break;
        if (!nodes.has(n.b.properties.id)) shown.push(n);
      }
      if (neighbours.length > shown.length) more[id] = neighbours.length - shown.length;
      for (const n of shown) {
        keptEdges.push(...n.rels);
        if (!nodes.has(n.b.properties.id)) {
          nodes.add(n.b.properties.id);
          keptNodes.push(n.b);
          next.push(n.b.properties.id);
        }
      }
    }
    frontier = next;
  }
  return { graph: await withDegrees(read, collectGraph([keptNodes, keptEdges])), more };
}

export async function paths(
  read: RawRead,
  from: string,
  to: string,
  options: GraphFilter & { k?: number; maxDepth?: number },
) {
  const k = Math.max(1, Math.min(10, Math.trunc(options.k ?? 1)));
  const maxDepth = Math.max(1, Math.min(6, Math.trunc(options.maxDepth ?? 4)));
  if (from === to) {
    const rows = await read("MATCH (e:Entity {id: $id}) RETURN e", { id: from });
    return { graph: await withDegrees(read, collectGraph(rows.map((r) => r.e))), more: {}, paths: [[from]] };
  }
  const { where, params } = filterClause(options, "r", "x", "y");
  const rows = await read(
    `MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
     MATCH p = SHORTEST ${k * 4} (s)((x:Entity)-[r]-(y:Entity) WHERE ${where}){1,${maxDepth}}(t)
     RETURN p, [n IN nodes(p) | n.id] AS ids ORDER BY length(p)`,
    { ...params, from, to },
  );
  const seen = new Set<string>();
  const found: string[][] = [];
  const kept: unknown[] = [];
  for (const row of rows) {
    const ids = row.ids as string[];
    if (new Set(ids).size !== ids.length || seen.has(ids.join("|"))) continue;
    if (found.length >= k) break;
    seen.add(ids.join("|"));
    found.push(ids);
    kept.push(row.p);
  }
  const nodeIds = [...new Set(found.flat())];
  const edgeRows = nodeIds.length
    ? await read(
        `UNWIND $pairs AS pair MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]}) WHERE ${filterClause(options).where} RETURN a, r, b`,
        {
          ...filterClause(options).params,
          pairs: found.flatMap((p) => p.slice(1).map((id, i) => [p[i], id])),
        },
      )
    : [];
  return { graph: await withDegrees(read, collectGraph([kept, edgeRows])), more: {}, paths: found };
}

export async function subgraph(read: RawRead, ids: string[]): Promise<SerializedGraph> {
  const rows = await read(
    `MATCH (a:Entity) WHERE a.id IN $ids
     OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids
     RETURN a, collect(r) AS rels`,
    { ids },
  );
  return withDegrees(read, collectGraph(rows.flatMap((r) => [r.a, r.rels])));
}
