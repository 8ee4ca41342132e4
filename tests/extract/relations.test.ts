/**
 * Relation rules on sentences we wrote: one table per rule class, each row a sentence and the
 * relations that must (and must not) come out, traps included — negation, passive voice, quotes,
 * reported speech, coordination, metonymy, a country named only as a place.
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "active verb",
    "Colombian President Gustavo Petro condemned the Tren de Aragua gang on Monday.",
    ["Gustavo Petro -OPPOSES-> Tren de Aragua"],
    [],
  ],
  [
    "negation drops the relation",
    "Mexico will not cooperate with Russia on security.",
    [],
    ["Mexico -COOPERATES_WITH-> Russia"],
  ],
  [
    "double negation keeps it",
    "Mexico does not rule out working together with Canada.",
    ["Canada -COOPERATES_WITH-> Mexico"],
    [],
  ],
  [
    "passive voice with agent",
    "Joaquín Guzmán was arrested by the DEA in 2016.",
    ["DEA -TARGETS-> Joaquín Guzmán"],
    ["Joaquín Guzmán -TARGETS-> DEA"],
  ],
  [
    "passive without agent gives nothing",
    "The Sinaloa Cartel was targeted last year.",
    [],
    ["Sinaloa Cartel -TARGETS-> Sinaloa Cartel"],
  ],
  [
    "future turns TARGETS into THREATENS",
    "The Pentagon said it would strike the Gulf Cartel next month.",
    ["U.S. military -THREATENS-> Gulf Cartel"],
    ["U.S. military -TARGETS-> Gulf Cartel"],
  ],
  [
    "past TARGETS",
    "The Mexican Navy raided a camp of the Gulf Cartel in Tamaulipas.",
    ["Mexican Navy -TARGETS-> Gulf Cartel"],
    [],
  ],
  [
    "coordinated targets",
    "The State Department designated Tren de Aragua and MS-13 as terrorist organizations.",
    ["State Department -DESIGNATES-> Tren de Aragua", "State Department -DESIGNATES-> MS-13"],
    [],
  ],
  [
    "quote attributed to its speaker",
    "“We will not accept troops on our soil,” Claudia Sheinbaum said, adding that cooperation with Washington would continue.",
    ["Claudia Sheinbaum -COOPERATES_WITH-> United States"],
    [],
  ],
  [
    "stance cue after a reporting verb",
    "Gustavo Petro said that U.S. strikes in the Caribbean are not an option.",
    ["Gustavo Petro -OPPOSES-> United States"],
    [],
  ],
  [
    "metonymy: the capital acts for its state",
    "Washington warned Caracas on Tuesday.",
    ["United States -THREATENS-> Venezuela"],
    [],
  ],
  [
    "a country named only as a place is no actor",
    "Officials met in Mexico to discuss trade.",
    [],
    ["Mexico -COOPERATES_WITH-> Mexico"],
  ],
  [
    "conducts an operation",
    "The Pentagon launched Operation Southern Spear in September.",
    ["U.S. military -CONDUCTS-> Operation Southern Spear"],
    [],
  ],
  [
    "a discovered operation and cartel",
    "The army launched Operation Blue Harbor against the Costa Cartel.",
    ["Operation Blue Harbor -TARGETS-> Costa Cartel"],
    [],
  ],
];

tripleTable("relation rules", TABLE);

describe("titles and roles", () => {
  it.each([
    [
      "Mexico's security chief Omar García Harfuch spoke on Friday.",
      "Omar García Harfuch -MEMBER_OF-> Mexico",
    ],
    [
      "White House Press Secretary Karoline Leavitt answered questions.",
      "Karoline Leavitt -MEMBER_OF-> White House",
    ],
    ["Venezuelan President Nicolás Maduro gave a speech.", "Nicolás Maduro -LEADS-> Venezuela"],
    ["Secretary of State Marco Rubio travelled to Panama.", "Marco Rubio -MEMBER_OF-> United States"],
    [
      "Ana Quintero, the leader of the Delta Cartel, was seen in Sonora.",
      "Ana Quintero -LEADS-> Delta Cartel",
    ],
    ["President Elena Brandt of the Northland Council spoke.", "Elena Brandt -LEADS-> Northland Council"],
  ])("%s", (text, triple) => {
    expect(extract(text).triples).toContain(triple);
  });

  it("does not call a former office-holder a leader", () => {
    expect(extract("Former President Joe Biden criticised the plan.", "2026-01-10").triples).not.toContain(
      "Joe Biden -LEADS-> United States",
    );
  });
});
