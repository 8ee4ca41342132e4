/**
 * Round-2 mechanisms on sentences we wrote, each row with the exact relations that must come out
 * (traps included): nominal frames and their agents, noun-phrase heads, relative-clause subjects,
 * designations of people, office holders named by their office, the PLOVER/CAMEO cue categories,
 * and the entity traps (a surname that is a capital, a generic collective outside its country).
 */
import { describe, expect, it } from "vitest";
import { extract } from "./helpers.ts";

type Row = [name: string, text: string, triples: string[]];

const FRAMES: Row[] = [
  [
    "the arrest of X by Y",
    "The arrest of Raul Medina by Colombia angered his gang.",
    ["Colombia -TARGETS-> Raul Medina"],
  ],
  [
    "an announcement by Y of the extradition of X: Y acts, not the announcement",
    "An announcement by Peru of the extradition of Raul Medina came on Tuesday.",
    ["Peru -TARGETS-> Raul Medina"],
  ],
  [
    "Y's designation of X",
    "Bolivia's designation of Los Tiburones as a terrorist group took effect.",
    ["Bolivia -DESIGNATES-> Los Tiburones"],
  ],
  [
    "X's threats of strikes against Y: X threatens, the sentence's object is not involved",
    "Venezuela's threats of strikes against Guyana alarmed Brazil.",
    ["Venezuela -THREATENS-> Guyana"],
  ],
  [
    "a condemned threat: the condemner opposes, the threatener threatens",
    "Brazil condemned Venezuela's threats of strikes against Guyana.",
    ["Brazil -OPPOSES-> Venezuela", "Venezuela -THREATENS-> Guyana"],
  ],
  [
    "a deal between X and Y",
    "Talks produced a deal between Chile and Argentina.",
    ["Argentina -COOPERATES_WITH-> Chile"],
  ],
  [
    "relative clause: the operation that captured X is no actor, so no source",
    "The operation that captured Raul Medina ended on Monday, Peru said.",
    [],
  ],
  [
    "relative clause: 'X, which works with Y' has X as subject",
    "Los Lobos, which works with the Jalisco New Generation Cartel, attacked Ecuador.",
    ["Jalisco New Generation Cartel -COOPERATES_WITH-> Los Lobos", "Los Lobos -TARGETS-> Ecuador"],
  ],
  [
    "coordinated subjects of a passive",
    "Both Los Tiburones and Clan del Norte were designated by the United States.",
    ["United States -DESIGNATES-> Clan del Norte", "United States -DESIGNATES-> Los Tiburones"],
  ],
  [
    "noun-phrase head: Venezuela's Maduro",
    "Venezuela's Maduro rejected the offer from Guyana.",
    ["Nicolás Maduro -LEADS-> Venezuela", "Nicolás Maduro -OPPOSES-> Guyana"],
  ],
  [
    "noun-phrase head: CJNG leader 'El Jefe' is a person",
    "CJNG leader 'El Jefe' threatened Mexico.",
    ["El Jefe -THREATENS-> Mexico"],
  ],
  [
    "noun-phrase head: an apposed name after the office",
    "Colombia's president, Ana Soto, accused Ecuador of aggression.",
    ["Ana Soto -LEADS-> Colombia", "Ana Soto -OPPOSES-> Ecuador"],
  ],
  [
    "suspended talks are no cooperation but opposition (as breaking off talks is)",
    "Chile suspended talks with Peru on Monday.",
    ["Chile -OPPOSES-> Peru"],
  ],
  ["refusing to cooperate is no cooperation", "Panama refused to cooperate with Venezuela.", []],
  [
    "a past condemnation of an intervention is no threat",
    "Brazil condemned the intervention in Haiti last year.",
    [],
  ],
  [
    "a designation takes a person named right after the cue, and stops at its reason",
    "The United States sanctioned Colombian businessman Raul Medina, accusing him of helping the Clan del Golfo.",
    ["United States -DESIGNATES-> Raul Medina", "United States -OPPOSES-> Raul Medina"],
  ],
  [
    "AID: thanked X for its help",
    "Peru thanked the DEA for its help in the hunt.",
    ["DEA -COOPERATES_WITH-> Peru"],
  ],
  [
    "AID: drawn closer to",
    "Niger has drawn closer to Russia since the coup.",
    ["Niger -COOPERATES_WITH-> Russia"],
  ],
  [
    "DISAPPROVE: severed relations",
    "Colombia severed relations with Nicaragua.",
    ["Colombia -OPPOSES-> Nicaragua"],
  ],
  ["ASSAULT: ambushed", "The Barrio 20 gang ambushed Honduran troops.", ["Barrio 20 -TARGETS-> Honduras"]],
  [
    "COMMAND: a state commands a mission",
    "Kenya commands the Multinational Security Support Mission.",
    ["Kenya -LEADS-> Multinational Security Support Mission"],
  ],
  [
    "a name before ', who' is a person",
    "Raul Medina, who commands the Barrio 20 gang, fled.",
    ["Raul Medina -LEADS-> Barrio 20"],
  ],
  ["a state leads no state", "Kenya commands the Haitian government.", []],
  [
    "an accused nobody names is no subject (not the sentence's first actor)",
    "Peru sanctioned a trader, accusing her of supplying rifles to the Los Tiburones gang.",
    [],
  ],
  [
    "the accused is the subject of what they are accused of",
    "Peru sanctioned businessman Ana Rios, accusing her of supplying rifles to the Los Tiburones gang.",
    ["Ana Rios -COOPERATES_WITH-> Los Tiburones", "Peru -DESIGNATES-> Ana Rios", "Peru -OPPOSES-> Ana Rios"],
  ],
  [
    "'to' as a preposition is no modal: a past expulsion is no threat",
    "Niger moved closer to Russia after expelling French troops.",
    ["Niger -COOPERATES_WITH-> Russia", "Niger -TARGETS-> France"],
  ],
  [
    "', and' with a title before the subject",
    "Russian advisers arrived in April, and Prime Minister Ana Rios signed a defence pact with Chile.",
    ["Ana Rios -COOPERATES_WITH-> Chile"],
  ],
];

const COREFERENCE: Row[] = [
  [
    "the president of X → the gazetteer's president on that date",
    "The president of Colombia accused Ecuador of aggression.",
    ["Colombia -OPPOSES-> Ecuador", "Gustavo Petro -LEADS-> Colombia", "Gustavo Petro -OPPOSES-> Ecuador"],
  ],
  [
    "X's president",
    "Colombia's president accused Ecuador of aggression.",
    ["Colombia -OPPOSES-> Ecuador", "Gustavo Petro -LEADS-> Colombia", "Gustavo Petro -OPPOSES-> Ecuador"],
  ],
  [
    "this mission → the last mission named",
    "Kenya leads the Multinational Security Support Mission. This mission cooperates with Haiti.",
    [
      "Haiti -COOPERATES_WITH-> Multinational Security Support Mission",
      "Kenya -LEADS-> Multinational Security Support Mission",
    ],
  ],
  [
    "the organization is led by X",
    "Los Tiburones extort traders in Guayaquil. The organization is led by Marco Vidal.",
    ["Marco Vidal -LEADS-> Los Tiburones"],
  ],
];

describe("nominal frames, heads, relative clauses and cue categories", () => {
  it.each(FRAMES)("%s", (_name, text, triples) => {
    expect(extract(text).triples).toEqual(triples);
  });
});

describe("coreference of offices and descriptions", () => {
  it.each(COREFERENCE)("%s", (_name, text, triples) => {
    expect(extract(text).triples).toEqual(triples);
  });

  it("gives no office holder when the gazetteer has none on the document's date", () => {
    expect(extract("The president of Colombia accused Ecuador.", "2019-01-01").names).toEqual([
      "Colombia",
      "Ecuador",
    ]);
  });
});

describe("entity traps", () => {
  it.each([
    [
      "a surname that is a capital is no state",
      "Interior Minister Ana Lima said Brazil would deport the men.",
      ["Ana Lima", "Brazil"],
    ],
    [
      "a surname that is a state is no state",
      "Carlos Chad, a former police officer, fled to Peru.",
      ["Carlos Chad", "Peru"],
    ],
    ["a capital on its own still acts", "Lima rejected the plan.", ["Peru"]],
    [
      "a generic collective outside its country maps to nobody",
      "Drug trafficking organizations in Brazil have grown, Lula said.",
      ["Brazil", "Luiz Inácio Lula da Silva"],
    ],
    [
      "a generic collective in its country is the collective",
      "Mexico said drug trafficking organizations smuggle fentanyl.",
      ["Mexican cartels", "Mexico"],
    ],
    [
      "a numbered gang with a leading number",
      "Officials blamed the 7 Lagos gang for the attack.",
      ["7 Lagos"],
    ],
    [
      "a group after 'leaders of' is no place",
      "Bolivia arrested three leaders of Los Tiburones.",
      ["Bolivia", "Los Tiburones"],
    ],
    ["a place after 'streets of' is no group", "Gangs roam the streets of Los Angeles.", []],
    [
      "an article name with a 'de' joiner",
      "Police blamed La Oficina de Envigado, a criminal gang.",
      ["La Oficina de Envigado"],
    ],
    [
      "a generic body of another state's document is not the U.S. one, but that state's",
      "Peru's Congress met. Peru and Chile signed a deal, Peru said, as the United States watched.",
      ["Chile", "Peru", "Peruvian Congress", "United States"],
    ],
  ])("%s", (_name, text, names) => {
    expect(extract(text).names).toEqual(names);
  });
});
