/**
 * Entity rules on sentences we wrote: gazetteer names and aliases, kinds, discovery of actors the
 * gazetteer lacks, acronyms, short forms, and the shared-surname trap.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../loaders/extract/sentences.ts";
import { extract } from "./helpers.ts";

describe("entities", () => {
  it.each([
    [
      "The CJNG and the Sinaloa Cartel fought near Culiacán.",
      ["Jalisco New Generation Cartel", "Sinaloa Cartel"],
    ],
    ["Washington warned the Mexican government.", ["Mexico", "United States"]],
    ["The envoys met in Caracas and then flew to Bogotá.", []],
    ["BOGOTÁ — The talks ended without a deal.", []],
    ["Fox News and El Financiero reported the poll.", ["El Financiero", "Fox News"]],
    ["The Harbor Security Agency (HSA) said the HSA would act.", ["Harbor Security Agency"]],
    ["Operation Silent Tide began at dawn.", ["Operation Silent Tide"]],
    [
      "Europol said buyers linked to the 'Ndrangheta paid for the cargo, and FinCEN warned the banks.",
      ["'Ndrangheta", "Europol", "FinCEN", "Treasury Department"],
    ],
    ["The MAS and the FELCN clashed over the DEA's return.", ["DEA", "FELCN", "Movement for Socialism"]],
    [
      "Evo Morales expelled the DEA in 2008. Dairo Antonio Úsuga, alias Otoniel, was extradited in 2022.",
      ["DEA", "Dairo Antonio Úsuga", "Evo Morales"],
    ],
    ["Sen. Laura Mendel said the vote would pass. Mendel later left.", ["Laura Mendel"]],
    [
      "OFAC sanctioned the firm, and the Treasury said more names would follow.",
      ["Office of Foreign Assets Control", "Treasury Department"],
    ],
    [
      "The Trinidad Police Service said so, acting Commissioner of Police Ana Reyes said.",
      ["Ana Reyes", "Trinidad Police Service"],
    ],
    ["The Ombudsman's Office asked for the figures on Monday.", ["Ombudsman's Office"]],
    ["The Public Prosecutor's Office charged 14 officers.", ["Public Prosecutor's Office"]],
    ["The National Chamber of Commerce said shops had closed.", ["National Chamber of Commerce"]],
    [
      "Officers of the Special Operations Response Team raided the house.",
      ["Special Operations Response Team"],
    ],
    ["Plan Escudo, a joint security operation, has cut murders by half.", ["Plan Escudo"]],
    ["Escudo, a new security plan, has cut murders by half.", []],
    ["Peru's Congress voted to remove the president.", ["Peru", "Peruvian Congress"]],
    ["The Argentine Senate approved the law on Friday.", ["Argentine Senate"]],
    ["President-elect Laura Fernández said she would keep the plan.", ["Laura Fernández"]],
    ["The People's National Party said the emergency had failed.", ["People's National Party"]],
    ["The U.S. Embassy in San José issued a travel alert.", ["U.S. Embassy in San José"]],
    [
      "The UN Verification Mission in Colombia said the talks had stalled.",
      ["UN Verification Mission in Colombia"],
    ],
    ["CARACAS, Jan 5 (Wire) - The National Assembly voted on Monday.", ["National Assembly of Venezuela"]],
    [
      "The Estado Mayor de Bloques y Frente, a dissident faction, said it would keep talking.",
      ["Estado Mayor de Bloques y Frente"],
    ],
    [
      'Police arrested Erick Gamboa Rojas, known as "El Faraón," on Monday. Prosecutors say El Faraón ran the cell.',
      ["Erick Gamboa Rojas"],
    ],
    [
      "MEXICO CITY, Jan 5 (Wire) - Mexico's Attorney General's Office charged him. The FGR said more would follow.",
      ["Attorney General's Office of Mexico", "Mexico"],
    ],
    ["The operation began under the late Hugo Chávez, analysts said.", ["Hugo Chávez"]],
  ])("%s", (text, names) => {
    expect(extract(text).names).toEqual(names);
  });

  it("assigns kinds by rule", () => {
    const { graph } = extract(
      "The Harbor Security Agency tracked the Costa Cartel during Operation Silent Tide, Sen. Laura Mendel said.",
    );
    const kinds = Object.fromEntries(graph.nodes.map((n) => [n.name, n.kind]));
    expect(kinds).toMatchObject({
      "Harbor Security Agency": "Institution",
      "Costa Cartel": "Cartel",
      "Operation Silent Tide": "Operation",
      "Laura Mendel": "Person",
    });
  });

  it("keeps every surface form as an alias and resolves short forms", () => {
    const { graph } = extract("President Claudia Sheinbaum spoke. Later Sheinbaum left.");
    const node = graph.nodes.find((n) => n.name === "Claudia Sheinbaum")!;
    expect(node.aliases).toContain("Sheinbaum");
    expect(node.mentions.length).toBe(2);
  });

  it("never merges two people who share a surname", () => {
    const { graph } = extract("Delcy Rodríguez met Sen. Mateo Rodríguez in Caracas.");
    const people = graph.nodes
      .filter((n) => n.kind === "Person")
      .map((n) => n.name)
      .sort();
    expect(people).toEqual(["Delcy Rodríguez", "Mateo Rodríguez"]);
  });

  it("does not resolve a bare surname without the full name in the document", () => {
    expect(extract("Kelly said the talks went well.").names).not.toContain("Anna Kelly");
  });
});

describe("properties", () => {
  const words = fc.constantFrom(
    "Mexico",
    "warned",
    "the",
    "Sinaloa Cartel",
    "Trump",
    "said",
    "cooperation with",
    "Canada",
    ".",
    ",",
    "U.S.",
    "strikes",
    "not",
    "“",
    "”",
    "\n\n",
    "Operation Red Sky",
    "captured",
    "Maduro",
  );
  const texts = fc.array(words, { minLength: 1, maxLength: 40 }).map((ws) => ws.join(" "));

  it("every mention and evidence offset slices the document text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const { doc, graph } = extract(text);
        for (const n of graph.nodes)
          for (const m of n.mentions) expect(m.end).toBeLessThanOrEqual(doc.text.length);
        for (const e of graph.edges)
          for (const v of e.evidence) expect(doc.text.slice(v.start, v.end)).toBe(v.sentence);
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(extract(text).graph).toEqual(extract(text).graph);
      }),
      { numRuns: 50 },
    );
  });

  it("splits sentences into ordered, non-overlapping spans of the text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          last = s.end;
        }
      }),
    );
  });
});
