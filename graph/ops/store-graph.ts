/**
 * The in-memory graph the embedded store keeps and the pure operations run on: a graphology
 * MultiDirectedGraph whose nodes carry entities (with mentions) and whose edges carry relations
 * (with evidence), keyed by the stable ids of graph/ontology.ts.
 */
import { MultiDirectedGraph } from "graphology";
import type { Curation } from "../corrections/schema.ts";
import type { Evidence, Mention } from "../interchange.ts";
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from "../model.ts";
import type { NodeKind, RelationType } from "../ontology.ts";

/** Node attributes in the store graph. */
export interface StoreNode {
  name: string;
  kind: NodeKind;
  aliases: string[];
  mentions: Mention[];
}

/** Edge attributes in the store graph. */
export interface StoreEdge {
  type: RelationType;
  confidence: number;
  evidence: Evidence[];
  /** Set by corrections: confirmed or added by an analyst. */
  curation?: Curation;
}

/** The store graph type. */
export type StoreGraph = MultiDirectedGraph<StoreNode, StoreEdge>;

/** A new empty store graph. */
export function createStoreGraph(): StoreGraph {
  return new MultiDirectedGraph<StoreNode, StoreEdge>({ allowSelfLoops: false });
}

/** Summary edge attributes (what views carry) from a store edge. */
export function edgeSummary(e: StoreEdge): EdgeAttributes {
  const dates = e.evidence
    .map((x) => x.date)
    .filter((d): d is string => !!d)
    .sort();
  const documents = [...new Set(e.evidence.map((x) => x.document))];
  return {
    type: e.type,
    confidence: e.confidence,
    evidenceCount: e.evidence.length,
    ...(dates.length ? { firstDate: dates[0], lastDate: dates[dates.length - 1] } : {}),
    documents,
    ...(e.curation ? { curation: e.curation } : {}),
  };
}

/** View node attributes (data only) from a store node. */
export function nodeSummary(graph: StoreGraph, id: string): NodeAttributes {
  const n = graph.getNodeAttributes(id);
  return { name: n.name, kind: n.kind, aliases: n.aliases, degree: graph.degree(id) };
}

/** Serializes the part of `graph` made of `nodes` and `edges` in graphology's serialized shape. */
export function serializeSelection(
  graph: StoreGraph,
  nodes: Iterable<string>,
  edges: Iterable<string>,
): SerializedGraph {
  const nodeSet = new Set(nodes);
  const out: SerializedGraph = {
    attributes: {},
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [...nodeSet].map((key) => ({ key, attributes: nodeSummary(graph, key) })),
    edges: [],
  };
  for (const key of new Set(edges)) {
    const source = graph.source(key);
    const target = graph.target(key);
    if (!nodeSet.has(source) || !nodeSet.has(target)) continue;
    out.edges.push({ key, source, target, attributes: edgeSummary(graph.getEdgeAttributes(key)) });
  }
  return out;
}
