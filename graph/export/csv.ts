/**
 * CSV export: a nodes table and an edges table (RFC 4180), evidence summarised per edge (count,
 * dates, first cited sentence).
 */
import type { Interchange } from "../interchange.ts";
import { csvField } from "./xml.ts";

const row = (cells: unknown[]) => cells.map(csvField).join(",");

/** Two CSV texts. */
export function toCsv(g: Interchange): { nodes: string; edges: string } {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const nodes = [
    row(["id", "name", "kind", "aliases", "mentions"]),
    ...g.nodes.map((n) => row([n.id, n.name, n.kind, n.aliases, n.mentions.length])),
  ];
  const edges = [
    row([
      "id",
      "source",
      "source_name",
      "type",
      "target",
      "target_name",
      "confidence",
      "evidence_count",
      "first_date",
      "last_date",
      "first_sentence",
    ]),
    ...g.edges.map((e) => {
      const dates = e.evidence
        .map((v) => v.date)
        .filter(Boolean)
        .sort();
      return row([
        e.id,
        e.source,
        names.get(e.source),
        e.type,
        e.target,
        names.get(e.target),
        e.confidence,
        e.evidence.length,
        dates[0],
        dates[dates.length - 1],
        e.evidence[0]?.sentence,
      ]);
    }),
  ];
  return { nodes: `${nodes.join("\r\n")}\r\n`, edges: `${edges.join("\r\n")}\r\n` };
}
