/**
 * Who a designation names: a person after a relative noun and a comma ("sanctioned his
 * brother-in-law, X"), and where the list ends ("..., whom it described as ..." starts a clause of
 * its own). Trap: several accused, none named ("accused both men of working with Y"), give the
 * accuser's next act no source.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a relative named after a comma is designated; the list ends at 'whom'",
    "OFAC also sanctioned his brother-in-law, Raúl Cota Ibarra, whom it described as the cartel's main money launderer, and accused both men of working with the Barrio Azul prison gang.",
    ["Office of Foreign Assets Control -DESIGNATES-> Raúl Cota Ibarra"],
    [
      "Office of Foreign Assets Control -DESIGNATES-> Barrio Azul",
      "Barrio Azul -COOPERATES_WITH-> Office of Foreign Assets Control",
    ],
  ],
  [
    "trap: 'accused both men of working with Y' is not the accuser's cooperation",
    "The Treasury Department accused both men of working with the Barrio Azul prison gang.",
    [],
    ["Barrio Azul -COOPERATES_WITH-> Treasury Department"],
  ],
];

tripleTable("designation lists", TABLE);
