/**
 * Interchange → graphology MultiDirectedGraph with flat, typed attributes (what GEXF, GraphML, the
 * layout and the pictures read): kind, aliases, degree; type, confidence, dates, evidence count.
 */
import { MultiDirectedGraph } from "graphology";
import type { Interchange } from "../interchange.ts";

/** Flat node attributes of exports. */
export interface ExportNode {
  label: string;
  kind: string;
  aliases: string;
  mentions: number;
  [key: string]: unknown;
}

/** Flat edge attributes of exports. */
export interface ExportEdge {
  label: string;
  type: string;
  confidence: number;
  evidenceCount: number;
  firstDate: string;
  lastDate: string;
  [key: string]: unknown;
}

/** Builds the graph (edge keys are relation ids). */
export function toGraphology(g: Interchange): MultiDirectedGraph<ExportNode, ExportEdge> {
  const graph = new MultiDirectedGraph<ExportNode, ExportEdge>();
  for (const n of g.nodes)
    graph.addNode(n.id, {
      label: n.name,
      kind: n.kind,
      aliases: n.aliases.join("; "),
      mentions: n.mentions.length,
    });
  for (const e of g.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const dates = e.evidence
      .map((v) => v.date)
      .filter((d): d is string => !!d)
      .sort();
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.type,
      type: e.type,
      confidence: e.confidence,
      evidenceCount: e.evidence.length,
      firstDate: dates[0] ?? "",
      lastDate: dates[dates.length - 1] ?? "",
    });
  }
  return graph;
}
