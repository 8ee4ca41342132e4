/**
 * The explorer's pure parts: the URL form of the view state round-trips (fast-check), malformed
 * hashes fall back to defaults, and undo/redo walks the history.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, RELATION_TYPES } from "../../graph/ontology.ts";
import { History } from "../../web/src/core/history.ts";
import type { ViewState } from "../../web/src/core/types.ts";
import {
  decodeView as decodeState,
  encodeView as encodeState,
  initialView as initialState,
} from "../../web/src/core/url.ts";

const id = fc.stringMatching(/^[a-z]+:[a-z0-9-]{1,12}$/);
const date = fc
  .date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const state: fc.Arbitrary<ViewState> = fc.record({
  focus: fc.option(id, { nil: undefined }),
  expanded: fc.uniqueArray(id, { maxLength: 5 }),
  pinned: fc.uniqueArray(id, { maxLength: 5 }),
  hidden: fc.uniqueArray(id, { maxLength: 3 }),
  positions: fc.dictionary(
    id,
    fc
      .tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }))
      .map(([x, y]) => [x / 10, y / 10] as [number, number]),
    { maxKeys: 4 },
  ),
  filters: fc.record({
    kinds: fc.subarray([...NODE_KINDS], { minLength: 1 }),
    types: fc.subarray([...RELATION_TYPES], { minLength: 1 }),
    from: fc.option(date, { nil: undefined }),
    to: fc.option(date, { nil: undefined }),
    minConfidence: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
    documents: fc.uniqueArray(fc.stringMatching(/^doc:[0-9a-f]{4}$/), { maxLength: 3 }),
  }),
});

const clean = (s: ViewState) => JSON.parse(JSON.stringify(s)) as ViewState;

describe("view state in the URL", () => {
  it("round-trips through the hash", () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(clean(decodeState(`#${encodeState(s)}`))).toEqual(clean(s));
      }),
    );
  });

  it("keeps positions to a tenth of a unit", () => {
    const s = { ...initialState(), positions: { "person:a": [1.26, -3.04] as [number, number] } };
    expect(decodeState(encodeState(s)).positions).toEqual({ "person:a": [1.3, -3] });
  });

  it("is empty for the initial state", () => {
    expect(encodeState(initialState())).toBe("");
  });

  it.each([
    ["kinds=Planet,Person", { kinds: ["Person"] }],
    ["min=7", { minConfidence: 0 }],
    ["types=LIKES", { types: [] }],
  ])("ignores bad parts: %s", (hash, expected) => {
    expect(decodeState(hash).filters).toMatchObject(expected);
  });
});

it("ignores a malformed date", () => {
  expect(decodeState("from=yesterday&to=2026-13-99x").filters.from).toBeUndefined();
});

describe("undo and redo", () => {
  it("walks back and forth and drops the redo branch on a new change", () => {
    const h = new History(0);
    h.push(1);
    h.push(2);
    expect(h.undo()).toBe(1);
    expect(h.undo()).toBe(0);
    expect(h.undo()).toBe(0);
    expect(h.redo()).toBe(1);
    h.push(5);
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe(1);
    expect(h.redo()).toBe(5);
  });

  it("keeps at most `limit` states", () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.push(i);
    h.undo();
    h.undo();
    expect(h.canUndo).toBe(false);
    expect(h.current).toBe(8);
  });

  it("replaces the current state without a new step", () => {
    const h = new History(0);
    h.push(1);
    h.replace(7);
    expect(h.current).toBe(7);
    expect(h.undo()).toBe(0);
    expect(h.redo()).toBe(7);
  });
});
