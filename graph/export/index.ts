/**
 * The one export module, used by the web view (through the API), the API and `kgx export`:
 * `exportGraph(graph, format)` for json, gexf, graphml, csv, cypher, svg, png, report (HTML) and md.
 */
import { z } from "zod";
import type { Interchange } from "../interchange.ts";
import { toCsv } from "./csv.ts";
import { toCypher } from "./cypher.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toPng } from "./png.ts";
import { toReport } from "./report.ts";
import { toMarkdown } from "./report-md.ts";
import { toSvg } from "./svg.ts";
import type { Visual } from "./view.ts";

/** Every export format. */
export const EXPORT_FORMATS = [
  "json",
  "gexf",
  "graphml",
  "csv",
  "cypher",
  "svg",
  "png",
  "report",
  "md",
] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** An exported file (CSV also gives its two tables as `files`). */
export interface ExportResult {
  body: string | Buffer;
  contentType: string;
  extension: string;
  files?: { name: string; body: string }[];
}

/** Renders `graph` in `format`. */
export function exportGraph(
  graph: Interchange,
  format: ExportFormat,
  options: { title?: string; visual?: Visual } = {},
): ExportResult {
  switch (format) {
    case "json":
      return {
        body: `${JSON.stringify(graph, null, 2)}\n`,
        contentType: "application/json",
        extension: "json",
      };
    case "gexf":
      return { body: toGexf(graph, options.visual), contentType: "application/gexf+xml", extension: "gexf" };
    case "graphml":
      return { body: toGraphml(graph), contentType: "application/graphml+xml", extension: "graphml" };
    case "csv": {
      const { nodes, edges } = toCsv(graph);
      return {
        body: `# nodes\r\n${nodes}\r\n# edges\r\n${edges}`,
        contentType: "text/csv; charset=utf-8",
        extension: "csv",
        files: [
          { name: "nodes.csv", body: nodes },
          { name: "edges.csv", body: edges },
        ],
      };
    }
    case "cypher":
      return {
        body: toCypher(graph),
        contentType: "application/x-cypher-query; charset=utf-8",
        extension: "cypher",
      };
    case "svg":
      return { body: toSvg(graph, options), contentType: "image/svg+xml", extension: "svg" };
    case "png":
      return { body: toPng(graph, options), contentType: "image/png", extension: "png" };
    case "report":
      return { body: toReport(graph, options), contentType: "text/html; charset=utf-8", extension: "html" };
    case "md":
      return {
        body: toMarkdown(graph, options),
        contentType: "text/markdown; charset=utf-8",
        extension: "md",
      };
  }
}
