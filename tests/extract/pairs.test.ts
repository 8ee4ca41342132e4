/**
 * Plural descriptions of two actors ("both gangs", "the two countries", "the two leaders") stand for the last two
 * distinct actors of their kind. Traps: a single antecedent, a possessive ("both gangs' leaders"),
 * a description inside a quote, actors of another kind.
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "'the two leaders' / 'both presidents' stand for the last two people named",
    "Petro met Maduro in Caracas in November. The two leaders agreed to cooperate against the ELN. Noboa spoke with Boluarte by phone. Both presidents condemned Tren de Aragua.",
    [
      "Gustavo Petro -COOPERATES_WITH-> Nicolás Maduro",
      "Daniel Noboa -OPPOSES-> Tren de Aragua",
      "Dina Boluarte -OPPOSES-> Tren de Aragua",
    ],
    [],
  ],
  [
    "both gangs as an object",
    "Los Lobos and Los Choneros fought in Durán. Ecuador designated both gangs as terrorist groups.",
    ["Ecuador -DESIGNATES-> Los Choneros", "Ecuador -DESIGNATES-> Los Lobos"],
    [],
  ],
  [
    "the two countries as a reciprocal subject",
    "Chile and Peru met in Lima. The two countries signed an agreement on border security.",
    ["Chile -COOPERATES_WITH-> Peru"],
    [],
  ],
  [
    "the last two distinct states, not an earlier one",
    "Brazil sent envoys. Later Chile and Peru met in Lima, and both countries agreed to keep cooperating.",
    ["Chile -COOPERATES_WITH-> Peru"],
    ["Brazil -COOPERATES_WITH-> Chile", "Brazil -COOPERATES_WITH-> Peru"],
  ],
  [
    "a noun cue 'between' the pair: the two states",
    "Chile met Peru in Lima. Cooperation between the two neighbours has grown since. Cooperation between both sides is old.",
    ["Chile -COOPERATES_WITH-> Peru"],
    [],
  ],
  [
    "trap: 'both sides' outside 'between' is no pair of states",
    "Chile met Peru in Lima. Both sides agreed to keep cooperating.",
    [],
    ["Chile -COOPERATES_WITH-> Peru"],
  ],
  [
    "trap: one gang named is no pair",
    "Los Lobos fought in Durán. Ecuador designated both gangs as terrorist groups.",
    [],
    ["Ecuador -DESIGNATES-> Los Lobos"],
  ],
  [
    "trap: a possessive names the gangs' people",
    "Los Lobos and Los Choneros fought in Durán. Ecuador arrested both gangs' leaders.",
    [],
    ["Ecuador -TARGETS-> Los Lobos", "Ecuador -TARGETS-> Los Choneros"],
  ],
  [
    "trap: gangs are not the two states named",
    "Chile and Peru met in Lima. Police later designated both gangs as terrorist groups.",
    [],
    ["Chile -DESIGNATES-> Peru"],
  ],
];

tripleTable("plural descriptions of two actors", TABLE);

describe("the mentions a pair description gives", () => {
  it("marks its first words as the earlier actor and its noun as the later one", () => {
    const text =
      "Los Lobos and Los Choneros fought in Durán. Ecuador designated both gangs as terrorist groups.";
    const { graph } = extract(text);
    const spans = (name: string) =>
      graph.nodes.find((n) => n.name === name)!.mentions.map((m) => text.slice(m.start, m.end));
    expect(spans("Los Lobos")).toEqual(["Los Lobos", "both"]);
    expect(spans("Los Choneros")).toEqual(["Los Choneros", "gangs"]);
  });

  it("gives nothing inside a quote", () => {
    // A statement, not a plan ("will designate" would give nothing anyway): only the quote stops it.
    const text =
      'Los Lobos and Los Choneros fought in Durán. "Ecuador designated both gangs," Peru\'s minister said.';
    expect(extract(text).triples).not.toContain("Ecuador -DESIGNATES-> Los Lobos");
  });
});
