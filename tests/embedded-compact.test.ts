/**
 * Compact spans of the embedded store: a compacted mention or evidence piece has exactly the
 * fields and values it had, and span keys tell apart every (document, start, end) while staying
 * short flat strings.
 */
import { describe, expect, it } from "vitest";
import { compactSpan, spanKey } from "../graph/store/embedded/compact.ts";

describe("embedded compact spans", () => {
  it("keeps every field and value of evidence and mentions", () => {
    const evidence = {
      document: "doc:a",
      sentence: "A warned B.",
      start: 3,
      end: 14,
      cue: "warned",
      cueStart: 5,
      cueEnd: 11,
      rule: "cue:threatens",
      confidence: 0.8,
      date: "2025-01-02",
    };
    const sentences = new Map<string, string>();
    expect(compactSpan(evidence, sentences)).toEqual(evidence);
    expect(Object.keys(compactSpan(evidence, sentences))).toEqual(Object.keys(evidence));
    expect([...sentences.keys()]).toEqual(["A warned B."]);
    const mention = { document: "doc:a", start: 0, end: 1, text: "A" };
    expect(compactSpan(mention, sentences)).toEqual(mention);
    expect(compactSpan({ document: "doc:b", start: 1, end: 2 }, sentences)).toEqual({
      document: "doc:b",
      start: 1,
      end: 2,
    });
  });

  it("gives one short key per (document, start, end)", () => {
    const keys = new Set<string>();
    for (const document of ["doc:x-1", "doc:x-2", "doc:x-10"])
      for (const [start, end] of [
        [0, 10],
        [1, 10],
        [0, 11],
        [10, 1],
        [123_456, 123_789],
      ] as const)
        keys.add(spanKey({ document, start, end }));
    expect(keys.size).toBe(15);
    expect(spanKey({ document: "doc:x-2", start: 1, end: 10 })).toBe(
      spanKey({ document: "doc:x-2", start: 1, end: 10 }),
    );
    for (const k of keys) expect(k.length).toBeLessThanOrEqual(12);
  });
});
