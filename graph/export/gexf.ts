/**
 * GEXF 1.3 (Gephi) via graphology-gexf: node attributes kind, aliases, mentions; edge attributes
 * type, confidence, firstDate, lastDate, evidenceCount; colours and positions as viz attributes.
 */
import * as gexfModule from "graphology-gexf";
import type { Interchange } from "../interchange.ts";
import { cjsExport } from "../interop.ts";
import { layout } from "../ops/layout.ts";
import { KIND_COLOURS, TYPE_COLOURS } from "./palette.ts";
import { toGraphology } from "./to-graphology.ts";

const gexf = cjsExport<typeof gexfModule>(gexfModule);

const rgb = (hex: string) => ({
  r: Number.parseInt(hex.slice(1, 3), 16),
  g: Number.parseInt(hex.slice(3, 5), 16),
  b: Number.parseInt(hex.slice(5, 7), 16),
});

/** The subgraph as GEXF. */
export function toGexf(g: Interchange): string {
  const graph = toGraphology(g);
  const pos = layout(graph);
  graph.forEachNode((id, a) => {
    graph.mergeNodeAttributes(id, {
      ...pos[id],
      size: 4 + graph.degree(id),
      color: KIND_COLOURS[a.kind as keyof typeof KIND_COLOURS],
    });
  });
  graph.forEachEdge((id, a) =>
    graph.mergeEdgeAttributes(id, { color: TYPE_COLOURS[a.type as keyof typeof TYPE_COLOURS] }),
  );
  return gexf.write(graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: { kind: a.kind, aliases: a.aliases, mentions: a.mentions },
      viz: {
        color: rgb(String(a.color)),
        size: Number(a.size),
        position: { x: Number(pos[key]?.x ?? 0), y: Number(pos[key]?.y ?? 0), z: 0 },
      },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.confidence,
      attributes: {
        type: a.type,
        confidence: a.confidence,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
        evidenceCount: a.evidenceCount,
      },
      viz: { color: rgb(String(a.color)) },
    }),
  });
}
