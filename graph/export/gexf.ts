/**
 * GEXF 1.3 (Gephi) via graphology-gexf: node attributes kind, aliases, mentions; edge attributes
 * type, confidence, firstDate, lastDate, evidenceCount; colour (hex), size and position as `viz`
 * in the flat form graphology-gexf writes and reads back. A `visual` (the explorer's picture) gives
 * positions, colours and sizes; without it the deterministic layout and the palette are used.
 */
import * as gexfModule from "graphology-gexf";
import type { Interchange } from "../interchange.ts";
import { cjsExport } from "../interop.ts";
import { layout } from "../ops/layout.ts";
import { KIND_COLOURS, TYPE_COLOURS } from "./palette.ts";
import { toGraphology } from "./to-graphology.ts";
import type { Visual } from "./view.ts";

const gexf = cjsExport<typeof gexfModule>(gexfModule);

/** The subgraph as GEXF. */
export function toGexf(g: Interchange, visual?: Visual): string {
  const graph = toGraphology(g);
  const pos = visual ? {} : layout(graph);
  return gexf.write(graph, {
    version: "1.3",
    formatNode: (key, a) => {
      const v = visual?.nodes[key];
      return {
        label: a.label,
        attributes: { kind: a.kind, aliases: a.aliases, mentions: a.mentions },
        viz: {
          color: v?.color ?? KIND_COLOURS[a.kind as keyof typeof KIND_COLOURS],
          size: v?.size ?? 4 + graph.degree(key),
          x: v?.x ?? pos[key]?.x ?? 0,
          y: v?.y ?? pos[key]?.y ?? 0,
          z: 0,
        },
      };
    },
    formatEdge: (key, a) => {
      const v = visual?.edges[key];
      return {
        label: a.type,
        weight: a.confidence,
        attributes: {
          type: a.type,
          confidence: a.confidence,
          firstDate: a.firstDate,
          lastDate: a.lastDate,
          evidenceCount: a.evidenceCount,
        },
        viz: {
          color: v?.color ?? TYPE_COLOURS[a.type as keyof typeof TYPE_COLOURS],
          thickness: v?.size ?? 1,
        },
      };
    },
  });
}
