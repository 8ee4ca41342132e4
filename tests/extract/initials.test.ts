/**
 * Acronyms by initials: an organisation spelled out once and then named by its initials is one
 * actor. Traps: initials two organisations share, an acronym before the name, a person's initials,
 * an acronym the gazetteer already gives to another actor.
 */
import { describe, expect, it } from "vitest";
import { initialsOf } from "../../loaders/extract/initials.ts";
import { extract } from "./helpers.ts";

describe("initialsOf", () => {
  it.each([
    ["Guyana Defence Force", "GDF"],
    ["Customs Anti-Narcotics Unit", "CANU"],
    ["Secretariat for the Prevention of Money Laundering", "SPML"],
    ["Comando Vermelho", "CV"],
    ["Treasury", undefined],
    ["the coast guard", undefined],
  ])("%s → %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe("acronyms by initials", () => {
  const nodes = (text: string) =>
    extract(text)
      .graph.nodes.map((n) => `${n.name}: ${[...n.aliases].sort().join(", ")}`)
      .sort();

  it.each([
    [
      "an acronym after the organisation it spells is that organisation",
      "The raid was carried out by the Guyana Defence Force. The pilot was captured by a GDF patrol.",
      ["Guyana Defence Force: GDF"],
    ],
    [
      "trap: an acronym before the name is not resolved by it",
      "A GDF patrol found the strip. The Guyana Defence Force said so.",
      ["Guyana Defence Force: "],
    ],
    [
      "trap: initials two organisations share resolve to neither",
      "The Guyana Defence Force and the Grenada Defence Force met. A GDF patrol left.",
      ["Grenada Defence Force: ", "Guyana Defence Force: "],
    ],
  ])("%s", (_name, text, expected) => {
    expect(nodes(text)).toEqual(expected);
  });

  it("gives the acronym's relations to the organisation", () => {
    expect(
      extract("The Guyana Defence Force patrols the border. The GDF arrested two Tren de Aragua members.")
        .triples,
    ).toContain("Guyana Defence Force -TARGETS-> Tren de Aragua");
  });
});
