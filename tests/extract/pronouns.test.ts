/**
 * "he"/"she" refer to the person a sentence is about (its opener), not to whoever was named last:
 * the opener of the pronoun's own sentence before it, else the opener of the previous sentence
 * (after a title, a quote or a time). Traps: a previous sentence opened by no person leaves the
 * last person named; a pronoun inside quotes is the speaker's business. "them" as an act's object
 * is the one group named just before (none after two). Sentences are ours.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../loaders/extract/index.ts";
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "'designated it a terrorist group': the one group named just before",
    "Los Lobos grew fast in the ports. Ecuador designated it a terrorist group.",
    ["Ecuador -DESIGNATES-> Los Lobos"],
    [],
  ],
  [
    "trap: 'designated it' after two groups is neither",
    "Los Lobos and Los Choneros grew fast. Ecuador designated it a terrorist group.",
    [],
    ["Ecuador -DESIGNATES-> Los Lobos", "Ecuador -DESIGNATES-> Los Choneros"],
  ],
  [
    "', and the X <verb>ed' opens a clause with its own subject; a listing stops before it",
    "The U.S. Treasury added the Cartel de los Soles to its list in July, and the U.S. State Department designated it a foreign terrorist organization in November.",
    [
      "Treasury Department -DESIGNATES-> Cartel de los Soles",
      "State Department -DESIGNATES-> Cartel de los Soles",
    ],
    ["Treasury Department -DESIGNATES-> State Department"],
  ],
  [
    "'them' as the object of an act is the one group named just before",
    "Police detained 12 members of Los Lobos on Monday. A day later Ecuador charged them with terrorism.",
    ["Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "trap: 'them' after two groups is neither",
    "Police detained members of Los Lobos and Los Choneros. Ecuador charged them with terrorism.",
    [],
    ["Ecuador -TARGETS-> Los Lobos", "Ecuador -TARGETS-> Los Choneros"],
  ],
  [
    "the previous sentence's opener, not the person named after it",
    "Gustavo Petro spoke with Donald Trump by phone. He later criticised the ELN.",
    ["Gustavo Petro -OPPOSES-> ELN"],
    ["Donald Trump -OPPOSES-> ELN"],
  ],
  [
    "an opener after her title, past the person she met",
    "Senator Ana Beltrán met President Gustavo Petro on Monday. She accused Los Pulpos of extortion.",
    ["Ana Beltrán -OPPOSES-> Los Pulpos"],
    ["Gustavo Petro -OPPOSES-> Los Pulpos"],
  ],
  [
    "an opener past a relative clause naming another person",
    "Julia Fonseca, who replaced Pedro Castillo's minister Aníbal Torres, spoke on Monday. She rejected Chile's demands.",
    ["Julia Fonseca -OPPOSES-> Chile"],
    ["Aníbal Torres -OPPOSES-> Chile"],
  ],
];

tripleTable("pronouns that carry the subject on", TABLE);

describe("pronoun referents", () => {
  const referents = (text: string) =>
    findMentions(text, undefined, "2026-01-10")
      .filter((m) => m.rule === "coreference:pronoun")
      .map((m) => `${m.text}=${m.name}`);

  it("takes the opener of the pronoun's own sentence", () => {
    expect(referents("Claudia Sheinbaum met Donald Trump, and she said the talks went well.")).toEqual([
      "she=Claudia Sheinbaum",
    ]);
  });

  it("takes the speaker of a quote that opens the previous sentence", () => {
    expect(
      referents('"We will not bow," Gustavo Petro said after meeting Marco Rubio. He left at noon.'),
    ).toEqual(["He=Gustavo Petro"]);
  });

  it.each([
    [
      "a previous sentence opened by no person",
      "Police arrested Mario Quispe on Monday. He was charged with murder.",
    ],
    ["a pronoun inside quotes", 'Gustavo Petro met Marco Rubio. "He is a liar," a farmer said.'],
    ["no sentence before", "He said Colombia would not yield."],
  ])("%s: none", (_name, text) => {
    expect(referents(text)).toEqual([]);
  });
});
