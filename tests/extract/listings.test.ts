/**
 * Designations told around the designated actor: an object relative clause ("X, the gang that
 * Washington designated") and the passive of a named owner's list ("X was added to the Treasury
 * Department's sanctions list"). Traps: a complement "that" after a reporting verb, a list with no
 * owner, and the leaders of a group put on a list.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "object relative after a description",
    "Tren de Aragua, the Venezuelan gang that Washington designated a terrorist organization last year, runs rackets in Santiago.",
    ["United States -DESIGNATES-> Tren de Aragua"],
    [],
  ],
  [
    "object relative with an institution as subject",
    "Los Lobos, a gang that the Treasury Department sanctioned in June, controls illegal mines.",
    ["Treasury Department -DESIGNATES-> Los Lobos"],
    ["Los Lobos -DESIGNATES-> Treasury Department"],
  ],
  [
    "object relative of an act: the arrested person",
    "Carlos Ibarra, the commander whom the Colombian Navy arrested in March, was extradited on Friday.",
    ["Colombian Navy -TARGETS-> Carlos Ibarra"],
    [],
  ],
  [
    "trap: 'that' after a reporting verb opens a complement, not a relative clause",
    "Claudia Sheinbaum said that Washington designated the cartels without consulting Mexico.",
    [],
    ["United States -DESIGNATES-> Claudia Sheinbaum"],
  ],
  [
    "a passive listing with a possessive owner, after a relative pronoun",
    "Police arrested Marcos Vidal on Monday. Vidal, who was added to the Treasury Department's sanctions list in May, denied any link.",
    ["Treasury Department -DESIGNATES-> Marcos Vidal"],
    [],
  ],
  [
    "coordinated actors put on a state's list",
    "Los Lobos and Los Choneros were placed on the U.S. terrorism list in September.",
    ["United States -DESIGNATES-> Los Lobos", "United States -DESIGNATES-> Los Choneros"],
    [],
  ],
  [
    "trap: leaders of a gang on a list are not the gang",
    "Three leaders of the Barrio 18 gang were placed on the U.S. terrorism list on Friday.",
    [],
    ["United States -DESIGNATES-> Barrio 18"],
  ],
  [
    "trap: a list with no owner named",
    "Los Lobos was added to the list of terrorist groups at the request of Ecuador.",
    [],
    ["Ecuador -DESIGNATES-> Los Lobos"],
  ],
];

tripleTable("designations around the designated", TABLE);
