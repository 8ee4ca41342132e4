/**
 * Conversion of Neo4j values to plain JavaScript at the storage boundary: integers to numbers,
 * temporal values to ISO strings, nodes/relationships/paths to plain objects, and collection of
 * the entity nodes and relationships in a result into a graphology SerializedGraph.
 */
import neo4j, { isNode, isPath, isRelationship, type Node, type Relationship } from "neo4j-driver";
import type { SerializedGraph } from "../../model.ts";
import { NodeKind, RelationType } from "../../ontology.ts";

/** Converts any value returned by the driver to plain JSON-safe values. */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return v ?? null;
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (isNode(v)) return { elementId: v.elementId, labels: v.labels, properties: toPlain(v.properties) };
  if (isRelationship(v)) {
    return {
      elementId: v.elementId,
      type: v.type,
      start: v.startNodeElementId,
      end: v.endNodeElementId,
      properties: toPlain(v.properties),
    };
  }
  if (isPath(v))
    return {
      segments: v.segments.map((s) => ({
        start: toPlain(s.start),
        relationship: toPlain(s.relationship),
        end: toPlain(s.end),
      })),
    };
  if (Array.isArray(v)) return v.map(toPlain);
  if (typeof v === "object") {
    const o = v as Record<string, unknown> & { toString(): string };
    if (
      neo4j.isDate(o) ||
      neo4j.isDateTime(o) ||
      neo4j.isLocalDateTime(o) ||
      neo4j.isTime(o) ||
      neo4j.isLocalTime(o) ||
      neo4j.isDuration(o)
    )
      return o.toString();
    if (neo4j.isPoint(o)) return { srid: toPlain(o.srid), x: o.x, y: o.y, z: o.z };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}

/** A number from a driver value (Integer or number). */
export function num(v: unknown): number {
  if (neo4j.isInt(v)) return v.toNumber();
  return typeof v === "number" ? v : Number(v ?? 0);
}

/** Collects Entity nodes and relationships between them from result values into a graph. */
export function collectGraph(values: unknown[]): SerializedGraph {
  const nodes = new Map<string, Node>();
  const rels = new Map<string, Relationship>();
  const visit = (v: unknown): void => {
    if (isNode(v)) nodes.set(v.elementId, v);
    else if (isRelationship(v)) rels.set(v.elementId, v);
    else if (isPath(v)) for (const s of v.segments) [s.start, s.relationship, s.end].forEach(visit);
    else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object" && !neo4j.isInt(v)) Object.values(v).forEach(visit);
  };
  values.forEach(visit);
  const keyOf = new Map<string, string>();
  const graph: SerializedGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  for (const n of nodes.values()) {
    const kind = NodeKind.safeParse(n.properties.kind);
    if (!n.labels.includes("Entity") || !kind.success) continue;
    const key = String(n.properties.id ?? n.elementId);
    keyOf.set(n.elementId, key);
    graph.nodes.push({
      key,
      attributes: {
        name: String(n.properties.name ?? key),
        kind: kind.data,
        aliases: (toPlain(n.properties.aliases) as string[]) ?? [],
      },
    });
  }
  for (const r of rels.values()) {
    const type = RelationType.safeParse(r.type);
    const source = keyOf.get(r.startNodeElementId);
    const target = keyOf.get(r.endNodeElementId);
    if (!type.success || !source || !target) continue;
    const p = toPlain(r.properties) as Record<string, unknown>;
    graph.edges.push({
      key: String(p.id ?? r.elementId),
      source,
      target,
      attributes: {
        type: type.data,
        confidence: Number(p.confidence ?? 0),
        evidenceCount: Number(p.evidenceCount ?? 0),
        ...(p.firstDate ? { firstDate: String(p.firstDate) } : {}),
        ...(p.lastDate ? { lastDate: String(p.lastDate) } : {}),
        documents: (p.documents as string[]) ?? [],
        ...(p.curation === "confirmed" || p.curation === "analyst" ? { curation: p.curation } : {}),
      },
    });
  }
  return graph;
}
