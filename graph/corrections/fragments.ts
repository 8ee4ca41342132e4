/**
 * Extracted data by document: the part of an interchange graph each document contributed (its
 * mentions, the evidence it gives, and the actors those name). The Neo4j store keeps one fragment
 * per document apart from the curated graph, so corrections can be replayed on extracted data and
 * re-extraction can replace one document's part.
 */
import type { Interchange } from "../interchange.ts";
import { createStoreGraph, type StoreGraph } from "../ops/store-graph.ts";
import { mergeInterchange } from "../store/embedded/merge.ts";

/** The fragment of each of `documents` in `input`. */
export function fragmentsOf(input: Interchange, documents: Iterable<string>): Map<string, Interchange> {
  const out = new Map<string, Interchange>();
  for (const d of documents) out.set(d, { documents: [], nodes: [], edges: [] });
  const nodes = new Map(input.nodes.map((n) => [n.id, n]));
  const used = new Map<string, Set<string>>();
  const use = (doc: string, id: string) => {
    const set = used.get(doc) ?? new Set<string>();
    set.add(id);
    used.set(doc, set);
  };
  for (const e of input.edges) {
    for (const [doc, f] of out) {
      const evidence = e.evidence.filter((x) => x.document === doc);
      if (!evidence.length) continue;
      f.edges.push({ ...e, evidence });
      use(doc, e.source);
      use(doc, e.target);
    }
  }
  for (const n of input.nodes) for (const m of n.mentions) if (out.has(m.document)) use(m.document, n.id);
  for (const [doc, ids] of used) {
    for (const id of ids) {
      const n = nodes.get(id);
      if (n) out.get(doc)!.nodes.push({ ...n, mentions: n.mentions.filter((m) => m.document === doc) });
    }
  }
  return out;
}

/** The extracted graph made of `fragments`. */
export function graphOfFragments(fragments: Iterable<Interchange>): StoreGraph {
  const graph = createStoreGraph();
  const all: Interchange = { documents: [], nodes: [], edges: [] };
  for (const f of fragments) {
    all.nodes.push(...f.nodes);
    all.edges.push(...f.edges);
  }
  mergeInterchange(graph, all, new Set());
  return graph;
}

/** A store graph as interchange (no documents). */
export function interchangeOf(
  graph: StoreGraph,
  nodes?: Iterable<string>,
  edges?: Iterable<string>,
): Interchange {
  return {
    documents: [],
    nodes: [...(nodes ?? graph.nodes())].map((id) => ({ id, ...graph.getNodeAttributes(id) })),
    edges: [...(edges ?? graph.edges())].map((id) => {
      const { curation: _c, ...e } = graph.getEdgeAttributes(id);
      return { id, source: graph.source(id), target: graph.target(id), ...e };
    }),
  };
}
