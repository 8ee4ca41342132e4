/**
 * GraphML with typed keys: node kind, aliases, mentions; edge type, confidence, firstDate,
 * lastDate, evidenceCount. Written by hand (graphology-graphml only parses); every value escaped.
 */
import type { Interchange } from "../interchange.ts";
import { toGraphology } from "./to-graphology.ts";
import { escapeXml } from "./xml.ts";

const NODE_KEYS = [
  ["label", "string"],
  ["kind", "string"],
  ["aliases", "string"],
  ["mentions", "int"],
] as const;
const EDGE_KEYS = [
  ["type", "string"],
  ["confidence", "double"],
  ["firstDate", "string"],
  ["lastDate", "string"],
  ["evidenceCount", "int"],
] as const;

/** The subgraph as GraphML. */
export function toGraphml(g: Interchange): string {
  const graph = toGraphology(g);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => {
    lines.push(
      `    <node id="${escapeXml(id)}">${NODE_KEYS.map(([k]) => `<data key="${k}">${escapeXml(String(a[k] ?? ""))}</data>`).join("")}</node>`,
    );
  });
  graph.forEachEdge((id, a, s, t) => {
    lines.push(
      `    <edge id="${escapeXml(id)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${EDGE_KEYS.map(([k]) => `<data key="${k}">${escapeXml(String(a[k] ?? ""))}</data>`).join("")}</edge>`,
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
