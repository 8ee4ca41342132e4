/**
 * Office-holders whose state the text does not write: a state title without an organisation
 * belongs to the document's home state (its dateline's, else the state it names most), whatever
 * the title's case ("The interior undersecretary, X, said"). Traps: two states named equally, a
 * lone state that is a partner, a title that is not a state's. A legislator sits in the chamber of
 * their state the document names ("Sen. X" and the U.S. Senate), else belongs to the state.
 * Sentences are ours.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a lower-case title between commas introduces a person of the dateline's state",
    "SANTIAGO (Wire) - Chile sent troops to the north. The interior undersecretary, Luis Cordero, said the army would stay until March.",
    ["Luis Cordero -MEMBER_OF-> Chile"],
    [],
  ],
  [
    "a dateline whose dash ends its line still gives the home state",
    "Argentina lists a Brazilian gang\nBUENOS AIRES, March 9 (Wire) -\nArgentina and Brazil argued over the list. Security Minister Alejandra Monteoliva said Brazil had been told.",
    ["Alejandra Monteoliva -MEMBER_OF-> Argentina"],
    ["Alejandra Monteoliva -MEMBER_OF-> Brazil"],
  ],
  [
    "an undersecretary is a state title",
    "SANTIAGO (Wire) - Chile sent troops to the north. Interior Undersecretary Luis Cordero said the army would stay.",
    ["Luis Cordero -MEMBER_OF-> Chile"],
    [],
  ],
  [
    "a lower-case state title with the dateline's state",
    "LIMA (Wire) - Peru declared an emergency in Lima. The interior minister, Carlos Malaver, said the police would patrol with soldiers.",
    ["Carlos Malaver -MEMBER_OF-> Peru"],
    [],
  ],
  [
    "trap: the one state named is the partner, not the home",
    "Russian advisers arrived in April, and Prime Minister Ana Rios signed a defence pact with Chile.",
    [],
    ["Ana Rios -LEADS-> Chile"],
  ],
  [
    "trap: two states named once each, no home",
    "Peru and Chile signed a border pact. Interior Minister Carlos Malaver said the police would patrol with soldiers.",
    [],
    ["Carlos Malaver -MEMBER_OF-> Peru", "Carlos Malaver -MEMBER_OF-> Chile"],
  ],
  [
    "trap: a group's title is not the state's",
    "Peru's police fought Los Pulpos in Trujillo. The gang's treasurer, Ana Ruiz, was arrested.",
    ["Ana Ruiz -MEMBER_OF-> Los Pulpos"],
    ["Ana Ruiz -MEMBER_OF-> Peru"],
  ],
  [
    "a senator sits in the Senate the document names, not in the state",
    "The U.S. Senate voted on a war powers resolution. Sen. Tim Kaine, a Virginia Democrat, said the strikes were illegal.",
    ["Tim Kaine -MEMBER_OF-> U.S. Senate"],
    ["Tim Kaine -MEMBER_OF-> United States"],
  ],
  [
    "with no chamber named, the senator belongs to the state",
    "Sen. Tim Kaine said the strikes were illegal.",
    ["Tim Kaine -MEMBER_OF-> United States"],
    [],
  ],
];

tripleTable("home-state office-holders", TABLE);
