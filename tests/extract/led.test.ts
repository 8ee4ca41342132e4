/**
 * "<Demonym>-led <institution>": the state leads it; an operation is conducted, not led; a
 * "-led" with no known state or no actor after it gives nothing. "handed over to X" hands X nothing.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a Kenyan-led mission is led by Kenya",
    "The Kenyan-led Multinational Security Support mission handed over to the Gang Suppression Force.",
    ["Kenya -LEADS-> Multinational Security Support Mission"],
    ["Multinational Security Support Mission -TARGETS-> Gang Suppression Force"],
  ],
  [
    "a U.S.-led operation is conducted, not led",
    "The U.S.-led Operation Southern Spear targeted drug boats.",
    ["United States -CONDUCTS-> Operation Southern Spear"],
    ["United States -LEADS-> Operation Southern Spear"],
  ],
  [
    "handing over prisoners to a state does not target the state",
    "Mexico handed over 26 prisoners to the United States.",
    [],
    ["Mexico -TARGETS-> United States"],
  ],
];

tripleTable("'-led' and 'handed over to'", TABLE);
