/**
 * Discovery by naming patterns and the sovereign states of world-countries, on sentences we wrote:
 * one row per pattern with the kind it must give and the rule recorded, traps included (places,
 * weekdays, demonyms, aircraft designations, names inside longer names).
 */
import { describe, expect, it } from "vitest";
import { findMentions } from "../../loaders/extract/index.ts";
import { extract } from "./helpers.ts";

type Row = [rule: string, text: string, name: string, kind: string];

const FOUND: Row[] = [
  [
    "article-name",
    "Police said Los Tiburones, a gang from the port, extorted shopkeepers.",
    "Los Tiburones",
    "Cartel",
  ],
  ["group-name", "Members of Clan del Norte were arrested at the border.", "Clan del Norte", "Cartel"],
  ["group-name", "Comando Azul members control the northern prisons.", "Comando Azul", "Cartel"],
  [
    "group-name",
    "The armed group Comandos de la Sierra attacked soldiers near the border.",
    "Comandos de la Sierra",
    "Cartel",
  ],
  ["numbered-gang", "Leaders of Barrio 20 were moved to a maximum-security prison.", "Barrio 20", "Cartel"],
  ["numbered-gang", "Prosecutors charged 40 members of the MS-14 gang.", "MS-14", "Cartel"],
  ["numbered-gang", "The alliance includes the G12 federation led by Marco Pierre.", "G12", "Cartel"],
  ["gang-noun", "The Rio Verde gang coalition blocked the highway.", "Rio Verde", "Cartel"],
  ["role-person", "Army spokesman Tomas Ferreira denied the report.", "Tomas Ferreira", "Person"],
  ["role-person", "The agency's director, Lucia Marquez, resigned.", "Lucia Marquez", "Person"],
  [
    "role-person",
    "Sudan's army chief, Abdel Fattah al-Burhan, rejected the truce.",
    "Abdel Fattah al-Burhan",
    "Person",
  ],
  [
    "role-comma-person",
    "The head of the prison service, Ana Morales, was dismissed.",
    "Ana Morales",
    "Person",
  ],
  [
    "apposition-person-noun",
    "Rafael Ortega, a former police officer, leads the group.",
    "Rafael Ortega",
    "Person",
  ],
  ["nickname-person", 'Police hunted Juan "El Toro" Perez for months.', "Juan Perez", "Person"],
  ["mr-person", "Mr Okafor declined to comment on the plan.", "Okafor", "Person"],
  ["rank-person", "Major Idrissa Kone took power in a coup.", "Idrissa Kone", "Person"],
  [
    "apposition-org-noun",
    "Vigilancia, a human rights group, documented the abuses.",
    "Vigilancia",
    "Institution",
  ],
  [
    "task-force-name",
    "The Joint Task Force Harbor patrolled the coast.",
    "Joint Task Force Harbor",
    "Institution",
  ],
  [
    "task-force-name",
    "Seizures are tracked by the Joint Interagency Task Force Reef, a command in Key West.",
    "Joint Interagency Task Force Reef",
    "Institution",
  ],
  [
    "organisation-suffix",
    "The Regional Community of Coastal States met on Monday.",
    "Regional Community of Coastal States",
    "Institution",
  ],
  [
    "organisation-suffix",
    "The Andean Stabilization Mission left the capital.",
    "Andean Stabilization Mission",
    "Institution",
  ],
  ["mission-name", "The naval mission Trident escorted the convoy.", "Trident", "Operation"],
  [
    "apposition-org-noun",
    "Sendero Claro, a Peruvian rights organisation that tracks extortion, filed the complaint.",
    "Sendero Claro",
    "Institution",
  ],
  [
    "nickname-apposition",
    'A third inmate, Mauricio Ortega Lainez, "El Flaco," was caught near the border.',
    "Mauricio Ortega Lainez",
    "Person",
  ],
  ["role-person", "Opposition legislator Marta Ibáñez criticised the decree.", "Marta Ibáñez", "Person"],
  [
    "org-noun-after",
    "The opposition Order and Progress party demanded a vote.",
    "Order and Progress",
    "Institution",
  ],
  ["organisation-suffix", "The Farmers' Party lost the vote.", "Farmers' Party", "Institution"],
  [
    "organisation-suffix",
    "Senator Lucía Pardo Vidal of the Green Party voted against.",
    "Green Party",
    "Institution",
  ],
  [
    "title-person",
    "Senator Lucía Pardo Vidal of the Green Party voted against.",
    "Lucía Pardo Vidal",
    "Person",
  ],
  ["title-person", "said Congresswoman Ángela Ruiz Toro of the Civic Party.", "Ángela Ruiz Toro", "Person"],
  [
    "organisation-suffix",
    "said Congresswoman Ángela Ruiz Toro of the Civic Party.",
    "Civic Party",
    "Institution",
  ],
  [
    "organisation-suffix",
    "Opposition deputy Rita Solís of the Renewal Front party spoke.",
    "Renewal Front",
    "Institution",
  ],
  ["role-person", "Opposition deputy Rita Solís of the Renewal Front party spoke.", "Rita Solís", "Person"],
  ["role-person", "The minister's predecessor, Hugo Prado, resigned.", "Hugo Prado", "Person"],
  [
    "apposition-title-person",
    "Laura Quispe, spokeswoman for the Lima Bus Owners Association, said the strike would go on.",
    "Laura Quispe",
    "Person",
  ],
  [
    "apposition-title-person",
    "Ian McAllister, co-director of the think tank, said so.",
    "Ian McAllister",
    "Person",
  ],
  [
    "apposition-person",
    "Ines Berger, the United Nations refugee agency chief, visited the camp.",
    "Ines Berger",
    "Person",
  ],
  [
    "role-comma-person",
    "The commissioner for peace, Ramiro Cuevas, met the envoys.",
    "Ramiro Cuevas",
    "Person",
  ],
  ["numbered-gang", "The army attacked the 18th Front, a rebel dissident unit.", "18th Front", "Cartel"],
  [
    "organisation-suffix",
    "Officers of the National Gendarmerie and the Naval Prefecture patrolled.",
    "National Gendarmerie",
    "Institution",
  ],
  [
    "organisation-suffix",
    "Officers of the National Gendarmerie and the Naval Prefecture patrolled.",
    "Naval Prefecture",
    "Institution",
  ],
  ["embassy", "The U.S. Embassy in Quito said it would help.", "U.S. Embassy in Quito", "Institution"],
  [
    "org-kind-name",
    "Alfredo Romero, director of the human rights group Foro Civil, said it counted 800 prisoners.",
    "Foro Civil",
    "Institution",
  ],
  [
    "org-kind-name",
    "Human rights group Voices for Justice warned that detainees must be charged.",
    "Voices for Justice",
    "Institution",
  ],
  ["acronym-apposition", "The guards' association, ANFUR, supported the transfer.", "ANFUR", "Institution"],
  [
    "acronym-apposition",
    "Agents worked with the state prosecutors' organised crime unit, known as GAECOS.",
    "GAECOS",
    "Institution",
  ],
  [
    "apposition-org-noun",
    "Redes da Vila, a local community organisation, said it had recorded abuses.",
    "Redes da Vila",
    "Institution",
  ],
  ["gang-noun", "Both men worked with the Barrio Azul prison gang.", "Barrio Azul", "Cartel"],
  ["gang-noun", "He led the Los Injertos del Cono Sur gang.", "Los Injertos del Cono Sur", "Cartel"],
  ["gang-noun", "He founded the Sailors Locos Norteños clique in 2010.", "Sailors Locos Norteños", "Cartel"],
  [
    "article-name",
    "Members of Los Injertos del Cono Sur were arrested in Lima.",
    "Los Injertos del Cono Sur",
    "Cartel",
  ],
  [
    "known-as-group",
    "The ring sold cocaine to the armed group known as Tren del Sur, which extorts ranchers.",
    "Tren del Sur",
    "Cartel",
  ],
  [
    "known-as-group",
    "Police said he had headed the group, known as the Tropa do Leão, since 2021.",
    "Tropa do Leão",
    "Cartel",
  ],
  [
    "reporting-person",
    "The Ombudsman for Human Rights, Alejandro Córdova Ruiz, said his office would inspect the prison.",
    "Alejandro Córdova Ruiz",
    "Person",
  ],
  [
    "organisation-suffix",
    "Senators on the Senate Armed Services Committee questioned the admiral.",
    "Senate Armed Services Committee",
    "Institution",
  ],
  [
    "organisation-suffix",
    "Representative Ana Ruiz, a Democrat on the House Foreign Affairs Committee, objected.",
    "House Foreign Affairs Committee",
    "Institution",
  ],
  [
    "organisation-suffix",
    "Delegates of the Council of the Andean Federation met in Lima.",
    "Council of the Andean Federation",
    "Institution",
  ],
  [
    "district-attorney-office",
    "The U.S. Attorney's Office for the Southern District of Florida charged him.",
    "U.S. Attorney's Office for the Southern District of Florida",
    "Institution",
  ],
  [
    "district-attorney-office",
    "Prosecutors in the Eastern District of New York accuse him of leading the gang.",
    "U.S. Attorney's Office for the Eastern District of New York",
    "Institution",
  ],
  [
    "district-attorney-office",
    "The U.S. Attorney for the Western District of Texas, Ana Ruiz Soto, said the case was closed.",
    "U.S. Attorney's Office for the Western District of Texas",
    "Institution",
  ],
  ["passive-person", "Ramón Tello Vera was extradited to Miami on Friday.", "Ramón Tello Vera", "Person"],
  ["object-person", "Soldiers detained Ramón Tello Vera near the border.", "Ramón Tello Vera", "Person"],
  ["object-person", "A judge issued an arrest warrant for Ramón Tello Vera.", "Ramón Tello Vera", "Person"],
];

describe("naming patterns", () => {
  it.each(FOUND)("%s: %s", (rule, text, name, kind) => {
    const m = findMentions(text).find((x) => x.name === name);
    expect(m, `${name} in ${JSON.stringify(findMentions(text).map((x) => [x.name, x.rule]))}`).toBeDefined();
    expect(m!.kind).toBe(kind);
    expect(m!.rule).toBe(`discovered:${rule}`);
  });

  it.each([
    ["a place after a locative", "The gang operates in La Libertad and nearby towns.", "La Libertad"],
    ["a place with no group talk", "The delegation flew to Los Angeles on Friday.", "Los Angeles"],
    ["an aircraft designation", "The drone was an MQ-9 flown from the base.", "MQ-9"],
    ["a summit's name", "Gang violence was raised at the G20 summit in Rio.", "G20"],
    [
      "a sentence-initial adjective",
      "Rival gangs fought overnight. Criminal gang violence rose.",
      "Criminal",
    ],
    ["a demonym before gang", "A Venezuelan gang was blamed.", "Venezuelan"],
    ["a weekday", "The gang leader Monday surrendered.", "Monday"],
    ["a title after Mr", "Thank you, Mr. President, for the invitation.", "President"],
    [
      "a captured city",
      "The rebels captured Puerto Nuevo City after a week of fighting.",
      "Puerto Nuevo City",
    ],
    ["a newspaper's bare last word", "Deputy Minister Carla Hill Soto signed the deal.", "Hill"],
    [
      "an acronym after an agency that may be named in full elsewhere",
      "The prison agency, known as INPEX, opened an inquiry.",
      "INPEX",
    ],
  ])("no actor from %s", (_name, text, surface) => {
    expect(findMentions(text).map((m) => m.text)).not.toContain(surface);
  });

  it("keeps a quoted nickname between commas as the person's alias", () => {
    const ms = findMentions(
      'Police named Hugo Reyes Mora, "Mano Negra," as the cell chief. Mano Negra fled.',
    );
    expect(ms.filter((m) => m.text === "Mano Negra").map((m) => [m.name, m.kind])).toEqual([
      ["Hugo Reyes Mora", "Person"],
      ["Hugo Reyes Mora", "Person"],
    ]);
  });

  it("reads 'a <party> party <person noun>' as a person, not an organisation", () => {
    const m = findMentions("Juan Pérez, a Verde party lawmaker, spoke.").find((x) => x.text === "Juan Pérez");
    expect(m?.kind).toBe("Person");
  });

  it("repeats a discovered group's bare name", () => {
    const ms = findMentions(
      "The Rio Verde gang coalition blocked the road. Later, Rio Verde fighters retreated.",
    );
    expect(ms.filter((m) => m.name === "Rio Verde").map((m) => m.rule)).toEqual([
      "discovered:gang-noun",
      "discovered:repeat",
    ]);
  });

  it("takes an acronym given after a comma", () => {
    const { graph } = extract(
      "The Coastal Defense Force, or CDF, patrols the bay. The CDF said it arrested two men.",
    );
    const n = graph.nodes.find((x) => x.name === "Coastal Defense Force");
    expect(n?.aliases).toContain("CDF");
    // "The CDF", "CDF" and "it" in "The CDF said it arrested" (the speaker), besides the name.
    expect(n?.mentions).toHaveLength(4);
  });
});

describe("sovereign states", () => {
  it.each([
    ["Djibouti mediated between the two sides.", "Djibouti"],
    ["Qatar said it would host the talks.", "Qatar"],
    ["Burkina Faso expelled the envoy.", "Burkina Faso"],
    ["Côte d'Ivoire closed its border.", "Ivory Coast"],
    ["Mauritanian troops crossed the border.", "Mauritania"],
    ["Bahrain Foreign Minister Ali Saleh spoke.", "Bahrain"],
  ])("%s", (text, name) => {
    const m = findMentions(text).find((x) => x.name === name);
    expect(m?.kind).toBe("Government");
  });

  it.each([
    ["inside a longer name", "The Niger Delta Avengers attacked a pipeline.", "Niger"],
    ["a person's first name", "Jordan Peterson spoke at the event.", "Jordan"],
    ["a demonym before a plain noun", "Malian music filled the hall.", "Mali"],
    ["a capital as a place", "The envoys met in Doha on Monday.", "Qatar"],
  ])("no state from %s", (_name, text, name) => {
    expect(findMentions(text).map((m) => m.name)).not.toContain(name);
  });
});
