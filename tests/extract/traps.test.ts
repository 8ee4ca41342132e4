/**
 * Traps for the clause rules, on sentences we wrote: progressive vs passive, elided subjects of
 * coordinated clauses, possessive pronoun governments, leaders and their own state, noun cues and
 * their modifiers, suspended cooperation, "armed" as an adjective ("armed forces"), a group inside a
 * person's label ("designated as a Hezbollah financier"), the speaker after a quoted sentence, the
 * state someone is extradited to, a state's opposition or gang leader (no head of the
 * state), the head of a state's body ("Mexico's security cabinet, headed by X": no head of the
 * state, while heading a group's command is heading the group), citation sections and shared
 * surnames.
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "trap: where someone is extradited or deported to is no target; the one sent still is",
    "El Salvador on Thursday extradited to the United States a senior leader of MS-13. Colombia deported to Venezuela two members of Tren de Aragua. Mexico extradited José Ramírez Soto to the United States.",
    ["Mexico -TARGETS-> José Ramírez Soto"],
    [
      "El Salvador -TARGETS-> United States",
      "Colombia -TARGETS-> Venezuela",
      "Mexico -TARGETS-> United States",
    ],
  ],
  [
    "trap: a cue in a quoted sentence takes no object after the quote; a quoted fragment does",
    '"Hezbollah keeps exploiting weak controls in South America to fund its terrorism," Treasury Secretary Scott Bessent said. The State Department said Washington was "ready to support" Honduras.',
    ["Honduras -COOPERATES_WITH-> United States"],
    ["Hezbollah -COOPERATES_WITH-> Treasury Department"],
  ],
  [
    "trap: a group inside the label a person is given is not designated",
    "The Treasury designated Khalil Saad Haddad, 58, whom it described as a Hezbollah operative. In 2018, police arrested Assad Barakat Nasser, a businessman the United States had designated as a Hezbollah financier.",
    ["Treasury Department -DESIGNATES-> Khalil Saad Haddad"],
    ["Treasury Department -DESIGNATES-> Hezbollah", "United States -DESIGNATES-> Hezbollah"],
  ],
  [
    "armed as an adjective is no cooperation; arming or funding a group is",
    "Ecuadorian armed forces raided a prison held by Los Lobos. Venezuela armed the ELN for years. Iran was funding Hezbollah.",
    ["ELN -COOPERATES_WITH-> Venezuela", "Hezbollah -COOPERATES_WITH-> Iran", "Ecuador -TARGETS-> Los Lobos"],
    ["Ecuador -COOPERATES_WITH-> Los Lobos"],
  ],
  [
    "heading a state's body is not heading the state; heading a group's command is heading the group",
    "Mexico's security cabinet, headed by Omar García Harfuch, met on Monday. The ELN's central command, led by Eliécer Chamorro, denied the attack.",
    ["Eliécer Chamorro -LEADS-> ELN"],
    ["Omar García Harfuch -LEADS-> Mexico"],
  ],
  [
    "a state's opposition or gang leader does not lead the state",
    "Venezuela's opposition leader María Corina Machado met Marco Rubio. Haiti's most powerful gang leader Jimmy Chérizier threatened the council.",
    [],
    ["María Corina Machado -LEADS-> Venezuela", "Jimmy Chérizier -LEADS-> Haiti"],
  ],
  [
    "a state's qualified title is still the state's",
    "Paraguay's national police chief Carlos Benítez met Mexico's security chief Omar García Harfuch.",
    ["Omar García Harfuch -MEMBER_OF-> Mexico"],
    [],
  ],
  [
    "a designation only weighed is none yet",
    "Officials said the Trump administration is weighing whether to designate the Comando Vermelho as a terrorist organisation.",
    [],
    ["United States -DESIGNATES-> Comando Vermelho"],
  ],
  [
    "trap: people accused of a killing are not the subject's, nor is the victim opposed",
    "Chile arrested two men accused of killing Ronald Ojeda. Chile asked Venezuela to extradite two men accused of the murder of Ronald Ojeda.",
    [],
    ["Chile -TARGETS-> Ronald Ojeda", "Chile -OPPOSES-> Ronald Ojeda", "Venezuela -OPPOSES-> Ronald Ojeda"],
  ],
  [
    "the accused right before 'accused of' acts in what it is accused of",
    "Tren de Aragua, which is accused of killing Ronald Ojeda, denied it.",
    ["Tren de Aragua -TARGETS-> Ronald Ojeda"],
    [],
  ],
  [
    "an accusation with its accuser after 'by'",
    "Petro was accused of ties to the Clan del Golfo by Trump.",
    ["Donald Trump -OPPOSES-> Gustavo Petro"],
    [],
  ],
  [
    "a designation announced as decided counts",
    "Argentina will add the Brazilian gang Comando Vermelho to its terrorism registry, Security Minister Alejandra Monteoliva said.",
    ["Argentina -DESIGNATES-> Comando Vermelho"],
    [],
  ],
  [
    "trap: a designation that would follow a condition is none yet",
    "Argentina would designate Comando Vermelho a terrorist group if Brazil agreed.",
    [],
    ["Argentina -DESIGNATES-> Comando Vermelho"],
  ],
  [
    "a designation inside an object relative after a hypothetical clause still counts",
    "Washington would deal with Delcy Rodríguez, whom the Treasury Department sanctioned in 2018.",
    ["Treasury Department -DESIGNATES-> Delcy Rodríguez"],
    [],
  ],
  [
    "progressive is not passive",
    "Officials said Canada is working with Mexico on border security.",
    ["Canada -COOPERATES_WITH-> Mexico"],
    [],
  ],
  [
    "elided subject after 'but'",
    "President Gustavo Petro praised the talks but rejected the American troops plan.",
    ["Gustavo Petro -OPPOSES-> United States"],
    [],
  ],
  [
    "'her government' is the state she leads",
    "President Claudia Sheinbaum spoke on Friday. She said her government is cooperating with Canada.",
    ["Canada -COOPERATES_WITH-> Mexico"],
    [],
  ],
  [
    "a leader does not oppose their own state",
    "Sheinbaum said Mexico will not accept foreign troops on Mexican soil.",
    [],
    ["Claudia Sheinbaum -OPPOSES-> Mexico"],
  ],
  [
    "noun cue takes its modifier as source",
    "The Gulf Cartel split after the 2023 Mexican arrest of its leader, Ovidio Guzmán.",
    ["Mexico -TARGETS-> Ovidio Guzmán"],
    ["Gulf Cartel -TARGETS-> Ovidio Guzmán"],
  ],
  [
    "a noun cue that is the object of another verb has no subject source",
    "Colombian President Gustavo Petro dismissed threats of Venezuelan retaliation.",
    [],
    ["Gustavo Petro -THREATENS-> Venezuela"],
  ],
  [
    "suspended cooperation is not cooperation",
    "Colombia suspended intelligence sharing with Washington on Tuesday.",
    [],
    ["Colombia -COOPERATES_WITH-> United States"],
  ],
  [
    "an ambiguous verb before a preposition is a noun",
    "Unlike last year, Canadian strikes in Haiti drew little notice.",
    [],
    ["Canada -TARGETS-> Haiti"],
  ],
  [
    "the object stops at a coordinated verb",
    "Sen. Rand Paul criticized the DEA and introduced a bill with Sen. Tim Kaine.",
    ["Rand Paul -OPPOSES-> United States"],
    ["Rand Paul -OPPOSES-> Tim Kaine"],
  ],
  [
    "a subordinate clause has its own subject",
    "Rubio spoke on Monday, days after the Treasury Department sanctioned the Cartel de los Soles.",
    ["Treasury Department -DESIGNATES-> Cartel de los Soles"],
    ["Marco Rubio -DESIGNATES-> Cartel de los Soles"],
  ],
  [
    "an operation capturing its target",
    "The Navy executed Operation Quiet Harbor near the coast, capturing Rafael Caro Quintero.",
    ["Operation Quiet Harbor -TARGETS-> Rafael Caro Quintero"],
    [],
  ],
  [
    "citations are not statements",
    "Mexico spoke.\nSources:\nDaily Ledger, “How the DEA arrested the Gulf Cartel boss”, May 2, 2025",
    [],
    ["DEA -TARGETS-> Gulf Cartel"],
  ],
];

tripleTable("clause traps", TABLE);

describe("clause traps beyond triples", () => {
  it("keeps two people who share a surname apart and leaves a bare shared surname unresolved", () => {
    const { graph } = extract(
      "Vice President Delcy Rodríguez met Cuban Foreign Minister Bruno Rodríguez. Rodríguez said talks went well.",
      "2025-06-01",
    );
    const people = graph.nodes
      .filter((n) => n.kind === "Person")
      .map((n) => n.name)
      .sort();
    expect(people).toEqual(["Bruno Rodríguez", "Delcy Rodríguez"]);
    for (const n of graph.nodes) expect(n.aliases).not.toContain("Rodríguez");
  });

  it("resolves a unique official surname alone and not a shared one", () => {
    expect(extract("Hegseth warned the Gulf Cartel.").triples).toContain(
      "Pete Hegseth -THREATENS-> Gulf Cartel",
    );
    expect(extract("Kelly warned the Gulf Cartel.").names).not.toContain("Anna Kelly");
  });
});
