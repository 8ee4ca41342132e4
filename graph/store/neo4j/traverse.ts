/**
 * Traversals on Neo4j: filtered neighbourhoods (breadth-first, one query per level, hubs ranked
 * and cut at `limit` neighbours in Cypher with the rest counted in `more`, only the fields views
 * use returned), shortest and k shortest paths (GQL `SHORTEST k`, loopless paths kept), and induced
 * subgraphs. Filters are the Cypher form of the one filter of graph/ops/filter.ts.
 */
import neo4j from "neo4j-driver";
import type { GraphFilter, SerializedGraph } from "../../model.ts";
import type { NodeKind, RelationType } from "../../ontology.ts";
import { filterCypher } from "../../ops/filter.ts";
import type { GraphResult, NeighbourhoodOptions } from "../types.ts";
import { collectGraph, num } from "./convert.ts";
import type { Read } from "./reads.ts";
import { degreeOf, RELATION_PATTERN } from "./schema.ts";

/** Runs a read query returning raw driver values per row. */
export type RawRead = (
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<Record<string, unknown>[]>;

/** An entity as the neighbourhood query returns it. */
interface PlainNode {
  id: string;
  name: string;
  kind: NodeKind;
  aliases: string[] | null;
  degree: number;
}

/** A relationship as the neighbourhood query returns it. */
interface PlainEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  evidenceCount: number | null;
  firstDate: string | null;
  lastDate: string | null;
  documents: string[] | null;
  curation?: "confirmed" | "analyst" | null;
}

/** A serialized graph from plain nodes (with degrees) and the edges between them. */
function plainGraph(nodes: PlainNode[], edges: PlainEdge[]): SerializedGraph {
  const keys = new Set(nodes.map((n) => n.id));
  return {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: nodes.map((n) => ({
      key: n.id,
      attributes: { name: n.name, kind: n.kind, aliases: n.aliases ?? [], degree: Number(n.degree) },
    })),
    edges: edges
      .filter((e) => keys.has(e.source) && keys.has(e.target))
      .map((e) => ({
        key: e.id,
        source: e.source,
        target: e.target,
        attributes: {
          type: e.type,
          confidence: Number(e.confidence),
          evidenceCount: Number(e.evidenceCount ?? 0),
          ...(e.firstDate ? { firstDate: e.firstDate } : {}),
          ...(e.lastDate ? { lastDate: e.lastDate } : {}),
          documents: e.documents ?? [],
          ...(e.curation ? { curation: e.curation } : {}),
        },
      })),
  };
}

/** Degrees for the nodes of a collected graph. */
async function withDegrees(read: RawRead, graph: SerializedGraph): Promise<SerializedGraph> {
  const rows = await read(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN id, ${degreeOf("e")} AS degree`,
    { ids: graph.nodes.map((n) => n.key) },
  );
  const degree = new Map(rows.map((r) => [String(r.id), num(r.degree)]));
  for (const n of graph.nodes) n.attributes.degree = degree.get(n.key) ?? 0;
  return graph;
}

/** Cypher: the fields of a relationship `r` that views use. */
const EDGE_FIELDS = `r {.id, type: type(r), source: startNode(r).id, target: endNode(r).id, .confidence,
  .evidenceCount, .firstDate, .lastDate, .documents, .curation}`;

/**
 * One frontier node's answer: its neighbour count, and the candidates (known ones, then the best
 * others); a known candidate comes with its id only, the view has its fields already.
 */
interface LevelRow {
  id: string;
  seed: PlainNode;
  total: number;
  candidates: { node: PlainNode; known: boolean; rels: PlainEdge[] }[];
}

/** Cypher: an entity's fields for views, with its degree. */
const NODE_FIELDS = (n: string) => `${n} {.id, .name, .kind, .aliases, degree: ${degreeOf(n)}}`;

/**
 * One breadth-first level in one query: for each frontier node, its filtered neighbours are ranked
 * (evidenceCount × confidence summed over the relations to each, then id) and cut in Cypher to the
 * ones already in the view, the best `limit` others, and (with several frontier nodes) the others
 * that another frontier node's best `limit` holds (the caller may have taken them by then: they
 * count as shown, as in the embedded store). Only the fields views use come back, degrees from the
 * degree store (schema.ts `degreeOf`). On a hub the ranking pass reads two properties per
 * relationship and sorts weights only: ids are read and compared just for the neighbours kept
 * (ties at the `limit`-th weight included), known nodes are matched once as nodes, and
 * relationships are fetched (expand-into, from the small side) only for the neighbours kept.
 */
const LEVEL = (where: string) => `UNWIND $frontier AS id
  MATCH (a:Entity {id: id})-[r:${RELATION_PATTERN}]-(b) WHERE ${where}
  WITH a, b, sum(r.evidenceCount * r.confidence) AS weight
  ORDER BY weight DESC
  WITH a, collect({b: b, weight: weight}) AS ns
  WITH collect({a: a, ns: ns}) AS level
  OPTIONAL MATCH (k:Entity) WHERE k.id IN $known
  WITH level, collect(k) AS knownNodes
  UNWIND level AS row
  WITH knownNodes, row.a AS a, size(row.ns) AS total, [n IN row.ns WHERE n.b IN knownNodes] AS known,
       [n IN row.ns WHERE NOT n.b IN knownNodes] AS others
  WITH knownNodes, collect({id: a.id, a: a, total: total, known: known, others: others,
       cutoff: others[$limit - 1].weight}) AS level
  WITH knownNodes, level, CASE WHEN size(level) > 1
       THEN reduce(s = [], row IN level | s + [n IN row.others[0..$limit] | n.b]) ELSE [] END AS picked
  UNWIND level AS row
  UNWIND row.known + [n IN row.others WHERE row.cutoff IS NULL OR n.weight >= row.cutoff OR n.b IN picked] AS c
  WITH row.id AS id, row.a AS a, row.total AS total, c.b AS b, c.weight AS weight, c.b IN knownNodes AS known,
       c.b IN picked AS elsewhere
  ORDER BY known DESC, weight DESC, b.id
  WITH id, a, total, collect({b: b, known: known, elsewhere: elsewhere}) AS ranked
  UNWIND [c IN ranked WHERE c.known] + [c IN ranked WHERE NOT c.known][0..$limit]
       + [c IN [c IN ranked WHERE NOT c.known][$limit..] WHERE c.elsewhere] AS c
  WITH id, a, total, c.b AS b, c.known AS known
  CALL (a, b) {
    MATCH (a)-[r:${RELATION_PATTERN}]-(b) WHERE ${where}
    RETURN collect(${EDGE_FIELDS}) AS rels
  }
  RETURN id, ${NODE_FIELDS("a")} AS seed, total,
         collect({node: CASE WHEN known THEN b {.id} ELSE ${NODE_FIELDS("b")} END, rels: rels, known: known}) AS candidates`;

/**
 * The filtered neighbourhood, as the embedded store computes it: per expanded node, the neighbours
 * already shown plus the strongest others up to `limit`, the rest counted in `more`. Nodes found
 * earlier in the same level count as shown when they are among a node's candidates. `missing` is
 * called with the ids that are not entities (it throws NOT_FOUND).
 */
export async function neighbourhood(
  read: Read,
  ids: string[],
  options: NeighbourhoodOptions,
  missing: (ids: string[]) => Promise<void>,
): Promise<GraphResult> {
  const depth = options.depth ?? 1;
  const limit = options.limit ?? 50;
  const { where, params } = filterCypher(options);
  const level = (frontier: string[], known: string[]) =>
    read(LEVEL(where), { ...params, frontier, known, limit: neo4j.int(limit) }) as unknown as Promise<
      LevelRow[]
    >;
  const unique = [...new Set(ids)];
  // One round trip in the common case: the first level's rows carry their seed's fields; only
  // seeds without a (filtered) neighbour, or not found, are read apart.
  const first = depth > 0 ? await level(unique, unique) : [];
  const found = new Map(first.map((r) => [r.id, r.seed]));
  const rest = unique.filter((id) => !found.has(id));
  if (rest.length) {
    const seeds = await read(`MATCH (e:Entity) WHERE e.id IN $ids RETURN ${NODE_FIELDS("e")} AS node`, {
      ids: rest,
    });
    for (const r of seeds) found.set((r.node as PlainNode).id, r.node as PlainNode);
  }
  if (found.size < unique.length) await missing(unique.filter((id) => !found.has(id)));
  const nodes = new Map<string, PlainNode>(unique.map((id) => [id, found.get(id)!]));
  const edges = new Map<string, PlainEdge>();
  const more: Record<string, number> = {};
  let frontier = unique;
  for (let d = 0; d < depth && frontier.length; d++) {
    const rows = d === 0 ? first : await level(frontier, [...nodes.keys()]);
    const order = new Map(frontier.map((id, i) => [id, i]));
    rows.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
    const next: string[] = [];
    for (const row of rows) {
      const shown = row.candidates.filter((c) => nodes.has(c.node.id));
      for (const c of row.candidates) {
        if (shown.length >= limit) break;
        if (!nodes.has(c.node.id)) shown.push(c);
      }
      if (row.total > shown.length) more[row.id] = row.total - shown.length;
      for (const c of shown) {
        for (const e of c.rels) edges.set(e.id, e);
        if (!nodes.has(c.node.id)) {
          nodes.set(c.node.id, c.node);
          next.push(c.node.id);
        }
      }
    }
    frontier = next;
  }
  return { graph: plainGraph([...nodes.values()], [...edges.values()]), more };
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
  const { where, params } = filterCypher(options, { r: "r", a: "x", b: "y" });
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
        `UNWIND $pairs AS pair MATCH (a:Entity {id: pair[0]})-[r]-(b:Entity {id: pair[1]}) WHERE ${filterCypher(options).where} RETURN a, r, b`,
        {
          ...filterCypher(options).params,
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
