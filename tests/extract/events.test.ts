/**
 * Reactions to events and statements the text names by a common noun: condemning "the operation"
 * opposes the one state that carried it out, rejecting "the accusation" opposes the one actor that
 * accused the rejecter; traps: two candidate agents or accusers, praise, an accusation against
 * another. Also object relative clauses. Sentences are ours.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "rejecting 'the accusation' opposes the one actor that accused the rejecter",
    "Mali accused Algeria of supporting terrorist groups on Tuesday. Algeria rejected the accusation as baseless.",
    ["Algeria -OPPOSES-> Mali", "Mali -OPPOSES-> Algeria"],
    [],
  ],
  [
    "trap: two accusers, no accuser chosen",
    "Mali accused Algeria of supporting rebels. Niger accused Algeria of the same. Algeria rejected the accusations.",
    [],
    ["Algeria -OPPOSES-> Mali", "Algeria -OPPOSES-> Niger"],
  ],
  [
    "trap: an accusation against someone else is not the rejecter's accuser",
    "Mali accused Algeria of supporting rebels. Senegal rejected the allegations.",
    [],
    ["Senegal -OPPOSES-> Mali"],
  ],
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

tripleTable("event and accusation reactions and object relatives", TABLE);
