/**
 * Cooperation and attack cues of news register: "work hand in hand with", "tied its policy closely
 * to", an offensive "aimed at" a group, and subjects named through their people ("Soldiers of the
 * X patrolled"), an object named by a possessive title ("the CJNG's chief financier, X").
 * Traps: a law aimed at gangs is no attack, a person tied to a cartel is no ally.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "working hand in hand",
    "The Ecuadorian Navy works hand in hand with the Colombian Navy along the Pacific coast.",
    ["Colombian Navy -COOPERATES_WITH-> Ecuadorian Navy"],
    [],
  ],
  [
    "a policy tied closely to a state",
    "Daniel Noboa has tied his security policy closely to the United States.",
    ["Daniel Noboa -COOPERATES_WITH-> United States"],
    [],
  ],
  [
    "trap: a person tied to a cartel is not cooperating with it in this sense",
    "Prosecutors said the mayor, Luis Prado, was tied to the Sinaloa Cartel.",
    [],
    ["Luis Prado -COOPERATES_WITH-> Sinaloa Cartel"],
  ],
  [
    "an offensive aimed at a group",
    "The ELN offensive was aimed at the 33rd Front, a dissident unit, near Tibú.",
    ["ELN -TARGETS-> 33rd Front"],
    [],
  ],
  [
    "trap: a law aimed at gangs is not an attack by its author",
    "Congress passed a law aimed at Los Lobos and other gangs, Ecuador's government said.",
    [],
    ["Ecuador -TARGETS-> Los Lobos"],
  ],
  [
    "a subject named through its soldiers",
    "Soldiers of the Ecuadorian Army patrolled Guayaquil in joint patrols with the Ecuadorian Navy.",
    ["Ecuadorian Army -COOPERATES_WITH-> Ecuadorian Navy"],
    [],
  ],
  [
    "the object is the person a possessive title describes",
    "The Mexican Navy captured the CJNG's chief financier, Ramiro Medina, in Zapopan.",
    ["Mexican Navy -TARGETS-> Ramiro Medina"],
    ["Mexican Navy -TARGETS-> Jalisco New Generation Cartel"],
  ],
];

tripleTable("alignment and attack cues", TABLE);
