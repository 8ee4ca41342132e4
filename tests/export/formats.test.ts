/**
 * Every export format read back: GEXF and GraphML through graphology's parsers, CSV through an
 * RFC 4180 reader, the report and Markdown for every citation, SVG as XML of the right size, PNG
 * by its header; selection rules table-driven; escaping properties with fast-check.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import * as gexfModule from "graphology-gexf";
import * as graphmlModule from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { exportGraph } from "../../graph/export/index.ts";
import { csvField, escapeXml } from "../../graph/export/xml.ts";
import { cjsExport } from "../../graph/interop.ts";
import { selectSubgraph } from "../../graph/ops/select.ts";
import { isAppError } from "../../src/errors.ts";
import { contractGraph, DELTA, NAVY, PARDO, RUIZ, TIDE } from "../fixtures/contract-graph.ts";
import { readCsv } from "./csv-reader.ts";

const gexf = cjsExport<typeof gexfModule>(gexfModule);
const graphml = cjsExport<typeof graphmlModule>(graphmlModule);
const g = contractGraph();
g.nodes[0]!.aliases.push('The "Iron" Lady, <of> & all');

describe("exports read back", () => {
  it("GEXF parses to the same nodes and edges", () => {
    const back = gexf.parse(MultiDirectedGraph, String(exportGraph(g, "gexf").body));
    expect(back.nodes().sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(back.size).toBe(g.edges.length);
    expect(back.mapEdges((_e, a) => a.type).sort()).toEqual(g.edges.map((e) => e.type).sort());
    expect(back.getNodeAttribute(RUIZ.id, "aliases")).toContain('"Iron" Lady, <of> & all');
  });

  it("GraphML parses to the same nodes and edges", () => {
    const back = graphml.parse(MultiDirectedGraph, String(exportGraph(g, "graphml").body));
    expect(back.nodes().sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(back.size).toBe(g.edges.length);
    expect(back.getNodeAttribute(DELTA.id, "kind")).toBe("Cartel");
    expect(back.mapEdges((_e, a) => Number(a.evidenceCount)).reduce((x, y) => x + y, 0)).toBe(8);
  });

  it("CSV has a row per node and edge, quoting intact", () => {
    const out = exportGraph(g, "csv");
    const nodes = readCsv(out.files![0]!.body);
    const edges = readCsv(out.files![1]!.body);
    expect(nodes.length).toBe(g.nodes.length + 1);
    expect(edges.length).toBe(g.edges.length + 1);
    expect(nodes.find((r) => r[0] === RUIZ.id)![3]).toContain('The "Iron" Lady, <of> & all');
    expect(edges[0]).toContain("first_sentence");
  });

  it("the report cites every relation's sentences, escaped, with no script", () => {
    const html = String(exportGraph(g, "report", { title: "Costa <Verde>" }).body);
    for (const e of g.edges)
      for (const v of e.evidence) expect(html.replace(/<\/?mark>/g, "")).toContain(escapeXml(v.sentence));
    expect(html).toContain("Costa &lt;Verde&gt;");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<mark>warned</mark>");
    const md = String(exportGraph(g, "md").body);
    expect(md).toContain("**warned**");
  });

  it("SVG is XML of the requested size and PNG a picture of it", () => {
    const svg = String(exportGraph(g, "svg").body);
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.documentElement?.getAttribute("width")).toBe("1200");
    expect(doc.documentElement?.getAttribute("height")).toBe("800");
    const png = exportGraph(g, "png").body as Buffer;
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(800);
    mkdirSync("test-results", { recursive: true });
    writeFileSync("test-results/export-sample.png", png);
  });
});

describe("selection", () => {
  it.each([
    ["entity and depth 1", { entity: "Delta Cartel", depth: 1 }, [DELTA, NAVY, PARDO, RUIZ]],
    ["entity by alias", { entity: "Tidewater", depth: 1 }, [NAVY, TIDE]],
    ["relation types", { entity: DELTA.id, depth: 2, types: ["THREATENS" as const] }, [DELTA, RUIZ]],
    [
      "kinds",
      { entity: DELTA.id, depth: 1, kinds: ["Cartel" as const, "Institution" as const] },
      [DELTA, NAVY],
    ],
    ["minimum confidence", { entity: DELTA.id, depth: 1, minConfidence: 0.85 }, [DELTA, RUIZ]],
    ["date range", { entity: DELTA.id, depth: 1, from: "2025-04-01" }, [DELTA, PARDO]],
    ["explicit ids", { ids: [NAVY.id, TIDE.id] }, [NAVY, TIDE]],
  ])("%s", (_n, selection, expected) => {
    expect(
      selectSubgraph(g, selection)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(expected.map((n) => n.id).sort());
  });

  it("an unknown entity is NOT_FOUND", () => {
    expect(() => selectSubgraph(g, { entity: "Nobody" })).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    try {
      selectSubgraph(g, { entity: "Nobody" });
    } catch (e) {
      expect(isAppError(e, "NOT_FOUND")).toBe(true);
    }
  });
});

describe("escaping properties", () => {
  it("CSV fields round-trip through the reader", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        expect(readCsv(`${cells.map(csvField).join(",")}\r\n`)[0]).toEqual(cells);
      }),
    );
  });

  it("escaped XML text parses back to the same string (valid XML characters)", () => {
    const xmlChar = fc.string().map((s) => s.replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD]/gu, ""));
    fc.assert(
      fc.property(xmlChar, (s) => {
        const doc = new DOMParser().parseFromString(`<a>${escapeXml(s)}</a>`, "text/xml");
        expect((doc.documentElement?.textContent ?? "").replace(/\r\n?/g, "\n")).toBe(
          s.replace(/\r\n?/g, "\n"),
        );
      }),
    );
  });
});
