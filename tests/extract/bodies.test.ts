/**
 * A body by its bare noun: "Mexico's Senate" is Mexico's, and "the Senate" after "the Mexican
 * Senate" is that body, not the gazetteer's owner of the bare alias (the U.S. Senate). Trap: a body
 * named in full keeps its name.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a state's possessive before the bare noun gives that state's body",
    "Mexico's Senate approved a resolution rejecting U.S. strikes.",
    ["Mexican Senate -OPPOSES-> United States"],
    ["U.S. Senate -OPPOSES-> United States"],
  ],
  [
    "the bare noun after a body named in full is that body",
    "The Mexican Senate met on Monday. Later the Senate condemned the United States.",
    ["Mexican Senate -OPPOSES-> United States"],
    [],
  ],
  [
    "trap: a body named in full is itself, whatever was named before",
    "The Mexican Senate met on Monday. In Washington, the U.S. Senate condemned Venezuela.",
    ["U.S. Senate -OPPOSES-> Venezuela"],
    ["Mexican Senate -OPPOSES-> Venezuela"],
  ],
];

tripleTable("bodies by their bare noun", TABLE);
