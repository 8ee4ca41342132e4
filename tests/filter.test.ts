/**
 * The one filter (graph/ops/filter.ts): its meaning on single edges, the Cypher it generates, and
 * the export selection applying it (an edge dated 10 Jan and 10 Mar filtered to February is gone).
 */
import { describe, expect, it } from "vitest";
import { edgePasses, type FilterEdge, filterCypher } from "../graph/ops/filter.ts";
import { selectSubgraph } from "../graph/ops/select.ts";
import { contractGraph, DELTA, NAVY, RUIZ } from "./fixtures/contract-graph.ts";

const edge: FilterEdge = {
  type: "TARGETS",
  confidence: 0.8,
  source: "a",
  target: "b",
  sourceKind: "Institution",
  targetKind: "Cartel",
  evidence: [
    { date: "2025-01-10", document: "doc:1" },
    { date: "2025-03-10", document: "doc:2" },
    { document: "doc:3" },
  ],
};

describe("the one filter", () => {
  it("passes an edge only when every set field holds", () => {
    expect(edgePasses({}, edge)).toBe(true);
    expect(edgePasses({ types: ["TARGETS"] }, edge)).toBe(true);
    expect(edgePasses({ types: ["LEADS"] }, edge)).toBe(false);
    expect(edgePasses({ kinds: ["Institution", "Cartel"] }, edge)).toBe(true);
    expect(edgePasses({ kinds: ["Institution"] }, edge)).toBe(false);
    expect(edgePasses({ minConfidence: 0.8 }, edge)).toBe(true);
    expect(edgePasses({ minConfidence: 0.81 }, edge)).toBe(false);
    expect(edgePasses({ hidden: ["b"] }, edge)).toBe(false);
    expect(edgePasses({ hidden: ["c"] }, edge)).toBe(true);
    expect(edgePasses({ documents: ["doc:3"] }, edge)).toBe(true);
    expect(edgePasses({ documents: ["doc:9"] }, edge)).toBe(false);
  });

  it("needs one evidence piece inside the whole range and the documents", () => {
    expect(edgePasses({ from: "2025-02-01", to: "2025-02-28" }, edge)).toBe(false);
    expect(edgePasses({ from: "2025-03-10", to: "2025-03-10" }, edge)).toBe(true);
    expect(edgePasses({ from: "2025-03-01", documents: ["doc:1"] }, edge)).toBe(false);
    expect(edgePasses({ to: "2025-01-31", documents: ["doc:1"] }, edge)).toBe(true);
    expect(edgePasses({ from: "2025-01-01", documents: ["doc:3"] }, edge)).toBe(false);
  });

  it("generates the Cypher of exactly the fields that are set", () => {
    expect(filterCypher({})).toEqual({ where: "true", params: {} });
    const c = filterCypher({ types: ["LEADS"], from: "2025-02-01" }, { r: "x", a: "p", b: "q" });
    expect(c.where).toBe(
      "(type(x) IN $filterTypes) AND (EXISTS { MATCH (ev:Evidence {relation: x.id}) WHERE ($filterDocuments IS NULL OR ev.document IN $filterDocuments) AND ($filterFrom IS NULL OR ev.date >= $filterFrom) AND ($filterTo IS NULL OR ev.date <= $filterTo) })",
    );
    expect(c.params).toEqual({
      filterTypes: ["LEADS"],
      filterDocuments: null,
      filterFrom: "2025-02-01",
      filterTo: null,
    });
  });

  it("is what the export selection applies", () => {
    const g = contractGraph();
    const conducts = g.edges.find((e) => e.type === "CONDUCTS")!;
    expect(conducts.evidence.map((v) => v.date)).toEqual(["2025-03-01", "2025-04-02"]);
    const ids = g.nodes.map((n) => n.id);
    expect(selectSubgraph(g, { ids, from: "2025-03-02", to: "2025-04-01" }).edges).toEqual([]);
    const april = selectSubgraph(g, { ids, from: "2025-04-01", to: "2025-04-30", types: ["CONDUCTS"] });
    expect(april.edges.map((e) => [e.id, e.evidence.map((v) => v.date)])).toEqual([
      [conducts.id, ["2025-04-02"]],
    ]);
    const hidden = selectSubgraph(g, { entity: DELTA.id, hidden: [RUIZ.id] });
    expect(hidden.nodes.map((n) => n.id).sort()).toEqual(
      [DELTA.id, NAVY.id, g.nodes.find((n) => n.name === "Luis Pardo")!.id].sort(),
    );
  });
});
