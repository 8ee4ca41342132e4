/**
 * Evidence search on the embedded store (the shared contract), and the shared word rules.
 */
import { describe, expect, it } from "vitest";
import { bm25, groupByRelation, queryTerms, termSpans } from "../graph/ops/evidence-search.ts";
import { EmbeddedStore } from "../graph/store/embedded/store.ts";
import { runEvidenceSearchContract } from "./evidence-search.contract.ts";

runEvidenceSearchContract("embedded", async () => {
  const store = new EmbeddedStore();
  await store.init();
  return store;
});

describe("the shared evidence-search rules", () => {
  it("folds the query into distinct words, without stop words", () => {
    expect(queryTerms("The Fentanyl LABS of Culiacán, fentanyl")).toEqual(["fentanyl", "labs", "culiacan"]);
    expect(queryTerms("U.S. cartel's 1,000")).toEqual(["u.s", "cartel's", "1,000"]);
  });

  it("finds whole words only, with their offsets", () => {
    expect(termSpans("Fentanyl labs, not a lab; LABS.", ["labs", "fentanyl"])).toEqual([
      [0, 8],
      [9, 13],
      [26, 30],
    ]);
  });

  it("scores with BM25: rarer words and shorter sentences rank higher, no word scores 0", () => {
    const [both, one, none, longer] = bm25(
      ["fentanyl labs raided", "fentanyl seized", "nothing here", "fentanyl was seized in a large port raid"],
      ["fentanyl", "labs"],
    );
    expect(both).toBeGreaterThan(one!);
    expect(one).toBeGreaterThan(longer!);
    expect(none).toBe(0);
  });

  it("groups pieces by relation: best piece, count, relations by score then id", () => {
    const p = (relation: string, score: number, order: string) => ({ relation, score, order, piece: order });
    const groups = groupByRelation(
      [p("b", 1, "x"), p("a", 1, "y"), p("b", 2, "z"), p("c", 3, "w"), p("b", 2, "a")],
      2,
    );
    expect(groups.map((g) => [g.best.relation, g.best.piece, g.matches])).toEqual([
      ["c", "w", 1],
      ["b", "a", 3],
    ]);
  });
});
