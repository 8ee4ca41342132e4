/**
 * Relation frames, coreference and home-state titles on sentences we wrote ("arrested X in Operation
 * Z": the operation targets X, the agent conducts it): one row per mechanism
 * with the relations that must and must not come out, traps included (suspension, a speaker who is
 * not the agent, a pronoun object, "mediate between", a foreign minister named with their country).
 */
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "'called X a partner / an ally' states a cooperation",
    'Daniel Noboa called Gustavo Petro "a partner against the cartels" after the talks.',
    ["Daniel Noboa -COOPERATES_WITH-> Gustavo Petro"],
    [],
  ],
  [
    "trap: 'called X a threat' is no cooperation",
    "Daniel Noboa called Gustavo Petro a threat to the region.",
    [],
    ["Daniel Noboa -COOPERATES_WITH-> Gustavo Petro", "Gustavo Petro -COOPERATES_WITH-> Daniel Noboa"],
  ],
  [
    "'said X was a legitimate target': the speaker threatens X",
    'General Laura Richardson said the Tren de Aragua was "a legitimate target" wherever it operates.',
    ["Laura Richardson -THREATENS-> Tren de Aragua"],
    [],
  ],
  [
    "'X and Y have exchanged intelligence since 2024': a reciprocal cooperation",
    "Under the pact, Colombia and Ecuador have exchanged intelligence since 2024.",
    ["Colombia -COOPERATES_WITH-> Ecuador"],
    [],
  ],
  [
    "trap: 'exchanged fire' is no exchange of intelligence",
    "Colombia and Ecuador exchanged accusations, and the ELN exchanged fire with troops.",
    [],
    ["Colombia -COOPERATES_WITH-> Ecuador"],
  ],
  [
    "'X, a dissident unit that belongs to Y': the apposition's actor belongs",
    "The army attacked the 18th Front, a FARC dissident unit that belongs to the Segunda Marquetalia, near Tumaco.",
    ["18th Front -MEMBER_OF-> Segunda Marquetalia"],
    ["Colombian Army -MEMBER_OF-> Segunda Marquetalia"],
  ],
  [
    "'X, which sits inside Y' is a part of Y",
    "Peru's Financial Intelligence Unit, which sits inside the Finance Ministry, froze the accounts.",
    ["Financial Intelligence Unit -MEMBER_OF-> Finance Ministry"],
    [],
  ],
  [
    "'Y (ACR), the faction led by Z': the acronym between the actor and its apposition",
    "The ELN fought the Segunda Marquetalia (SM), the faction led by Iván Márquez, near the border.",
    ["Iván Márquez -LEADS-> Segunda Marquetalia"],
    ["Iván Márquez -LEADS-> ELN"],
  ],
  [
    "'thanked X for its cooperation' is a stated cooperation",
    'Ecuador\'s president thanked the FBI for its "invaluable cooperation" in the case.',
    ["Ecuador -COOPERATES_WITH-> FBI"],
    [],
  ],
  [
    "trap: thanks for something else are no cooperation",
    "Nayib Bukele thanked Donald Trump for the tariffs.",
    [],
    ["Nayib Bukele -COOPERATES_WITH-> Donald Trump"],
  ],
  [
    "'X and Y drafted the resolution': a joint act of the two subjects",
    "Ecuador and Guyana drafted the resolution; Russia abstained.",
    ["Ecuador -COOPERATES_WITH-> Guyana"],
    [],
  ],
  [
    "trap: the subject of a relative clause after the object is no object",
    "Ecuador drafted the resolution, which Russia opposed.",
    [],
    ["Ecuador -COOPERATES_WITH-> Russia"],
  ],
  [
    "trap: 'signed an agreement, which Y criticised' - Y is the relative's subject",
    "Colombia signed an agreement, which Venezuela criticised.",
    [],
    ["Colombia -COOPERATES_WITH-> Venezuela"],
  ],
  [
    "'since his arrest by the FBI': the agent targets the person the pronoun stands for",
    'Marlon Reyes, known as "El Flaco," was flown to Tegucigalpa. Reyes had been held since his arrest by the FBI in Miami.',
    ["FBI -TARGETS-> Marlon Reyes"],
    [],
  ],
  [
    "trap: 'their arrest' names no one person",
    "Marlon Reyes spoke. Four men were charged after their arrest by the FBI in Miami.",
    [],
    ["FBI -TARGETS-> Marlon Reyes"],
  ],
  [
    "'the arrest of X in a city by Y': a place between the object and its agent",
    "The arrest of Marlon Reyes in San Pedro Sula by the FBI surprised his lawyers.",
    ["FBI -TARGETS-> Marlon Reyes"],
    [],
  ],
  [
    "'rejected the idea of any U.S. military action': the object through 'of any'",
    "President Xiomara Castro rejected the idea of any U.S. military action on Honduran soil.",
    ["Xiomara Castro -OPPOSES-> United States"],
    [],
  ],
  [
    "'X of the Y party, who accused Z of lying': the relative's subject is the person",
    "Rodrigo Paz spoke. Senator Ana Ortiz of the Civic Union, who accused Paz of lying, resigned.",
    ["Ana Ortiz -OPPOSES-> Rodrigo Paz"],
    ["Civic Union -OPPOSES-> Rodrigo Paz"],
  ],
  [
    "'X of the Y party, who accused Z': the person is the relative's subject, and no stance against their own party",
    "Rodrigo Paz spoke. Senator Ana Ortiz of the Civic Union party, who accused Paz of improvisation, resigned.",
    ["Ana Ortiz -OPPOSES-> Rodrigo Paz"],
    ["Civic Union -OPPOSES-> Rodrigo Paz", "Ana Ortiz -OPPOSES-> Civic Union"],
  ],
  [
    "'thanked the X, headed by Y': Y heads the actor right before the comma, not the subject",
    "Interior Minister Ana Ruiz thanked Peru's Attorney General's Office, headed by Tomás Gálvez, for its work.",
    ["Tomás Gálvez -LEADS-> Peruvian Attorney General's Office"],
    [],
  ],
  [
    "'led for more than two decades by Y'",
    'The Clan del Golfo, founded in 2006 and led for more than a decade by Dairo Úsuga, known as "Otoniel," has lost ground.',
    ["Dairo Úsuga -LEADS-> Clan del Golfo"],
    [],
  ],
  [
    "'a staunch ally of X' and 'offered X help' are cooperation; 'offered X a warning' is not",
    "Bukele, a staunch ally of Trump, spoke. Mexico offered the United States more intelligence. Venezuela offered Guyana a warning.",
    ["Donald Trump -COOPERATES_WITH-> Nayib Bukele", "Mexico -COOPERATES_WITH-> United States"],
    ["Guyana -COOPERATES_WITH-> Venezuela"],
  ],
  [
    "naming an operation ('which ATF agents named', 'dubbed') is conducting it; naming a person is not",
    "The investigation, which ATF agents named Operation Island Chain, began in 2024. The FBI dubbed the case Operation Red Tide. Trump named Marco Rubio to lead the talks.",
    ["ATF -CONDUCTS-> Operation Island Chain", "FBI -CONDUCTS-> Operation Red Tide"],
    ["Donald Trump -CONDUCTS-> Marco Rubio"],
  ],
  [
    "the named operation an arrest was made in targets the one arrested; the agent conducts it",
    "Honduran police arrested Marvin Paz on Friday in an operation the ministry called Operation Cangrejo.",
    ["Operation Cangrejo -TARGETS-> Marvin Paz", "Honduras -CONDUCTS-> Operation Cangrejo"],
    [],
  ],
  [
    "'captured X in Operation Z'",
    "Ecuadorian soldiers captured Édison Quiñónez in Operation Jaguar on Friday.",
    ["Operation Jaguar -TARGETS-> Édison Quiñónez"],
    [],
  ],
  [
    "trap: an operation after another clause is not the act's",
    "Police arrested Marvin Paz in March; the army later began Operation Cangrejo in the north.",
    [],
    ["Operation Cangrejo -TARGETS-> Marvin Paz"],
  ],
  ["accuse", "Colombia accused Venezuela of sheltering rebels.", ["Colombia -OPPOSES-> Venezuela"], []],
  [
    "a support verb carries its noun's act: 'launched an operation against X'",
    "Brazil's Federal Police launched an operation against the PCC on Wednesday.",
    ["Brazilian Federal Police -TARGETS-> Primeiro Comando da Capital"],
    [],
  ],
  [
    "'carried out strikes on X', 'stepped up its offensive against X'",
    "Brazil carried out strikes on the PCC. Ecuador stepped up its offensive against Los Lobos.",
    ["Brazil -TARGETS-> Primeiro Comando da Capital", "Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "'would not rule out military action against X' keeps the threat",
    "Trump said he would not rule out military action against Venezuela.",
    ["Donald Trump -THREATENS-> Venezuela"],
    [],
  ],
  [
    "trap: ruling it out is no threat",
    "Trump ruled out military action against Venezuela.",
    [],
    ["Donald Trump -THREATENS-> Venezuela"],
  ],
  [
    "a sentence opening with 'Led by X,' describes the main subject",
    "Led by former police officer Jimmy Chérizier, Viv Ansanm controls most of Port-au-Prince.",
    ["Jimmy Chérizier -LEADS-> Viv Ansanm"],
    [],
  ],
  [
    "a threatened strike 'on Mexican soil' threatens the state, for the warner too",
    "Trump warned that the United States could strike cartels on Mexican soil.",
    [
      "United States -THREATENS-> Mexico",
      "Donald Trump -THREATENS-> Mexico",
      "United States -THREATENS-> Mexican cartels",
    ],
    [],
  ],
  [
    "an arrest warrant for X is the issuer's act against X",
    "Ecuador issued an arrest warrant for Fabricio Colón Pico on Monday.",
    ["Ecuador -TARGETS-> Fabricio Colón Pico"],
    [],
  ],
  [
    "'the mission, which Kenya had led': leading a body is LEADS, not CONDUCTS",
    "The Security Council replaced the Multinational Security Support Mission, which Kenya had led since 2024, with a larger force.",
    ["Kenya -LEADS-> Multinational Security Support Mission"],
    [],
  ],
  [
    "an operation led stays conducted",
    "The U.S. military led Operation Absolute Resolve.",
    ["U.S. military -CONDUCTS-> Operation Absolute Resolve"],
    ["U.S. military -LEADS-> Operation Absolute Resolve"],
  ],
  [
    "trap: a noun cue as the object of a stance is no act of the subject",
    "Colombia condemned the strikes on Venezuela.",
    [],
    ["Colombia -TARGETS-> Venezuela"],
  ],

  [
    "possessive state, lower-case portfolio, apposed name: that state, not the home state",
    "PANAMA CITY (wire) — Panama closed the crossing. Panama's police chief met reporters. Ecuador's interior minister, Laura Mendes, flew in on Friday.",
    ["Laura Mendes -MEMBER_OF-> Ecuador"],
    ["Laura Mendes -MEMBER_OF-> Panama"],
  ],
  [
    "indefinite apposition with a rank: one of several, a member",
    "Police arrested Hugo Salas, a senior Tren de Aragua commander, in Lima.",
    ["Hugo Salas -MEMBER_OF-> Tren de Aragua"],
    ["Hugo Salas -LEADS-> Tren de Aragua"],
  ],
  [
    "definite apposition keeps the head",
    "Rafael Ortiz, the commander of the Tren de Aragua, was seen in the port.",
    ["Rafael Ortiz -LEADS-> Tren de Aragua"],
    ["Rafael Ortiz -MEMBER_OF-> Tren de Aragua"],
  ],
  [
    "deport",
    "Panama deported 40 Tren de Aragua members last week.",
    ["Panama -TARGETS-> Tren de Aragua"],
    [],
  ],
  ["expel", "Niger expelled the Amnesty International team.", ["Niger -TARGETS-> Amnesty International"], []],
  [
    "sign an agreement with",
    "Guyana signed a security agreement with Brazil on Monday.",
    ["Brazil -COOPERATES_WITH-> Guyana"],
    [],
  ],
  [
    "noun frame: a deal between",
    "Talks produced a deal between Chile and Argentina.",
    ["Argentina -COOPERATES_WITH-> Chile"],
    [],
  ],
  [
    "agent after 'led by'",
    "Los Tiburones, led by former soldier Marco Vidal, run extortion rackets in the port.",
    ["Marco Vidal -LEADS-> Los Tiburones"],
    ["Los Tiburones -LEADS-> Marco Vidal"],
  ],
  [
    "reciprocal cooperation of coordinated subjects",
    "Chile and Peru agreed to keep collaborating on border security.",
    ["Chile -COOPERATES_WITH-> Peru"],
    [],
  ],
  [
    "suspension cancels cooperation",
    "Ecuador suspended its cooperation with Colombia after the raid.",
    [],
    ["Colombia -COOPERATES_WITH-> Ecuador"],
  ],
  [
    "the speaker is not the agent of a reported clause with its own subject",
    "Minister Ana Soto said the police had arrested members of Los Tiburones.",
    [],
    ["Ana Soto -TARGETS-> Los Tiburones"],
  ],
  [
    "a pronoun object is the last person named",
    "Police caught gang leader Raul Medina in Cali, and Colombia extradited him to Peru.",
    ["Colombia -TARGETS-> Raul Medina"],
    ["Raul Medina -TARGETS-> Peru", "Colombia -TARGETS-> Peru"],
  ],
  [
    "mediating is not cooperating with either side",
    "Qatar offered to mediate between Sudan and Chad.",
    [],
    ["Chad -COOPERATES_WITH-> Qatar", "Qatar -COOPERATES_WITH-> Sudan"],
  ],
  [
    "past condemnation is not a threat",
    "Brazil condemned the intervention in Haiti last year.",
    [],
    ["Brazil -THREATENS-> Haiti"],
  ],
  [
    "a speaker's own people ('its officers') act for the speaker",
    "Peru's National Police said its officers had detained Ramón Tello Vera.",
    ["Peruvian National Police -TARGETS-> Ramón Tello Vera"],
    [],
  ],
  [
    "'had no right to' opposes the actor it is said of",
    "Lula said the United States had no right to intervene in Brazil.",
    ["Luiz Inácio Lula da Silva -OPPOSES-> United States"],
    [],
  ],
  [
    "receiving aid from a state is cooperation",
    "Guatemala received training and equipment from the United States.",
    ["Guatemala -COOPERATES_WITH-> United States"],
    [],
  ],
  [
    "two states agreeing to coordinate cooperate with each other; a refusal does not",
    "Peru and Chile agreed to coordinate patrols on their border. Mexico said it would not agree to coordinate with Washington.",
    ["Chile -COOPERATES_WITH-> Peru"],
    ["Mexico -COOPERATES_WITH-> United States"],
  ],
  [
    "declaring a group terrorist designates it; declaring an emergency names no one",
    "Ecuador declared Los Lobos a terrorist group. Peru declared a state of emergency in Lima.",
    ["Ecuador -DESIGNATES-> Los Lobos"],
    ["Peru -DESIGNATES-> Lima"],
  ],
  [
    "listing a group as a terrorist organisation designates it",
    "Argentina listed the Cartel de los Soles as a terrorist organisation.",
    ["Argentina -DESIGNATES-> Cartel de los Soles"],
    [],
  ],
  [
    "imposing sanctions on a group designates it",
    "The Treasury Department imposed sanctions on Los Lobos.",
    ["Treasury Department -DESIGNATES-> Los Lobos"],
    ["Treasury Department -TARGETS-> Los Lobos"],
  ],
  [
    "adding a group to a list designates it; adding districts to an emergency does not",
    "Washington added Los Lobos to its list of terrorist organisations. Peru added three districts to the emergency.",
    ["United States -DESIGNATES-> Los Lobos"],
    [],
  ],
  [
    "the actor after 'in which' is the relative clause's subject",
    "The talks followed the decree in which the Peruvian government designated Los Pulpos a terrorist group.",
    ["Peru -DESIGNATES-> Los Pulpos"],
    [],
  ],
  [
    "a time phrase ends before the subject; ', and in <month>' starts a new clause",
    "The United States expelled two Venezuelan diplomats in May, and in June the Treasury sanctioned Diosdado Cabello.",
    ["Treasury Department -DESIGNATES-> Diosdado Cabello"],
    [],
  ],
  [
    "a new clause with a subject that is no actor is not the first clause's subject's",
    "Canada expelled two Venezuelan diplomats in May, and in June the ministry sanctioned Diosdado Cabello.",
    [],
    ["Canada -DESIGNATES-> Diosdado Cabello"],
  ],
];

tripleTable("relation frames", TABLE);

describe("definite descriptions", () => {
  it.each([
    [
      "the group → the last group named",
      "Vigilancia, a human rights group, filed a complaint. The group's director, Lucia Marquez, spoke to reporters.",
      ["Lucia Marquez -LEADS-> Vigilancia"],
      [],
    ],
    [
      "the gang → the last gang named",
      "Barrio 20 members escaped on Sunday. Honduran troops later raided the gang's hideouts.",
      ["Honduras -TARGETS-> Barrio 20"],
      [],
    ],
    [
      "the council → the council named, past a nearer institution",
      "Haiti's Transitional Presidential Council asked the United Nations for troops. Jimmy Chérizier accused the council of betraying the country.",
      ["Jimmy Chérizier -OPPOSES-> Transitional Presidential Council"],
      ["Jimmy Chérizier -OPPOSES-> United Nations"],
    ],
    [
      "no institution named with the noun: the nearest one",
      "The DEA and Brazil's Federal Police met in Brasília. The agency later arrested Ovidio Guzmán.",
      ["Brazilian Federal Police -TARGETS-> Ovidio Guzmán"],
      ["DEA -TARGETS-> Ovidio Guzmán"],
    ],
    [
      "the rebels → the last armed group named",
      "The ELN kidnapped two soldiers in Arauca. The Colombian government suspended talks with the rebels.",
      ["Colombia -OPPOSES-> ELN"],
      [],
    ],
    [
      "no antecedent of the right kind, no link",
      "Officials met on Monday. The agency denied the report, Bolivia said.",
      [],
      ["Bolivia -OPPOSES-> Bolivia"],
    ],
  ])("%s", (_name, text, must, mustNot) => {
    const { triples } = extract(text);
    for (const t of must) expect(triples).toContain(t);
    for (const t of mustNot) expect(triples).not.toContain(t);
  });

  it("'the rebels of X' is no description of the last group", () => {
    const { graph } = extract(
      "The Gulf Clan attacked a police station. Colombia said the rebels of the ELN had fled.",
    );
    expect(graph.nodes.find((x) => x.name === "Clan del Golfo")?.mentions).toHaveLength(1);
  });

  it("keeps the description out of the node's aliases", () => {
    const { graph } = extract("Los Tiburones extorted traders. The gang was blamed for the fire.");
    const n = graph.nodes.find((x) => x.name === "Los Tiburones");
    expect(n?.mentions).toHaveLength(2);
    expect(n?.aliases).toEqual([]);
  });
});

describe("titles and the home state", () => {
  it.each([
    [
      "'its leader, X' → the organisation named before",
      "The Treasury sanctioned Los Halcones, an extortion gang, and its leader, Mateo Rincon.",
      ["Mateo Rincon -LEADS-> Los Halcones"],
      [],
    ],
    [
      "relative clause subject: 'X, who leads Y'",
      "Police hunted gang boss Ana Duarte, who leads the Barrio 20 faction in the capital.",
      ["Ana Duarte -LEADS-> Barrio 20"],
      [],
    ],

    [
      "dateline state",
      "ASUNCIÓN (wire) — Interior Minister Carla Rojas said the army would patrol the border.",
      ["Carla Rojas -MEMBER_OF-> Paraguay"],
      [],
    ],
    [
      "a demonym two words before the title wins over the home state",
      "QUITO (wire) — Peruvian Security Minister Jorge Salas met Ecuadorian officials.",
      ["Jorge Salas -MEMBER_OF-> Peru"],
      ["Jorge Salas -MEMBER_OF-> Ecuador"],
    ],
    [
      "a state followed by a title is still the state",
      "Barbados Prime Minister Ana Clarke spoke at the summit.",
      ["Ana Clarke -LEADS-> Barbados"],
      [],
    ],
    [
      "no dateline and no dominant state, no home-state link",
      "Interior Minister Carla Rojas spoke. Chile and Peru sent envoys.",
      [],
      ["Carla Rojas -MEMBER_OF-> Chile", "Carla Rojas -MEMBER_OF-> Peru"],
    ],
  ])("%s", (_name, text, must, mustNot) => {
    const { triples } = extract(text);
    for (const t of must) expect(triples).toContain(t);
    for (const t of mustNot) expect(triples).not.toContain(t);
  });
});
