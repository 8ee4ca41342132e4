/**
 * Merges an interchange graph into the embedded store's graphology graph, idempotently: entities
 * and relations by stable id, aliases as a set, mentions and evidence by (document, start, end).
 */
import type { Evidence, Interchange, Mention } from "../../interchange.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import type { WriteStats } from "../types.ts";

const spanKey = (x: { document: string; start: number; end: number }) => `${x.document}:${x.start}:${x.end}`;

function mergeSpans<T extends Mention | Evidence>(into: T[], add: T[]): number {
  const seen = new Set(into.map(spanKey));
  let added = 0;
  for (const x of add) {
    if (seen.has(spanKey(x))) continue;
    seen.add(spanKey(x));
    into.push(x);
    added++;
  }
  return added;
}

/** Merges `input` into `graph`, skipping content of documents listed in `skip`. */
export function mergeInterchange(
  graph: StoreGraph,
  input: Interchange,
  skip: Set<string>,
): Omit<WriteStats, "documents" | "skippedDocuments"> {
  const stats = { entities: 0, relations: 0, evidence: 0 };
  for (const node of input.nodes) {
    const mentions = node.mentions.filter((m) => !skip.has(m.document));
    if (!graph.hasNode(node.id)) {
      graph.addNode(node.id, { name: node.name, kind: node.kind, aliases: [], mentions: [] });
      stats.entities++;
    }
    const attrs = graph.getNodeAttributes(node.id);
    for (const a of node.aliases) if (a !== attrs.name && !attrs.aliases.includes(a)) attrs.aliases.push(a);
    mergeSpans(attrs.mentions, mentions);
  }
  for (const edge of input.edges) {
    const evidence = edge.evidence.filter((e) => !skip.has(e.document));
    if (!evidence.length && edge.evidence.length) continue;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new Error(`relation ${edge.id} names an entity that is not in the graph`);
    }
    if (!graph.hasEdge(edge.id)) {
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
        type: edge.type,
        confidence: edge.confidence,
        evidence: [],
      });
      stats.relations++;
    }
    const attrs = graph.getEdgeAttributes(edge.id);
    stats.evidence += mergeSpans(attrs.evidence, evidence);
    attrs.confidence = Math.max(attrs.confidence, edge.confidence);
  }
  return stats;
}
