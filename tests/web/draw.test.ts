/**
 * The graph view's pure drawing helpers: label placement (first free spot around the actor in a
 * fixed order, never over another label or another actor's disc, inside the canvas; forced labels
 * take the least-overlapping spot), relation picking in dense views (nearest segment within the
 * tolerance) and the incremental parallel-relation index (the rule of
 * @sigma/edge-curve's full re-index, worked out by hand: that module needs WebGL to load).
 */
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { nearestSegment } from "../../web/src/views/graph-pick.ts";
import { intersects, LabelPlacer } from "../../web/src/views/labels.ts";
import { indexParallel } from "../../web/src/views/parallel.ts";

const canvas = { width: 400, height: 300, boxHeight: 16, gap: 3, margin: 1 };

describe("label placement", () => {
  it("puts a label right of its actor when that spot is free", () => {
    const a = { id: "a", x: 100, y: 100, r: 5 };
    const p = new LabelPlacer([a], canvas);
    expect(p.place(a, 50, false)).toEqual({ x: 108, y: 92, w: 52, h: 16 });
  });

  it("moves to the left when an actor sits on the right spot, then above", () => {
    const a = { id: "a", x: 100, y: 100, r: 5 };
    const right = { id: "b", x: 135, y: 100, r: 5 };
    const p = new LabelPlacer([a, right], canvas);
    expect(p.place(a, 50, false)).toEqual({ x: 40, y: 92, w: 52, h: 16 });
    const left = { id: "c", x: 65, y: 100, r: 5 };
    const q = new LabelPlacer([a, right, left], canvas);
    expect(q.place(a, 50, false)).toEqual({ x: 74, y: 76, w: 52, h: 16 });
  });

  it("keeps labels apart and inside the canvas, leaving out one that fits nowhere", () => {
    const discs = [
      { id: "a", x: 100, y: 100, r: 5 },
      { id: "b", x: 100, y: 118, r: 5 },
      { id: "c", x: 395, y: 150, r: 5 },
    ];
    const p = new LabelPlacer(discs, canvas);
    const boxes = discs.map((d) => p.place(d, 60, false));
    expect(boxes.every((b) => b !== undefined)).toBe(true);
    expect(intersects(boxes[0]!, boxes[1]!)).toBe(false);
    expect(boxes[2]!.x + boxes[2]!.w).toBeLessThanOrEqual(400);
    const crowded = new LabelPlacer([{ id: "x", x: 5, y: 5, r: 4 }], { ...canvas, width: 20, height: 20 });
    expect(crowded.place({ id: "x", x: 5, y: 5, r: 4 }, 60, false)).toBeUndefined();
    expect(crowded.place({ id: "x", x: 5, y: 5, r: 4 }, 60, true)).toBeDefined();
  });
});

describe("parallel relations", () => {
  it("numbers parallel relations by edge-curve's rule, updating only the pairs touched", () => {
    const g = new MultiDirectedGraph();
    for (const n of ["a", "b", "c", "d"]) g.addNode(n);
    const edges: [string, string, string][] = [
      ["ab1", "a", "b"],
      ["ab2", "a", "b"],
      ["ab3", "a", "b"],
      ["ba1", "b", "a"],
      ["bc1", "b", "c"],
      ["cb1", "c", "b"],
      ["cd1", "c", "d"],
      ["cd2", "c", "d"],
      ["da1", "d", "a"],
    ];
    for (const [k, s, t] of edges) g.addDirectedEdgeWithKey(k, s, t);
    const attrs = () =>
      Object.fromEntries(g.mapEdges((e, a) => [e, [a.parallelIndex ?? null, a.parallelMaxIndex ?? null]]));
    indexParallel(g, g.edges());
    expect(attrs()).toEqual({
      ab1: [1, 3],
      ab2: [2, 3],
      ab3: [3, 3],
      ba1: [1, 1],
      bc1: [1, 1],
      cb1: [1, 1],
      cd1: [-0.5, 0.5],
      cd2: [0.5, 0.5],
      da1: [null, null],
    });
    // A new relation re-indexes its pair only.
    g.addDirectedEdgeWithKey("dc1", "d", "c");
    indexParallel(g, ["dc1"]);
    expect(attrs()).toMatchObject({ cd1: [1, 2], cd2: [2, 2], dc1: [1, 1], ab1: [1, 3], da1: [null, null] });
  });
});

describe("relation picking in dense views", () => {
  const xy = Float64Array.from([0, 0, 100, 0, 0, 10, 100, 10, 50, -50, 50, 50]);

  it("picks the segment nearest the point within the tolerance", () => {
    expect(nearestSegment(xy, 20, 1)).toBe(0);
    expect(nearestSegment(xy, 20, 8)).toBe(1);
    expect(nearestSegment(xy, 51, 30)).toBe(2);
    expect(nearestSegment(xy, 49, 4)).toBe(2);
  });

  it("picks nothing farther than the tolerance or past a segment's end", () => {
    expect(nearestSegment(xy, 20, 3.9)).toBe(0);
    expect(nearestSegment(xy, 20, 5)).toBe(-1);
    expect(nearestSegment(xy, 20, 25)).toBe(-1);
    expect(nearestSegment(xy, 106, 0)).toBe(-1);
    expect(nearestSegment(xy, 103, 0)).toBe(0);
    expect(nearestSegment(new Float64Array(0), 0, 0)).toBe(-1);
  });
});
