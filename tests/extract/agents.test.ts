/**
 * Who acts, when the sentence names the agent away from the verb: "the arrest on Tuesday of X,
 * alias \"Y\", by Navy marines", "the arrest of X by agents of the Attorney General's Office",
 * "A and B (CJNG), both of which Washington designated", "carried out by A and B" (both); and a body named after its state's
 * possessive ("the United Kingdom's National Crime Agency") is found without it; a nickname after a
 * name and an age is that person's.
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "coordinated agents after 'by' all act",
    "The operation, code-named Operation Savannah Shield, was carried out by the Guyana Defence Force and the Customs Anti-Narcotics Unit with help from the DEA. Tren de Aragua and MS-13 were designated by the United States and Canada.",
    [
      "Guyana Defence Force -CONDUCTS-> Operation Savannah Shield",
      "Customs Anti-Narcotics Unit -CONDUCTS-> Operation Savannah Shield",
      "Canada -DESIGNATES-> Tren de Aragua",
      "United States -DESIGNATES-> MS-13",
    ],
    ["DEA -CONDUCTS-> Operation Savannah Shield"],
  ],
  [
    "an arrest on a day, past the alias, by a force's marines",
    'He pointed to the arrest on Tuesday of Luis Pardo, alias "El Rubio", by Mexican Navy marines in Culiacán.',
    ["Mexican Navy -TARGETS-> Luis Pardo"],
    [],
  ],
  [
    "an arrest by agents of an office",
    "The arrest of Pablo Ruiz by agents of the Attorney General's Office was carried out on Monday, the minister said.",
    ["Attorney General's Office -TARGETS-> Pablo Ruiz"],
    [],
  ],
  [
    "an arrest by a body its state's name opens",
    "The arrest of Erick Moreno by Paraguay's National Police was hailed as a turning point.",
    ["Paraguayan National Police -TARGETS-> Erick Moreno"],
    ["Paraguay -TARGETS-> Erick Moreno"],
  ],
  [
    "an arrest by a state in the possessive of a common noun is the state's",
    "The arrest of Erick Moreno by Paraguay's police was hailed as a turning point.",
    ["Paraguay -TARGETS-> Erick Moreno"],
    [],
  ],
  [
    "both of which, past a bracketed short name",
    "Officials want results against the Sinaloa Cartel and the Jalisco New Generation Cartel (CJNG), both of which Washington designated as foreign terrorist organizations last year.",
    [
      "United States -DESIGNATES-> Jalisco New Generation Cartel",
      "United States -DESIGNATES-> Sinaloa Cartel",
    ],
    [],
  ],
  [
    "a subject named through its people: gunmen linked to, inmates belonging to, fighters loyal to",
    "Gunmen linked to the CJNG ambushed a patrol of the Mexican Army. Inmates belonging to Los Tiguerones attacked a cellblock controlled by Los Lagartos. Fighters loyal to the ELN attacked the FARC dissidents.",
    [
      "Jalisco New Generation Cartel -TARGETS-> Mexican Army",
      "Los Tiguerones -TARGETS-> Los Lagartos",
      "ELN -TARGETS-> FARC dissidents",
    ],
    [],
  ],
];

tripleTable("agents and objects away from the verb", TABLE);

describe("a body after its state's possessive", () => {
  it("is found without the state", () => {
    const { names } = extract(
      "Blake said intelligence was shared by the United Kingdom's National Crime Agency (NCA), which has advised the police since 2023.",
    );
    expect(names).toEqual(["National Crime Agency", "United Kingdom"]);
  });
});

describe("a nickname after a name and an age", () => {
  it("is the person's, not another person", () => {
    const { graph } = extract('Police detained Erick Gamboa Rojas, 36, known as "El Faraón", on Monday.');
    expect(graph.nodes.map((n) => [n.name, n.aliases])).toEqual([["Erick Gamboa Rojas", ["El Faraón"]]]);
  });
});
