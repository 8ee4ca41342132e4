/**
 * Fighting stated as both sides' state (conflicts.ts): "the fighting between X and Y", "clashes
 * between the A and the B", "X and Y have been at war", "X is locked in a turf war with Y", "X competes with Y
 * for control of" give TARGETS both ways; a feared or ended war, and a feud between two people, give none. With the
 * other rows of this round: "X, a Republican from Kentucky" (party), "added X to its terrorism
 * registry" (designation), "handed X over to" (targets), the "Dominican" demonym (the Dominican
 * Republic's, not Dominica's) and a state named right after a sentence that ends in a name.
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const BOTH = (a: string, b: string) => [`${a} -TARGETS-> ${b}`, `${b} -TARGETS-> ${a}`];

const TABLE: TripleRow[] = [
  [
    "the fighting between two gangs",
    "The fighting between Los Choneros and Los Lobos left 30 inmates dead.",
    BOTH("Los Choneros", "Los Lobos"),
    [],
  ],
  [
    "clashes between, at the start of a sentence",
    "Clashes between the ELN and the FARC dissidents displaced thousands of families in Arauca.",
    BOTH("ELN", "FARC dissidents"),
    [],
  ],
  [
    "two groups that have been at war",
    "Los Choneros and Los Lobos have been at war since 2023.",
    BOTH("Los Choneros", "Los Lobos"),
    [],
  ],
  [
    "one group locked in a turf war with another",
    "The Sinaloa Cartel is locked in a turf war with the CJNG.",
    BOTH("Sinaloa Cartel", "Jalisco New Generation Cartel"),
    [],
  ],
  [
    "trap: a war analysts fear",
    "Analysts fear a war between the Sinaloa Cartel and the CJNG.",
    [],
    BOTH("Sinaloa Cartel", "Jalisco New Generation Cartel"),
  ],
  [
    "trap: a war that ended",
    "The truce ended the war between Los Choneros and Los Lobos.",
    [],
    BOTH("Los Choneros", "Los Lobos"),
  ],
  [
    "a state of exception against gangs",
    "Honduras widens state of exception against MS-13 and Barrio 18 as Asfura bets on a tougher line",
    ["Honduras -TARGETS-> Barrio 18", "Honduras -TARGETS-> MS-13"],
    [],
  ],
  [
    "a Republican from a state",
    "Senator Rand Paul, a Republican from Kentucky, backed the resolution.",
    ["Rand Paul -MEMBER_OF-> Republican Party"],
    [],
  ],
  [
    "from the opposition party, in a sentence with no possessive",
    "Luis Soto, from the opposition National Party, voted against.",
    ["Luis Soto -MEMBER_OF-> National Party"],
    [],
  ],
  [
    "added to a terrorism registry",
    "Argentina added the Comando Vermelho to its terrorism registry on Tuesday.",
    ["Argentina -DESIGNATES-> Comando Vermelho"],
    [],
  ],
  [
    "handed a person over to another state, after a sentence ending in a name",
    "Police arrested Sebastián Marset in May. Paraguay handed Marset over to the United States on Friday.",
    ["Paraguay -TARGETS-> Sebastián Marset"],
    [],
  ],
  [
    "a rivalry for control, past an apposition",
    "Los Choneros, weakened by arrests, now compete with Los Lobos for control of the port of Guayaquil.",
    BOTH("Los Choneros", "Los Lobos"),
    [],
  ],
  [
    "vies with ... for control of the routes",
    "The ELN vies with the Clan del Golfo for control of the cocaine routes in Chocó.",
    BOTH("ELN", "Clan del Golfo"),
    [],
  ],
  [
    "fighting that resumed or broke out between two groups",
    "Fighting has resumed between the ELN and the FARC dissidents in Arauca. Clashes broke out again between Los Choneros and Los Lobos.",
    [...BOTH("ELN", "FARC dissidents"), ...BOTH("Los Choneros", "Los Lobos")],
    [],
  ],
  [
    "trap: talks that resumed between two sides are no fighting",
    "Talks have resumed between Colombia and the ELN.",
    [],
    BOTH("Colombia", "ELN"),
  ],
  [
    "trap: competing for something that is no territory",
    "Los Choneros competed with Los Lobos in a football tournament. Mexico competes with Canada for investment.",
    [],
    [...BOTH("Los Choneros", "Los Lobos"), ...BOTH("Mexico", "Canada")],
  ],
];

tripleTable("conflicts and other constructions of unseen news", TABLE);

describe("state names", () => {
  it.each([
    ["Dominican troops patrolled the border.", ["Dominican Republic"]],
    ["The talks ended in May. Paraguay said it would not sign.", ["Paraguay"]],
  ])("%s", (text, names) => {
    expect(extract(text).names).toEqual(names);
  });
});
