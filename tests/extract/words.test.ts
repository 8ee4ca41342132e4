/**
 * The word lists file (loaders/gazetteer/words.json): the built-in one parses, its titles reach the
 * extractor, and a bad file is refused with its name and the bad entry's path.
 */
import { describe, expect, it } from "vitest";
import { titleRelation } from "../../loaders/extract/titles.ts";
import { parseWords, WORDS } from "../../loaders/extract/words.ts";

describe("word lists", () => {
  it("the built-in file gives titles with their relation", () => {
    expect(WORDS.titles.leads).toContain("President");
    expect(titleRelation("President")).toBe("LEADS");
    expect(titleRelation("sociologist")).toBe("MEMBER_OF");
    expect(WORDS.nouns.person).toContain("legislator");
  });

  it("a bad entry is refused naming the file and the path", () => {
    const bad = structuredClone(WORDS) as unknown as { nouns: { gang: unknown[] } };
    bad.nouns.gang = ["gang", 42];
    expect(() => parseWords(bad, "my-words.json")).toThrow("my-words.json: nouns.gang.1: ");
  });

  it("an empty list is refused", () => {
    const bad = { ...WORDS, titles: { ...WORDS.titles, leads: [] } };
    expect(() => parseWords(bad, "w.json")).toThrow(/^w\.json: titles\.leads: /);
  });
});
