/**
 * The news register, on sentences we wrote: datelines with dates and wire credits, participles used
 * as adjectives after a determiner, "the government" in a datelined report, and reported clauses
 * whose subject is a common noun phrase (the speaker is not the agent).
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "national bodies and state companies of the region are known actors",
    "Carabineros arrested Luis Soto in Arica. PDVSA signed a deal with Chevron, and Pemex said it would follow.",
    ["Carabineros de Chile -TARGETS-> Luis Soto", "Chevron -COOPERATES_WITH-> Petróleos de Venezuela"],
    [],
  ],
  [
    "'Mexican marines' and 'Semar' are the Mexican Navy",
    "Mexican marines arrested Jorge Salas in Mazatlán on Monday. Semar said Salas ran a lab.",
    ["Mexican Navy -TARGETS-> Jorge Salas"],
    [],
  ],
  [
    "a quoted cue after a reported clause with its own subject and verb: that subject acts",
    'The U.S. Embassy in Lima said that Washington would continue to "stand with Peru against organised crime."',
    ["Peru -COOPERATES_WITH-> United States"],
    ["Peru -COOPERATES_WITH-> U.S. Embassy in Lima"],
  ],
  [
    "trap: the one told, before the quote, is no subject",
    'Gustavo Petro told Caracol Radio, "We will strike the ELN wherever it hides."',
    ["Gustavo Petro -THREATENS-> ELN"],
    ["Caracol Radio -THREATENS-> ELN"],
  ],
  [
    "'said on Friday that X had ...': a day then 'that' opens the reported clause, X is its subject",
    "Foreign Minister Ana Vidal said on Friday that Chile had reached an agreement with Peru to return deported prisoners.",
    ["Chile -COOPERATES_WITH-> Peru"],
    ["Ana Vidal -COOPERATES_WITH-> Peru"],
  ],
  [
    "a dateline with a date and a wire credit is no subject",
    "PORT-AU-PRINCE, March 3 (wire) - Members of the Viv Ansanm coalition attacked a police station in Mirebalais, the Haitian National Police said.",
    [],
    ["Haiti -TARGETS-> Haitian National Police"],
  ],
  [
    "a wire agency in the dateline's credit is no actor of the story",
    "QUITO, June 2 (AP) - Ecuador's government said on Monday it had designated Los Lobos a terrorist group.",
    ["Ecuador -DESIGNATES-> Los Lobos"],
    ["Associated Press -DESIGNATES-> Los Lobos"],
  ],
  [
    "a two-city dateline is no subject",
    "LIMA/BOGOTA, Jan 5 (wire) - Gunmen attacked the Mexican Navy in Sinaloa.",
    [],
    ["Peru -TARGETS-> Mexican Navy", "Colombia -TARGETS-> Mexican Navy"],
  ],
  [
    "'the armed forces' is not arming",
    "In Ecuador, President Daniel Noboa declared an internal conflict and ordered the armed forces to neutralise 22 gangs, including Los Choneros.",
    [],
    ["Daniel Noboa -COOPERATES_WITH-> Los Choneros", "Ecuador -COOPERATES_WITH-> Los Choneros"],
  ],
  [
    "'the government' of a datelined report is its state, not the last state named",
    "BOGOTA, Jan 18 (wire) - Soldiers captured a rebel commander near the border with Venezuela. The government's chief negotiator, Vera Grabe, left the talks.",
    ["Vera Grabe -MEMBER_OF-> Colombia"],
    ["Vera Grabe -MEMBER_OF-> Venezuela"],
  ],
  [
    "'the government' inside a quote is not resolved to the dateline's state",
    'BOGOTA, Jan 18 (wire) - Gustavo Petro spoke. "The government will work with the ELN," said a rebel.',
    [],
    ["Colombia -COOPERATES_WITH-> ELN"],
  ],
  [
    "a reported clause with a common-noun subject: the speaker is not the agent",
    "BOGOTA, Jan 18 (wire) - Talks resumed. Jorge Mario Arias, a lawyer, said his clients remained committed to a deal with the government.",
    [],
    ["Colombia -COOPERATES_WITH-> Jorge Mario Arias"],
  ],
  [
    "a name before 'alias' is a person; the apposition after the alias is read",
    'Soldiers captured Wilson Quiñónez Mora, alias "Toro", the leader of Los Choneros, in Manta.',
    ["Wilson Quiñónez Mora -LEADS-> Los Choneros"],
    [],
  ],
  [
    "'its leader' reaches the group of the previous sentence",
    "Gran Grif, a gang based in the Artibonite valley, claimed the attack. Its leader, Luckson Elan, was sanctioned by the United Nations.",
    ["Luckson Elan -LEADS-> Gran Grif", "United Nations -DESIGNATES-> Luckson Elan"],
    [],
  ],
  [
    "a possessive apposition names the person and their state",
    "Ana Ruiz, Peru's interior minister, said the army would deploy.",
    ["Ana Ruiz -MEMBER_OF-> Peru"],
    [],
  ],
  [
    "an adjective between a group's possessive and the title",
    "Carlos Arana, Los Lobos's top commander, was arrested.",
    ["Carlos Arana -LEADS-> Los Lobos"],
    [],
  ],
  [
    "a title, a comma, then the name",
    "Ecuador's Interior Minister, John Reimberg, said the gang had been weakened.",
    ["John Reimberg -MEMBER_OF-> Ecuador"],
    [],
  ],
  [
    "an adjective between a group's possessive and a title before the name",
    "The ELN's top commander, Antonio García, rejected the offer.",
    ["Antonio García -LEADS-> ELN"],
    [],
  ],
  [
    "'whose leader, X' is the group's leader",
    "The Los Lobos gang, whose leader, Carlos Arana, is in prison, denied it.",
    ["Carlos Arana -LEADS-> Los Lobos"],
    [],
  ],
  [
    "'heads the' as a verb leads; 'leads the effort' names no group",
    "Interior Minister Ana Ruiz heads the National Penitentiary Institute. Peru leads the regional effort against the gangs.",
    ["Ana Ruiz -LEADS-> National Penitentiary Institute"],
    [],
  ],
  [
    "'its top leader' opening a sentence is the topic group's, not the last group named",
    "Los Halcones, which began as a cell of another gang, now runs the port. Police say it works with the Gulf Cartel to move cocaine. Its top leader, Rubén Carrasco Díaz, fled to Spain.",
    ["Rubén Carrasco Díaz -LEADS-> Los Halcones"],
    ["Rubén Carrasco Díaz -LEADS-> Gulf Cartel"],
  ],
  [
    "'the X organisation' is the cartel named 'X Cartel', not the city in its name",
    "Prosecutors charged three members of the Santa Rosa de Lima organisation, including its reputed leader, Tomás Ibarra Luna.",
    ["Tomás Ibarra Luna -LEADS-> Santa Rosa de Lima Cartel"],
    ["Tomás Ibarra Luna -LEADS-> Peru"],
  ],
  [
    "'its leader' after 'X, a cell of Y' is X's",
    "Prosecutors say the men belong to Los Halcones, a cell of the Tren de Aragua gang. They accuse its leader, Rubén Carrasco Díaz, of extortion.",
    ["Rubén Carrasco Díaz -LEADS-> Los Halcones"],
    ["Rubén Carrasco Díaz -LEADS-> Tren de Aragua"],
  ],
  [
    "'accused the government of' + a quote: the government is the dateline's state",
    'QUITO, Feb 18 (wire) - Police made arrests. Ana Ruiz Paz, a lawyer, accused the government of "erasing rights".',
    ["Ana Ruiz Paz -OPPOSES-> Ecuador"],
    [],
  ],
  [
    "an apposition 'a <field> researcher at ORG' is membership; a state inside the org's name stays in it",
    '"It is noise," said Valeria Montaño, a security researcher at the Central University of Venezuela.',
    ["Valeria Montaño -MEMBER_OF-> Central University of Venezuela"],
    ["Valeria Montaño -MEMBER_OF-> Venezuela"],
  ],
  [
    "'a lawyer with ORG' and 'a senator from the opposition ORG'",
    "Paola Ruiz, a lawyer with the Permanent Committee for Human Rights, met Gerardo Solís, a senator from the opposition National Action Party.",
    ["Paola Ruiz -MEMBER_OF-> Permanent Committee for Human Rights", "Gerardo Solís -MEMBER_OF-> PAN"],
    [],
  ],
  [
    "a Spanish organisation name with a state in it is one institution",
    "Ana Torres, an economist at the Colegio de México, said the plan would fail.",
    ["Ana Torres -MEMBER_OF-> Colegio de México"],
    ["Ana Torres -MEMBER_OF-> Mexico"],
  ],
  [
    "coordinated subjects with 'both' and a sanctioned person discovered as the object",
    "The United Nations and the European Union have both sanctioned Luckson Élan.",
    ["European Union -DESIGNATES-> Luckson Élan", "United Nations -DESIGNATES-> Luckson Élan"],
    [],
  ],
  [
    "'sought custody of' is acting against; the short name is the same person",
    'The most wanted was Audias Flores Silva, known as "El Jardinero". The FBI had long sought custody of Flores Silva.',
    ["FBI -TARGETS-> Audias Flores Silva"],
    ["FBI -TARGETS-> Flores Silva"],
  ],
  [
    "'turned down an offer from X' opposes X",
    "Claudia Sheinbaum said she had again turned down an offer from Donald Trump to send troops.",
    ["Claudia Sheinbaum -OPPOSES-> Donald Trump"],
    [],
  ],
  [
    "'had broken with X' opposes X, from a relative clause",
    "Colombia's president, Gustavo Petro, who had broken with Donald Trump over the strikes, spoke on Friday.",
    ["Gustavo Petro -OPPOSES-> Donald Trump"],
    [],
  ],
  [
    "a participle inside an apposition ('X, a FARC dissident faction led by Y') attaches to X",
    "Colombia suspended talks with the Estado Mayor Central, a FARC dissident faction led by Néstor Gregorio Vera.",
    ["Néstor Gregorio Vera -LEADS-> Estado Mayor Central"],
    ["Néstor Gregorio Vera -LEADS-> Colombia"],
  ],
  [
    "'X, a network Washington says was headed by Y' attaches to X, not to the reporter",
    "The order named the Cartel de los Soles, a network Washington says was headed by Nicolás Maduro, as a terrorist organisation.",
    ["Nicolás Maduro -LEADS-> Cartel de los Soles"],
    ["Nicolás Maduro -LEADS-> United States"],
  ],
  [
    "a cartel name with a particle ('Santa Rosa de Lima Cartel') is one name, not the capital inside it",
    "The State Department designated the Santa Rosa de Lima Cartel as a terrorist organization.",
    ["State Department -DESIGNATES-> Santa Rosa de Lima Cartel"],
    ["State Department -DESIGNATES-> Lima Cartel"],
  ],
  [
    "trap: a listed leader's surname after another given name is someone else",
    "Rafael Ortega, a former police officer, met Cláudio Castro in Rio.",
    [],
    ["Daniel Ortega -LEADS-> Nicaragua", "Xiomara Castro -LEADS-> Honduras"],
  ],
  [
    "trap: a listed leader's surname after another person named in full is that person's",
    "Governor Cláudio Castro said the raid worked. Castro criticized the federal government of Brazil.",
    ["Cláudio Castro -OPPOSES-> Brazil"],
    ["Xiomara Castro -OPPOSES-> Brazil"],
  ],
  [
    "trap: a listed leader's surname that is the first of two surnames of a person named in full is that person's",
    "Rafael Ortega Brito, a former intelligence officer, fled to Colombia. Ortega criticized the government of Venezuela.",
    ["Rafael Ortega Brito -OPPOSES-> Venezuela"],
    ["Daniel Ortega -OPPOSES-> Venezuela", "Daniel Ortega -LEADS-> Nicaragua"],
  ],
  [
    "trap: 'X, a sanctioned gang leader' is a person, not a gang",
    'Jimmy "Barbecue" Chérizier spoke. Chérizier, a sanctioned gang leader, threatened the Haitian National Police.',
    ["Jimmy Chérizier -THREATENS-> Haitian National Police"],
    [],
  ],
  [
    "trap: criticising a meeting between others is not opposing them",
    "The ambassador, Laura Dogu, criticized a meeting between Honduran military chiefs and Venezuela's defense minister.",
    [],
    ["Laura Dogu -OPPOSES-> Venezuela"],
  ],
  [
    "trap: 'Democratic Centre' is not the U.S. Democratic Party",
    "Senator Marcela Arboleda of the opposition Democratic Centre party criticised Gustavo Petro.",
    ["Marcela Arboleda -OPPOSES-> Gustavo Petro"],
    ["Marcela Arboleda -MEMBER_OF-> Democratic Party"],
  ],
  [
    "Brazil's factions are criminal groups, whatever language names them",
    "The PCC, founded in a São Paulo prison in 1993, is led by Marcos Willians Herbas Camacho and has fought the Red Command for a decade.",
    ["Marcos Willians Herbas Camacho -LEADS-> Primeiro Comando da Capital"],
    [],
  ],
  [
    "'X, Y and Z, all of which W designated' designates the list",
    "Among them were leaders of the Jalisco New Generation Cartel, the Sinaloa Cartel and the Northeast Cartel, all of which Washington designated as terrorist organisations.",
    [
      "United States -DESIGNATES-> Jalisco New Generation Cartel",
      "United States -DESIGNATES-> Sinaloa Cartel",
      "United States -DESIGNATES-> Northeast Cartel",
    ],
    [],
  ],
  [
    "a passive agent later in the clause ('both of which were designated terrorist groups by X')",
    "The raids hit Los Lobos and Los Choneros, both of which were designated terrorist groups by Ecuador in January.",
    ["Ecuador -DESIGNATES-> Los Lobos", "Ecuador -DESIGNATES-> Los Choneros"],
    [],
  ],
  [
    "'a spokesman for ORG, X' is membership, and X is discovered",
    "A spokesman for the White House, Daniel Ferrante, rejected that reading.",
    ["Daniel Ferrante -MEMBER_OF-> White House"],
    [],
  ],
  [
    "'Senator X of the opposition Y party' is membership",
    "Senator Marcela Arboleda Gómez of the opposition Democratic Centre party said the deal would fail.",
    ["Marcela Arboleda Gómez -MEMBER_OF-> Democratic Centre"],
    [],
  ],
  [
    "coordinated subjects that sign or extend an agreement cooperate with each other",
    "Chile, Colombia and Peru signed an agreement last year to share criminal records.",
    [
      "Chile -COOPERATES_WITH-> Colombia",
      "Chile -COOPERATES_WITH-> Peru",
      "Colombia -COOPERATES_WITH-> Peru",
    ],
    [],
  ],
  [
    "an agreement extended 'for two more years'",
    "El Salvador and the United States have extended for two more years an agreement on deportees.",
    ["El Salvador -COOPERATES_WITH-> United States"],
    [],
  ],
  [
    "'the administration' is the state named as one, or the United States when named",
    "WASHINGTON, Jan 9 (wire) - The United States warned Mexico on Friday. The remarks were the sharpest since last year, when the administration designated the Sinaloa Cartel as a terrorist group.",
    ["United States -DESIGNATES-> Sinaloa Cartel"],
    ["Mexico -DESIGNATES-> Sinaloa Cartel"],
  ],
  [
    "a subject after 'after'/'since' right before its verb is a clause subject, not a prepositional object",
    "Prices rose after Mexico struck the Sinaloa Cartel in Culiacán.",
    ["Mexico -TARGETS-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: 'after' + actor + noun is still a prepositional phrase",
    "After Mexico's elections the Sinaloa Cartel attacked soldiers in Culiacán.",
    [],
    ["Mexico -TARGETS-> Sinaloa Cartel"],
  ],
  [
    "states named through their governments are the subject; a joint force is cooperation among them",
    "The military governments of Mali, Burkina Faso and Niger launched a joint force of 5,000 troops on Saturday, the Alliance of Sahel States said.",
    [
      "Burkina Faso -COOPERATES_WITH-> Mali",
      "Mali -COOPERATES_WITH-> Niger",
      "Burkina Faso -COOPERATES_WITH-> Niger",
    ],
    ["Alliance of Sahel States -COOPERATES_WITH-> Mali"],
  ],
  [
    "trap: the speaker of a trailing report is not the cue's object",
    "The ELN attacked a police post in Arauca, the Ecuadorian Navy said on Monday.",
    [],
    ["ELN -TARGETS-> Ecuadorian Navy"],
  ],
];

tripleTable("news register", TABLE);

describe("names in the news register", () => {
  it("resolves a surname that starts with an accented letter to the person named in full", () => {
    const { triples } = extract(
      "The gang's leader, Luckson Élan, spoke. The United Nations and the European Union have both sanctioned Élan.",
    );
    expect(triples).toContain("United Nations -DESIGNATES-> Luckson Élan");
    expect(triples).toContain("European Union -DESIGNATES-> Luckson Élan");
  });

  it("finds a nickname between names when the first name starts with an accented letter", () => {
    const { names } = extract('Prosecutors charged Édgar "El Chino" Valdivia Ramos with extortion.');
    expect(names).toEqual(["Édgar Valdivia Ramos"]);
  });

  it("discovers a person named after 'his <demonym> counterpart,'", () => {
    const { names } = extract(
      "The president pressed his Paraguayan counterpart, Mirta Acosta Villalba, on the border.",
    );
    expect(names).toContain("Mirta Acosta Villalba");
  });

  it("keeps a quoted alias as the person's alias, also where it recurs", () => {
    const { graph } = extract(
      'The escapees include Aldo Dupie Ochoa, known as "El Lobo", who leads the Barrio 18 faction. El Lobo was seen in Mixco.',
    );
    expect(graph.nodes.map((n) => [n.kind, n.name]).sort()).toEqual([
      ["Cartel", "Barrio 18"],
      ["Person", "Aldo Dupie Ochoa"],
    ]);
    const person = graph.nodes.find((n) => n.name === "Aldo Dupie Ochoa")!;
    expect(person.aliases).toContain("El Lobo");
    expect(person.mentions).toHaveLength(3);
  });

  it("makes a name the text gives itself ('which calls itself the X') one actor with the name before it", () => {
    const { graph } = extract(
      "The Clan del Golfo, which calls itself the Gaitanist Army of Colombia, did not comment. The Gaitanist Army of Colombia controls ports.",
    );
    expect(graph.nodes.map((n) => n.name).sort()).toEqual(["Clan del Golfo"]);
    expect(graph.nodes[0]!.aliases).toContain("Gaitanist Army of Colombia");
  });

  it("types a demonym before a force as an institution and 'Members of Los X' as a group", () => {
    const { graph } = extract("Members of Los Lobos attacked the Ecuadorian Navy in Guayaquil.");
    expect(graph.nodes.map((n) => [n.kind, n.name]).sort()).toEqual([
      ["Cartel", "Los Lobos"],
      ["Institution", "Ecuadorian Navy"],
    ]);
  });
});
