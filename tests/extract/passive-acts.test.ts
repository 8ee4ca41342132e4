/**
 * Arrests listed without their agent ("Among those detained was X") go to the institution or
 * government whose act against someone the story told before. Traps: no act before, an act by a
 * gang, a bare passive that may tell of an arrest elsewhere.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "the police that raided before detained the listed person",
    "QUITO, May 4 (Wire) - Ecuador's National Police raided hideouts of Los Choneros in Durán on Friday. Among those detained was Ramiro Cuesta Vidal, whom prosecutors describe as the gang's accountant.",
    ["Ecuadorian National Police -TARGETS-> Ramiro Cuesta Vidal"],
    [],
  ],
  [
    "a government's soldiers, a list with a noun and a day",
    "Honduran soldiers raided a prison run by Barrio 18 on Sunday. Among the inmates captured on Monday were Wilmer Ruiz Paz, 34, and two guards.",
    ["Honduras -TARGETS-> Wilmer Ruiz Paz"],
    [],
  ],
  [
    "trap: no act told before",
    "Among those detained was Ramiro Cuesta Vidal, whom prosecutors describe as an accountant of Los Choneros. Ecuador's National Police raided hideouts of Los Choneros on Friday.",
    ["Ecuadorian National Police -TARGETS-> Los Choneros"],
    ["Ecuadorian National Police -TARGETS-> Ramiro Cuesta Vidal"],
  ],
  [
    "trap: the act before is a gang's",
    "Los Choneros attacked Ecuador's National Police in Manta on Friday. Among those detained later was Ramiro Cuesta Vidal, whom prosecutors describe as the gang's accountant.",
    ["Los Choneros -TARGETS-> Ecuadorian National Police"],
    ["Los Choneros -TARGETS-> Ramiro Cuesta Vidal"],
  ],
  [
    "trap: a bare passive elsewhere is not the story's arrest",
    "Ecuador's National Police raided hideouts of Los Choneros on Friday. Ramiro Cuesta Vidal, whom prosecutors describe as the gang's accountant, was detained in Lima in March.",
    ["Ecuadorian National Police -TARGETS-> Los Choneros"],
    ["Ecuadorian National Police -TARGETS-> Ramiro Cuesta Vidal"],
  ],
];

tripleTable("arrests listed without their agent", TABLE);
