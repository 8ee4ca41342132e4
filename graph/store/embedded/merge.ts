/**
 * Merges an interchange graph into the embedded store's graphology graph, idempotently: entities
 * and relations by stable id, aliases as a set, mentions and evidence by (document, start, end).
 * Each span list keeps its key set for its whole life, so a batch costs what it adds, not what the
 * relation already holds; spans are stored compactly (compact.ts).
 */
import type { Evidence, Interchange, Mention } from "../../interchange.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import type { WriteStats } from "../types.ts";
import { compactSpan, type Sentences, spanKey } from "./compact.ts";

type Span = { document: string; start: number; end: number };

/** Key sets of the span lists (mentions, evidence) merged so far, built once per list. */
const keySets = new WeakMap<Span[], Set<string>>();

function keysOf(list: Span[]): Set<string> {
  let keys = keySets.get(list);
  if (!keys) {
    keys = new Set(list.map(spanKey));
    keySets.set(list, keys);
  }
  return keys;
}

function mergeSpans<T extends Mention | Evidence>(into: T[], add: T[], sentences: Sentences): number {
  const seen = keysOf(into);
  let added = 0;
  for (const x of add) {
    const key = spanKey(x);
    if (seen.has(key)) continue;
    seen.add(key);
    into.push(compactSpan(x, sentences));
    added++;
  }
  return added;
}

/** `input` without the content of the documents in `skip`: what a write actually adds. */
export function withoutDocuments(input: Interchange, skip: Set<string>): Interchange {
  if (!skip.size) return input;
  return {
    documents: input.documents.filter((d) => !skip.has(d.id)),
    nodes: input.nodes.map((n) => ({ ...n, mentions: n.mentions.filter((m) => !skip.has(m.document)) })),
    edges: input.edges.flatMap((e) => {
      const evidence = e.evidence.filter((x) => !skip.has(x.document));
      return !evidence.length && e.evidence.length ? [] : [{ ...e, evidence }];
    }),
  };
}

/** Merges `input` into `graph`, skipping content of documents listed in `skip`. */
export function mergeInterchange(
  graph: StoreGraph,
  input: Interchange,
  skip: Set<string>,
): Omit<WriteStats, "documents" | "skippedDocuments"> {
  const stats = { entities: 0, relations: 0, evidence: 0 };
  const fresh = withoutDocuments(input, skip);
  const sentences: Sentences = new Map();
  for (const node of fresh.nodes) {
    if (!graph.hasNode(node.id)) {
      graph.addNode(node.id, { name: node.name, kind: node.kind, aliases: [], mentions: [] });
      stats.entities++;
    }
    const attrs = graph.getNodeAttributes(node.id);
    for (const a of node.aliases) if (a !== attrs.name && !attrs.aliases.includes(a)) attrs.aliases.push(a);
    mergeSpans(attrs.mentions, node.mentions, sentences);
  }
  for (const edge of fresh.edges) {
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
    stats.evidence += mergeSpans(attrs.evidence, edge.evidence, sentences);
    attrs.confidence = Math.max(attrs.confidence, edge.confidence);
  }
  return stats;
}
