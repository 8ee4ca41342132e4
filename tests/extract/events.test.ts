import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "condemning 'the operation' opposes the state that carried it out",
    'U.S. forces captured Nicolás Maduro in Caracas on Saturday. Colombia\'s president, Gustavo Petro, condemned the operation as "a kidnapping".',
    ["Gustavo Petro -OPPOSES-> United States"],
    [],
  ],
  [
    "a nominal condemnation of 'the intervention'",
    "U.S. forces captured Nicolás Maduro on Saturday. Mexico's foreign ministry issued a condemnation of the intervention.",
    ["Mexico -OPPOSES-> United States"],
    [],
  ],
  [
    "trap: two states acting, no agent chosen",
    "U.S. forces captured Nicolás Maduro. Colombia struck the ELN in Arauca. Brazil condemned the operation.",
    [],
    ["Brazil -OPPOSES-> United States", "Brazil -OPPOSES-> Colombia"],
  ],
  [
    "trap: praise of the raid is no opposition",
    "U.S. forces captured Nicolás Maduro on Saturday. Argentina praised the operation.",
    [],
    ["Argentina -OPPOSES-> United States"],
  ],
  [
    "object relative: 'X, whom the Treasury Department sanctioned'",
    "Washington may deal with Delcy Rodríguez, whom the Treasury Department sanctioned in 2018.",
    ["Treasury Department -DESIGNATES-> Delcy Rodríguez"],
    [],
  ],
  [
    "trap: a subject relative stays a subject",
    "The ELN, which attacked the Colombian Army in Arauca, denied it.",
    ["ELN -TARGETS-> Colombian military"],
    ["Colombian military -TARGETS-> ELN"],
  ],
];

tripleTable("event reactions and object relatives", TABLE);
