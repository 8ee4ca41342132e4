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
    "condemning 'the capture of X' opposes its agent, not X",
    "U.S. forces captured Nicolás Maduro in Caracas. Delcy Rodríguez condemned the capture of Maduro.",
    ["Delcy Rodríguez -OPPOSES-> United States"],
    ["Delcy Rodríguez -OPPOSES-> Nicolás Maduro"],
  ],
  [
    "'the designation of X by Y': the stance is against Y",
    "Petro condemned the designation of the Cartel de los Soles by Washington.",
    ["Gustavo Petro -OPPOSES-> United States"],
    ["Gustavo Petro -OPPOSES-> Cartel de los Soles"],
  ],
  [
    "rejecting 'the designation' opposes the document's one designator",
    "The United States designated the Cartel de los Soles a terrorist group. Venezuela's government rejected the designation.",
    ["Venezuela -OPPOSES-> United States"],
    [],
  ],
  [
    "trap: two designators, no designator chosen",
    "The United States designated the Cartel de los Soles a terrorist group. Argentina designated Hamas. Venezuela rejected the designation.",
    [],
    ["Venezuela -OPPOSES-> United States", "Venezuela -OPPOSES-> Argentina"],
  ],
  [
    "calling the capture 'a kidnapping' is a verdict against its agent",
    'U.S. forces captured Nicolás Maduro in Caracas. Delcy Rodríguez called the capture "a kidnapping" and demanded his release.',
    ["Delcy Rodríguez -OPPOSES-> United States"],
    [],
  ],
  [
    "calling the designation 'an invention'",
    'The United States designated the Cartel de los Soles a terrorist group. Venezuela\'s government called the designation "a ridiculous invention".',
    ["Venezuela -OPPOSES-> United States"],
    [],
  ],
  [
    "trap: calling the operation a success is no verdict against it",
    'U.S. forces captured Nicolás Maduro in Caracas. Javier Milei called the operation "a historic success".',
    [],
    ["Javier Milei -OPPOSES-> United States"],
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
