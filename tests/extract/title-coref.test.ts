/**
 * People named again by their office alone ("The president accused ..."): the last person before
 * who holds it by a title, an apposition or the gazetteer's roles. Traps: a former office, an
 * office of a named state, a quoted office, no holder nearby, and a person of another office in
 * between. Sentences are ours.
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../loaders/extract/index.ts";
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "the president after a titled name",
    "Colombian President Gustavo Petro met reporters. The president accused the United States of murder.",
    ["Gustavo Petro -OPPOSES-> United States"],
    [],
  ],
  [
    "the president after a name the gazetteer gives that office",
    "Ecuador's Daniel Noboa declared an emergency. The president blamed Los Lobos for the massacre.",
    ["Daniel Noboa -OPPOSES-> Los Lobos"],
    [],
  ],
  [
    "the minister after an apposition, past a person of another office",
    "Julia Fonseca, the interior minister, met Senator Pablo Ruiz on Monday. The minister accused Los Pulpos of extortion.",
    ["Julia Fonseca -OPPOSES-> Los Pulpos"],
    ["Pablo Ruiz -OPPOSES-> Los Pulpos"],
  ],
  [
    "the object of an accusation",
    "Colombian President Gustavo Petro spoke first. Senator Ana Beltrán accused the president of betraying the victims.",
    ["Ana Beltrán -OPPOSES-> Gustavo Petro"],
    [],
  ],
];

tripleTable("offices standing for the person just named", TABLE);

describe("offices that stand for no one", () => {
  const repeats = (text: string) =>
    findMentions(text, undefined, "2026-01-10")
      .filter((m) => m.rule.startsWith("coreference:the-"))
      .map((m) => `${m.text}=${m.name}`);

  it.each([
    [
      "a former office",
      "President Gustavo Petro spoke. The former president of Peru, Pedro Castillo, was silent.",
    ],
    ["an office of a named state", "President Gustavo Petro spoke. The president of Ecuador did not answer."],
    ["a quoted office", 'President Gustavo Petro spoke. "The president lies," a farmer said.'],
    ["no holder nearby", "Los Pulpos attacked a bus in Trujillo. The president condemned the attack."],
    ["a name right after the office", "President Gustavo Petro spoke. The president, Daniel Noboa, did not."],
  ])("%s", (_name, text) => {
    expect(repeats(text)).toEqual([]);
  });

  it("takes the last holder of the office", () => {
    expect(
      repeats(
        "Colombian President Gustavo Petro called Ecuadorian President Daniel Noboa on Friday. The president agreed to a meeting.",
      ),
    ).toEqual(["The president=Daniel Noboa"]);
  });
});
