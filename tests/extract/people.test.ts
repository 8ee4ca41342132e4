/**
 * People found by how news writes them without a title: an age between commas, "supporters of X",
 * "a Brazilian citizen, X",
 * "five Haitians, including X and Y"; a head of government named through "X's government" or "the
 * government of President X"; a dateline naming a seat of government that is not the listed
 * capital ("LA PAZ"); a body's state only where the text ties them ("Russia's Africa Corps").
 * Traps: places after "government of", an object across ", a charge that", a place after a sentence's
 * opening preposition before an apposition ("In Tegucigalpa, the head of ...").
 */
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../loaders/extract/index.ts";
import { makeDocument } from "../../loaders/read/document.ts";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

describe("people without a title", () => {
  it.each([
    ["Giovanni Barbosa, 45, was shot dead outside his home.", ["Giovanni Barbosa"]],
    ["Supporters of Rodrigo Pazos marched on Monday.", ["Rodrigo Pazos"]],
    [
      "The council listed five Haitians, including André Paraison and Josué Mérilan.",
      ["André Paraison", "Josué Mérilan"],
    ],
    ["The provincial government of Santa Fe launched the plan.", []],
    ["Police in Posadas detained a Brazilian citizen, Thiago Ribeiro, on Friday.", ["Thiago Ribeiro"]],
    ["Officers stopped a Peruvian, Walter Quispe Mamani, at the border.", ["Walter Quispe Mamani"]],
    ['"It never ends," said Rosa Elena Quispe, whose son was killed in 2023.', ["Rosa Elena Quispe"]],
    ['"We stay here," said Clement Arrindell.', ["Clement Arrindell"]],
    [
      "Mario Vidal Soto, the man who negotiated the truce, said the talks would resume.",
      ["Mario Vidal Soto"],
    ],
    [
      "His lawyer in Asunción, Osvaldo Benítez Ruiz, told reporters his client was innocent.",
      ["Osvaldo Benítez Ruiz"],
    ],
    [
      "Police searched the home of a city councilman, Jorge Almeida Costa, on Friday.",
      ["Jorge Almeida Costa"],
    ],
    ["Prosecutors charged his brother-in-law, Raúl Cota Ibarra, on Friday.", ["Raúl Cota Ibarra"]],
    ['"The raids were abusive," said Andean Rights Watch.', ["Andean Rights Watch"]],
    ['"We will not stop," said Interior Minister Carlos Ruiz Vega.', ["Carlos Ruiz Vega"]],
    ["It was a Sunday, Foreign Minister day in the capital.", []],
    ["In Tegucigalpa, the head of the gang unit, Mario Zelaya Ortiz, spoke.", ["Mario Zelaya Ortiz"]],
    [
      "In Washington, the head of U.S. Southern Command, Admiral Alvin Holsey, spoke.",
      ["Alvin Holsey", "U.S. Southern Command"],
    ],
  ])("%s", (text, names) => {
    expect(extract(text).names).toEqual(names);
  });
});

const TABLE: TripleRow[] = [
  [
    "a person's government: the home state's head",
    "BOGOTA, Jan 5 (Wire) - Senator Rodrigo Pazos spoke first. Later, Rodrigo Pazos's government asked for help.",
    ["Rodrigo Pazos -LEADS-> Colombia"],
    [],
  ],
  [
    "a seat of government in the dateline gives the home state",
    "LA PAZ, Jan 5 (Wire) - President Rodrigo Paz asked for U.S. help.",
    ["Rodrigo Paz -LEADS-> Bolivia"],
    [],
  ],
  [
    "a leader the gazetteer dates: in office on the document's date, not before it or once called former",
    "LA PAZ, Jan 5 (Wire) - Luis Arce and Rodrigo Paz met. The son of former president Jair Bolsonaro spoke.",
    ["Rodrigo Paz -LEADS-> Bolivia"],
    ["Luis Arce -LEADS-> Bolivia", "Jair Bolsonaro -LEADS-> Brazil"],
  ],
  [
    "a city the gazetteer lacks, then its state, in the dateline",
    "COCHABAMBA, Bolivia, Feb 23 (Wire) - Interior Minister Marco Oviedo said U.S. agents were welcome. Washington thanked Oviedo. The United States sent agents.",
    ["Marco Oviedo -MEMBER_OF-> Bolivia"],
    ["Marco Oviedo -MEMBER_OF-> United States"],
  ],
  [
    "trap: no object across an apposition with its own clause",
    "Abdourahamane Tiani accused Benin of hosting soldiers who trained jihadists, a charge that Cotonou dismissed.",
    ["Abdourahamane Tchiani -OPPOSES-> Benin"],
    ["Abdourahamane Tchiani -COOPERATES_WITH-> Benin"],
  ],
  [
    "military and police ranks are titles: of a force, a member of it; before a name, not part of it; no state from the sentence before",
    'Lt. Col. Mario Ruiz of the Colombian army said the ELN fled. Rear Admiral Juan Pérez of the Mexican Navy spoke. "We are ready," said Captain Dana Whitfield of the Mexican Navy. Superintendent Ana Lima of the Haitian National Police agreed.',
    [
      "Ana Lima -MEMBER_OF-> Haitian National Police",
      "Mario Ruiz -MEMBER_OF-> Colombian military",
      "Juan Pérez -MEMBER_OF-> Mexican Navy",
      "Dana Whitfield -MEMBER_OF-> Mexican Navy",
    ],
    ["Captain Dana Whitfield -MEMBER_OF-> Mexican Navy", "Ana Lima -MEMBER_OF-> Mexico"],
  ],
  [
    "a body's state when the text ties them by a possessive",
    "Russia's Africa Corps escorted the convoys, Malian officials said.",
    ["Africa Corps -MEMBER_OF-> Russia"],
    [],
  ],
  [
    "a body's state is no relation of a text that does not state it",
    "Peru thanked the DEA for its help in the hunt.",
    [],
    ["DEA -MEMBER_OF-> United States"],
  ],
];

tripleTable("heads of government and seats", TABLE);

describe("a gazetteer role in an undated document", () => {
  const relations = (text: string) => {
    const g = extractDocument(makeDocument({ text, source: "undated.txt" }));
    const name = new Map(g.nodes.map((n) => [n.id, n.name]));
    return g.edges.map((e) => `${name.get(e.source)} -${e.type}-> ${name.get(e.target)}`);
  };

  it("is stated unless the text calls the role former", () => {
    expect(relations("Jair Bolsonaro spoke.")).toEqual(["Jair Bolsonaro -LEADS-> Brazil"]);
    expect(relations("Senator Flávio Bolsonaro, son of former president Jair Bolsonaro, spoke.")).toEqual([]);
  });
});
