/**
 * Merges an interchange graph into the embedded store's graphology graph, idempotently: entities
 * and relations by stable id, aliases as a set, mentions and evidence by (document, start, end).
 * No key set is kept between writes: the graph remembers which documents' spans it has merged, so
 * a write of new documents only checks its own spans against each other, and only a span of a
 * document merged before (a replayed journal line, a re-extraction) makes its list's keys be built
 * for that write. Spans are stored compactly (compact.ts, mentions.ts).
 */
import type { Evidence, Interchange, Mention } from "../../interchange.ts";
import type { StoreGraph, StoreNode } from "../../ops/store-graph.ts";
import type { WriteStats } from "../types.ts";
import { compactSpan, type Sentences, spanKey, type TextLookup } from "./compact.ts";
import { isPlainMention, PackedMentions, packedNode, packedOf } from "./mentions.ts";

type Span = { document: string; start: number; end: number };

/**
 * Documents whose spans each graph has merged; "all" for a graph that held data before its first
 * merge (built some other way: any span may already be there).
 */
const mergedDocuments = new WeakMap<StoreGraph, Set<string> | "all">();

/** One merge call: documents merged before it, the keys of the lists it touched, shared strings. */
interface MergeCall {
  before: Set<string> | "all";
  keys: Map<object, { keys: Set<string>; full: boolean }>;
  sentences: Sentences;
  textOf: TextLookup | undefined;
}

/** The keys `into` must be checked against for `add`: this call's own, or every key when `add` may repeat older spans. */
function keysFor(call: MergeCall, into: Span[] | PackedMentions, add: Span[]): Set<string> {
  let entry = call.keys.get(into);
  if (!entry) {
    entry = { keys: new Set(), full: false };
    call.keys.set(into, entry);
  }
  if (
    !entry.full &&
    (call.before === "all" || add.some((x) => (call.before as Set<string>).has(x.document)))
  ) {
    if (into instanceof PackedMentions) for (const key of into.keys()) entry.keys.add(key);
    else for (const x of into) entry.keys.add(spanKey(x));
    entry.full = true;
  }
  return entry.keys;
}

function mergeSpans<T extends Mention | Evidence>(call: MergeCall, into: T[], add: T[]): number {
  if (!add.length) return 0;
  const seen = keysFor(call, into, add);
  let added = 0;
  for (const x of add) {
    const key = spanKey(x);
    if (seen.has(key)) continue;
    seen.add(key);
    into.push(compactSpan(x, call.sentences, call.textOf));
    added++;
  }
  return added;
}

/** Merges mentions into an entity's, packed while they are plain (mentions.ts). */
function mergeMentions(call: MergeCall, node: StoreNode, add: Mention[]): void {
  let packed = packedOf(node);
  if (packed && !add.every(isPlainMention)) {
    node.mentions = packed.toArray();
    packed = undefined;
  }
  if (!packed) {
    mergeSpans(call, node.mentions, add);
    return;
  }
  if (!add.length) return;
  const seen = keysFor(call, packed, add);
  for (const x of add) {
    const key = spanKey(x);
    if (seen.has(key)) continue;
    seen.add(key);
    packed.push(x.document, x.start, x.end);
  }
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

/** Merges `input` into `graph`, skipping content of documents listed in `skip`; `textOf` lets evidence sentences be kept as references. */
export function mergeInterchange(
  graph: StoreGraph,
  input: Interchange,
  skip: Set<string>,
  textOf?: TextLookup,
): Omit<WriteStats, "documents" | "skippedDocuments"> {
  const stats = { entities: 0, relations: 0, evidence: 0 };
  const fresh = withoutDocuments(input, skip);
  let before = mergedDocuments.get(graph);
  if (!before) {
    before = graph.order ? "all" : new Set();
    mergedDocuments.set(graph, before);
  }
  const call: MergeCall = { before, keys: new Map(), sentences: new Map(), textOf };
  for (const node of fresh.nodes) {
    if (!graph.hasNode(node.id)) {
      graph.addNode(node.id, packedNode(node.name, node.kind));
      stats.entities++;
    }
    const attrs = graph.getNodeAttributes(node.id);
    for (const a of node.aliases) if (a !== attrs.name && !attrs.aliases.includes(a)) attrs.aliases.push(a);
    mergeMentions(call, attrs, node.mentions);
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
    stats.evidence += mergeSpans(call, attrs.evidence, edge.evidence);
    attrs.confidence = Math.max(attrs.confidence, edge.confidence);
  }
  if (before !== "all") {
    for (const node of fresh.nodes) for (const m of node.mentions) before.add(m.document);
    for (const edge of fresh.edges) for (const x of edge.evidence) before.add(x.document);
  }
  return stats;
}
