/**
 * The explorer's pure core: the one filter predicate, the derived visible graph, the updates, the
 * store's undo steps, the layout that keeps positions and packs groups apart, fuzzy search and the
 * time histogram.
 */
import { describe, expect, it } from "vitest";
import type { SerializedGraph } from "../../graph/model.ts";
import { NODE_KINDS, RELATION_TYPES } from "../../graph/ontology.ts";
import { type EvidenceStub, relationPasses, toFilter } from "../../web/src/core/filter-input.ts";
import { editDistance, fallbackQueries, rankFuzzy } from "../../web/src/core/fuzzy.ts";
import { histogram } from "../../web/src/core/histogram.ts";
import { enclosed, insidePolygon, isLasso } from "../../web/src/core/lasso.ts";
import { placeNodes } from "../../web/src/core/layout.ts";
import { Store } from "../../web/src/core/store.ts";
import type { Filters } from "../../web/src/core/types.ts";
import { initialState, update } from "../../web/src/core/update.ts";
import { initialView } from "../../web/src/core/url.ts";
import { topDegree, visibleGraph } from "../../web/src/core/visible.ts";
import { startLayoutEffect } from "../../web/src/effects/layout.ts";

const all: Filters = { kinds: [...NODE_KINDS], types: [...RELATION_TYPES], minConfidence: 0, documents: [] };
const edge = (type: (typeof RELATION_TYPES)[number], confidence = 0.8) => ({
  type,
  confidence,
  evidenceCount: 2,
  firstDate: "2026-01-10",
  lastDate: "2026-03-10",
  documents: ["doc:a"],
});

/** a → b (THREATENS, Jan + Mar), a → c (LEADS, Feb), d alone with c (MEMBER_OF, 0.4). */
const graph: SerializedGraph = {
  attributes: {},
  options: { type: "directed", multi: true, allowSelfLoops: false },
  nodes: [
    { key: "a", attributes: { name: "Alpha", kind: "Person", aliases: [] } },
    { key: "b", attributes: { name: "Beta", kind: "Government", aliases: [] } },
    { key: "c", attributes: { name: "Gamma", kind: "Cartel", aliases: [] } },
    { key: "d", attributes: { name: "Delta", kind: "Institution", aliases: [] } },
  ],
  edges: [
    { key: "ab", source: "a", target: "b", attributes: edge("THREATENS") },
    {
      key: "ac",
      source: "a",
      target: "c",
      attributes: { ...edge("LEADS"), firstDate: "2026-02-02", lastDate: "2026-02-02" },
    },
    {
      key: "cd",
      source: "c",
      target: "d",
      attributes: { ...edge("MEMBER_OF", 0.4), firstDate: "2026-02-05", lastDate: "2026-02-05" },
    },
  ],
};

function loaded() {
  let s = initialState({ ...initialView(), expanded: ["a"] });
  s = update(s, { type: "neighbourhood", id: "a", graph, more: 0 });
  s = update(s, {
    type: "dates",
    dates: { ab: ["2026-01-10", "2026-03-10"], ac: ["2026-02-02"], cd: ["2026-02-05"] },
  });
  return s;
}

describe("the shared filter predicate, fed from the client", () => {
  const nodes = { a: { kind: "Person" as const }, b: { kind: "Government" as const } };
  const rel = (type: (typeof RELATION_TYPES)[number], confidence = 0.8, evidence?: EvidenceStub[]) => ({
    source: "a",
    target: "b",
    attributes: edge(type, confidence),
    evidence,
  });
  const passes = (e: ReturnType<typeof rel>, f: Filters, hidden: string[] = []) =>
    relationPasses(e, nodes, toFilter(f, hidden), f);
  const jan = { date: "2026-01-10", document: "doc:a" };
  const mar = { date: "2026-03-10", document: "doc:b" };

  it("passes a relation when one evidence piece is dated inside the range", () => {
    const e = rel("THREATENS", 0.8, [jan, mar]);
    expect(passes(e, { ...all, from: "2026-02-01", to: "2026-02-28" })).toBe(false);
    expect(passes(e, { ...all, from: "2026-03-01", to: "2026-03-31" })).toBe(true);
    expect(passes(e, { ...all, to: "2026-01-10" })).toBe(true);
    expect(passes(e, { ...all, from: "2026-03-11" })).toBe(false);
  });

  it("applies the date range and the documents to the same piece", () => {
    const e = rel("THREATENS", 0.8, [jan, mar]);
    expect(passes(e, { ...all, documents: ["doc:a"], from: "2026-03-01" })).toBe(false);
    expect(passes(e, { ...all, documents: ["doc:b"], from: "2026-03-01" })).toBe(true);
  });

  it("judges a relation whose evidence is not loaded yet on its first and last dates", () => {
    expect(passes(rel("THREATENS"), { ...all, from: "2026-02-01", to: "2026-02-28" })).toBe(false);
    expect(passes(rel("THREATENS"), { ...all, from: "2026-03-01" })).toBe(true);
    expect(passes(rel("THREATENS"), { ...all, from: "2026-04-01" })).toBe(false);
  });

  it("checks type, kinds, confidence, documents and hidden ends", () => {
    const e = rel("THREATENS", 0.5, [jan]);
    expect(passes(e, all)).toBe(true);
    expect(passes(e, { ...all, types: ["LEADS"] })).toBe(false);
    expect(passes(e, { ...all, types: [] })).toBe(false);
    expect(passes(e, { ...all, kinds: ["Person"] })).toBe(false);
    expect(passes(e, { ...all, kinds: ["Person", "Government"] })).toBe(true);
    expect(passes(e, { ...all, minConfidence: 0.6 })).toBe(false);
    expect(passes(e, { ...all, documents: ["doc:b"] })).toBe(false);
    expect(passes(e, { ...all, documents: ["doc:a"] })).toBe(true);
    expect(passes(e, all, ["b"])).toBe(false);
  });

  it("sends only the fields that constrain anything", () => {
    expect(toFilter(all)).toEqual({ kinds: all.kinds, types: all.types });
    expect(toFilter({ ...all, from: "2026-01-01", minConfidence: 0.3, documents: ["d"] }, ["x"])).toEqual({
      kinds: all.kinds,
      types: all.types,
      from: "2026-01-01",
      minConfidence: 0.3,
      documents: ["d"],
      hidden: ["x"],
    });
  });
});

describe("the visible graph", () => {
  it("holds the expanded actor, its neighbours and the relations among them", () => {
    const g = visibleGraph(loaded().data, loaded().view);
    expect(g.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    expect(g.edges.map((e) => e.id)).toEqual(["ab", "ac", "cd"]);
    expect(g.degree).toEqual({ a: 2, b: 1, c: 2, d: 1 });
    expect(topDegree(g, 2)).toEqual(["a", "c"]);
  });

  it("drops neighbours reached only through filtered-out relations, never the expanded actor", () => {
    const s = loaded();
    const g = visibleGraph(s.data, { ...s.view, filters: { ...all, from: "2026-02-01", to: "2026-02-03" } });
    expect(g.nodes.map((n) => n.id)).toEqual(["a", "c"]);
    expect(g.edges.map((e) => e.id)).toEqual(["ac"]);
  });

  it("leaves out hidden actors and actors of unchecked kinds with their relations", () => {
    const s = loaded();
    expect(visibleGraph(s.data, { ...s.view, hidden: ["c"] }).edges.map((e) => e.id)).toEqual(["ab"]);
    const g = visibleGraph(s.data, {
      ...s.view,
      filters: { ...all, kinds: ["Person", "Cartel", "Institution"] },
    });
    expect(g.nodes.map((n) => n.id)).toEqual(["a", "c", "d"]);
    expect(g.edges.map((e) => e.id)).toEqual(["ac", "cd"]);
  });
});

describe("updates", () => {
  it("hide takes the actors out of the view and the selection", () => {
    let s = update(loaded(), { type: "select", id: "c", add: false });
    s = update(s, { type: "select", id: "a", add: true });
    expect(s.selection).toEqual(["c", "a"]);
    s = update(s, { type: "hide", ids: ["a"] });
    expect(s.view.hidden).toEqual(["a"]);
    expect(s.selection).toEqual(["c"]);
    expect(visibleGraph(s.data, s.view).nodes.map((n) => n.id)).not.toContain("a");
    expect(update(s, { type: "expand", ids: ["a"] }).view.hidden).toEqual([]);
    const shown = update(s, { type: "showHidden" });
    expect(shown.view.expanded).toEqual(s.view.expanded);
    expect(visibleGraph(shown.data, shown.view).nodes.map((n) => n.id)).toContain("a");
  });

  it("paths pin their actors and mark the relations on them", () => {
    const s = update(initialState(), { type: "paths", paths: [["b", "a", "c"]], graph });
    expect(s.view.pinned).toEqual(["b", "a", "c"]);
    expect(s.path).toEqual({ nodes: ["b", "a", "c"], edges: ["ab", "ac"] });
  });

  it("a missing actor leaves the view and is reported", () => {
    const s = update(initialState({ ...initialView(), focus: "x", expanded: ["x", "a"], pinned: ["x"] }), {
      type: "missing",
      ids: ["x"],
    });
    expect(s.view).toMatchObject({ focus: undefined, expanded: ["a"], pinned: [] });
    expect(s.missing).toEqual(["x"]);
  });
});

describe("the store's undo steps", () => {
  it("a double-click (two clicks, then expand) is one undo step; layout amends it", () => {
    const store = new Store(loaded());
    store.dispatch({ type: "select", id: "b", add: false });
    store.dispatch({ type: "focus", id: "b" });
    store.dispatch({ type: "select", id: "b", add: false });
    store.dispatch({ type: "focus", id: "b" });
    store.dispatch({ type: "expand", ids: ["b"] });
    store.dispatch({ type: "positions", positions: { b: [1, 2] } });
    expect(store.state.view.expanded).toEqual(["a", "b"]);
    store.undo();
    expect(store.state.view.expanded).toEqual(["a"]);
    expect(store.canUndo).toBe(false);
    expect(store.state.view.focus).toBeUndefined();
    store.redo();
    expect(store.state.view.positions).toEqual({ b: [1, 2] });
  });

  it("a slider drag is one step", () => {
    const store = new Store(loaded());
    store.dispatch({ type: "filters", filters: { ...all, from: "2026-01-01" } });
    store.dispatch({ type: "filters", filters: { ...all, from: "2026-02-01" }, replace: true });
    store.dispatch({ type: "filters", filters: { ...all, from: "2026-03-01" }, replace: true });
    store.undo();
    expect(store.state.view.filters.from).toBeUndefined();
  });

  it("subscribers see nested changes in order", () => {
    const store = new Store(initialState());
    const seen: string[][] = [];
    store.subscribe((s) => {
      if (s.view.expanded.length === 1 && !s.view.pinned.length) store.dispatch({ type: "pin", ids: ["p"] });
    });
    store.subscribe((s) => seen.push([...s.view.pinned]));
    store.dispatch({ type: "expand", ids: ["a"] });
    expect(seen).toEqual([[], ["p"]]);
  });
});

describe("layout", () => {
  const s = loaded();
  const g = visibleGraph(s.data, s.view);

  it("is deterministic and keeps placed actors where they are", () => {
    const first = placeNodes(g, {});
    expect(placeNodes(g, {})).toEqual(first);
    const again = placeNodes(g, { a: [500, 500], b: [560, 500] });
    expect(again.a).toEqual([500, 500]);
    expect(again.b).toEqual([560, 500]);
    expect(Object.keys(again).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("packs a new disconnected group beside the picture", () => {
    const two = {
      ...g,
      nodes: [
        ...g.nodes,
        { id: "x", attributes: g.nodes[0]!.attributes },
        { id: "y", attributes: g.nodes[0]!.attributes },
      ],
      edges: [...g.edges, { id: "xy", source: "x", target: "y", attributes: g.edges[0]!.attributes }],
    };
    const placed = placeNodes(g, {});
    const pos = placeNodes(two, placed);
    const maxX = Math.max(...["a", "b", "c", "d"].map((id) => pos[id]![0]));
    expect(Math.min(pos.x![0], pos.y![0])).toBeGreaterThan(maxX);
  });
});

describe("the layout effect", () => {
  const part = (keys: string[], edges: string[]): SerializedGraph => ({
    ...graph,
    nodes: graph.nodes.filter((n) => keys.includes(n.key)),
    edges: graph.edges.filter((e) => edges.includes(e.key)),
  });
  const answers = {
    a: { type: "neighbourhood", id: "a", graph: part(["a", "b", "c"], ["ab", "ac"]), more: 0 },
    c: { type: "neighbourhood", id: "c", graph: part(["a", "c", "d"], ["ac", "cd"]), more: 0 },
    early: { type: "graph", graph: part(["a", "b", "c"], ["ab", "ac"]), among: "a,b,c" },
    all: { type: "graph", graph, among: "a,b,c,d" },
  } as const;
  /** Positions after the answers arrive in `order`, and the placed actors before the last one. */
  const replay = (order: (keyof typeof answers)[]) => {
    const store = new Store(initialState({ ...initialView(), expanded: ["a", "c"] }));
    startLayoutEffect(store);
    for (const k of order.slice(0, -1)) store.dispatch(answers[k]);
    const before = Object.keys(store.state.view.positions);
    store.dispatch(answers[order.at(-1)!]);
    return { before, positions: store.state.view.positions };
  };

  it("places nothing until every neighbourhood and the relations among all wanted actors are in", () => {
    expect(replay(["a", "c", "all"]).before).toEqual([]);
    expect(replay(["a", "early", "all", "c"]).before).toEqual([]);
    expect(Object.keys(replay(["a", "c", "all"]).positions).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("gives the same picture whatever order the answers come in", () => {
    const first = replay(["a", "c", "all"]).positions;
    expect(replay(["c", "a", "all"]).positions).toEqual(first);
    expect(replay(["a", "early", "c", "all"]).positions).toEqual(first);
    expect(replay(["c", "all", "a"]).positions).toEqual(first);
  });

  it("does not wait for a missing actor's neighbours", () => {
    const store = new Store(initialState({ ...initialView(), expanded: ["a", "x"] }));
    startLayoutEffect(store);
    store.dispatch(answers.a);
    store.dispatch({ type: "graph", graph: part(["a", "b", "c"], ["ab", "ac"]), among: "a,b,c,x" });
    expect(store.state.view.positions).toEqual({});
    store.dispatch({ type: "missing", ids: ["x"] });
    store.dispatch({ type: "graph", graph: part(["a", "b", "c"], ["ab", "ac"]), among: "a,b,c" });
    expect(Object.keys(store.state.view.positions).sort()).toEqual(["a", "b", "c"]);
  });
});

describe("fuzzy search", () => {
  it("finds Sheinbaum from a typo and ranks the closest first", () => {
    expect(editDistance("sheinbam", "sheinbaum")).toBe(1);
    expect(fallbackQueries("Sheinbam")).toEqual(["shei"]);
    const hits = [
      { name: "Sheikh Hasina", aliases: [] },
      { name: "Claudia Sheinbaum", aliases: ["Sheinbaum"] },
    ];
    expect(rankFuzzy("Sheinbam", hits).map((h) => h.name)).toEqual(["Claudia Sheinbaum"]);
  });
});

describe("time histogram", () => {
  it("counts each relation once per day bin", () => {
    expect(histogram([["2026-01-10", "2026-01-10"], ["2026-01-12"]])).toEqual([
      { from: "2026-01-10", to: "2026-01-10", count: 1 },
      { from: "2026-01-11", to: "2026-01-11", count: 0 },
      { from: "2026-01-12", to: "2026-01-12", count: 1 },
    ]);
  });

  it("uses months for long spans", () => {
    const bins = histogram([["2025-11-03"], ["2026-02-20", "2026-02-21"]]);
    expect(bins.map((b) => [b.from, b.to, b.count])).toEqual([
      ["2025-11-01", "2025-11-30", 1],
      ["2025-12-01", "2025-12-31", 0],
      ["2026-01-01", "2026-01-31", 0],
      ["2026-02-01", "2026-02-28", 1],
    ]);
  });
});

describe("neighbourhoods fetched with different filters", () => {
  it("accumulate, so a narrower filter keeps the neighbours it no longer fetches", () => {
    const part: SerializedGraph = {
      ...graph,
      nodes: graph.nodes.slice(0, 2),
      edges: graph.edges.slice(0, 1),
    };
    let s = initialState({ ...initialView(), expanded: ["a"] });
    s = update(s, { type: "neighbourhood", id: "a", graph, more: 0 });
    s = update(s, { type: "neighbourhood", id: "a", graph: part, more: 0 });
    expect(s.data.neighbours.a).toEqual(["a", "b", "c", "d"]);
  });
});

describe("the lasso", () => {
  const square = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 0, y: 10 },
  ];
  const notch = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 5, y: 2 },
    { x: 0, y: 10 },
  ];

  it("tells inside from outside, concave shapes included", () => {
    expect(insidePolygon({ x: 5, y: 5 }, square)).toBe(true);
    expect(insidePolygon({ x: 11, y: 5 }, square)).toBe(false);
    expect(insidePolygon({ x: 5, y: 1 }, notch)).toBe(true);
    expect(insidePolygon({ x: 5, y: 6 }, notch)).toBe(false);
  });

  it("selects the enclosed items in order, and nothing for a click-sized drag", () => {
    const items: [string, { x: number; y: number }][] = [
      ["a", { x: 5, y: 1 }],
      ["b", { x: 5, y: 6 }],
      ["c", { x: 9, y: 8 }],
    ];
    expect(enclosed(items, notch)).toEqual(["a", "c"]);
    expect(
      isLasso([
        { x: 0, y: 0 },
        { x: 2, y: 2 },
        { x: 3, y: 3 },
      ]),
    ).toBe(false);
    expect(
      enclosed(items, [
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ]),
    ).toEqual([]);
  });

  it("adds to or replaces the selection", () => {
    let s = update(initialState(), { type: "select", id: "x", add: false });
    s = update(s, { type: "selectMany", ids: ["a", "x", "b"], add: true });
    expect(s.selection).toEqual(["x", "a", "b"]);
    expect(update(s, { type: "selectMany", ids: ["c"], add: false }).selection).toEqual(["c"]);
  });
});
