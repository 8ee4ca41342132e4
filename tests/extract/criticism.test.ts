/**
 * Criticism in reported speech (the DISAPPROVE stances of cues.json): a speaker who says an actor
 * failed, pretends, governs by decree, lost control or acted illegally opposes that actor; the
 * speaker is the person a description ends with ("X, a researcher at Y, said"; "Senator X of the
 * Y party said"), not the organisation that ends it. Denials and crimes described as illegal are
 * no criticism. Sentences are ours.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "ending cooperation with X opposes X; ordering X's troops to leave opposes X",
    "Mali's junta ended defence cooperation with France. Niger's military government ordered U.S. troops to leave the country.",
    ["Mali -OPPOSES-> France", "Niger -OPPOSES-> United States"],
    ["Mali -COOPERATES_WITH-> France"],
  ],
  [
    "trap: ordering one's own army to leave a place opposes nobody",
    "Petro ordered the army to leave Catatumbo.",
    [],
    ["Gustavo Petro -OPPOSES-> Colombia"],
  ],
  [
    "suspending a truce or a ceasefire with a group opposes it, and is no cooperation",
    "Honduras suspended its truce with the Barrio 18 gang. Colombia suspended the ceasefire with the ELN.",
    ["Honduras -OPPOSES-> Barrio 18", "Colombia -OPPOSES-> ELN"],
    ["Honduras -COOPERATES_WITH-> Barrio 18", "Colombia -COOPERATES_WITH-> ELN"],
  ],
  [
    "a reported failure of a state",
    "Ernesto Salas, a former prosecutor, said Guatemala had failed to protect its prison guards.",
    ["Ernesto Salas -OPPOSES-> Guatemala"],
    [],
  ],
  [
    "a quoted charge; the speaker is the person the apposition describes",
    'Lucía Ferrer, a researcher at the Andean Policy Institute, said Peru was "governing by decree" in the north.',
    ["Lucía Ferrer -OPPOSES-> Peru"],
    ["Andean Policy Institute -OPPOSES-> Peru"],
  ],
  [
    "the speaker before 'of the ... party'",
    'Senator Andrés Molina of the opposition Green Alliance party said Ecuador had "lost control of its prisons."',
    ["Andrés Molina -OPPOSES-> Ecuador", "Andrés Molina -MEMBER_OF-> Green Alliance"],
    ["Green Alliance -OPPOSES-> Ecuador"],
  ],
  [
    "strikes called illegal",
    "Senator Rosa Ibarra said the Venezuelan strikes were illegal.",
    ["Rosa Ibarra -OPPOSES-> Venezuela"],
    [],
  ],
  [
    "a denied failure is no criticism",
    "Interior Minister Carlos Ruiz said Honduras had not failed in its duty.",
    [],
    ["Carlos Ruiz -OPPOSES-> Honduras"],
  ],
  [
    "a crime described as illegal is no criticism",
    "The Peruvian National Police said Los Pinos ran illegal mines in the north.",
    [],
    ["Peruvian National Police -OPPOSES-> Los Pinos"],
  ],
];

tripleTable("criticism in reported speech", TABLE);

const PUSHBACK: TripleRow[] = [
  [
    "ruling out an intervention opposes its author; not ruling it out does not",
    "Sheinbaum ruled out a U.S. intervention. Noboa did not rule out a Colombian intervention.",
    ["Claudia Sheinbaum -OPPOSES-> United States"],
    ["Daniel Noboa -OPPOSES-> Colombia"],
  ],
  [
    "suspending cooperation opposes the partner and is no cooperation",
    "Colombia suspended intelligence sharing with the United States.",
    ["Colombia -OPPOSES-> United States"],
    ["Colombia -COOPERATES_WITH-> United States"],
  ],
  [
    "urging a state to end a measure opposes it",
    "Amnesty International urged El Salvador to end the state of emergency.",
    ["Amnesty International -OPPOSES-> El Salvador"],
    [],
  ],
  [
    "calling threats unacceptable opposes their author",
    "Petro called Trump's threats unacceptable.",
    ["Gustavo Petro -OPPOSES-> Donald Trump"],
    [],
  ],
  [
    "reported abuses oppose the force said to commit them",
    "Human Rights Watch said the Ecuadorian military had committed abuses.",
    ["Human Rights Watch -OPPOSES-> Ecuador"],
    [],
  ],
  [
    "agreeing on a framework is reciprocal cooperation",
    "Mexico and the United States have agreed on a new security framework.",
    ["Mexico -COOPERATES_WITH-> United States"],
    [],
  ],
  [
    "a critic of someone, in an apposition",
    "Ecuadorian President Daniel Noboa spoke first. Luisa González, a fierce critic of Noboa, said the plan would fail.",
    ["Luisa González -OPPOSES-> Daniel Noboa"],
    [],
  ],
  [
    "trap: criticism of a plan names no actor to oppose",
    "Luisa González, a critic of the security plan, said it would fail, Daniel Noboa's office said.",
    [],
    ["Luisa González -OPPOSES-> Daniel Noboa"],
  ],
  [
    "a decision that drew a protest from a state: the state opposes its author",
    "Argentina added the group to its list, a decision that drew a protest from Brazil.",
    ["Brazil -OPPOSES-> Argentina"],
    ["Argentina -OPPOSES-> Brazil"],
  ],
  [
    "complained that another actor acted",
    "Claudia Sheinbaum complained that Washington acted without presenting evidence.",
    ["Claudia Sheinbaum -OPPOSES-> United States"],
    [],
  ],
  [
    "trap: a complaint about no actor",
    "Gustavo Petro complained that the talks were slow, Colombia's foreign ministry said.",
    [],
    ["Gustavo Petro -OPPOSES-> Colombia"],
  ],
  [
    "working side by side with",
    "Agents of the DEA are working side by side with the FELCN in the Chapare.",
    ["DEA -COOPERATES_WITH-> FELCN"],
    [],
  ],
  [
    "shared records with",
    "Paraguay said it had shared flight records with Uruguay for months.",
    ["Paraguay -COOPERATES_WITH-> Uruguay"],
    [],
  ],
  [
    "a working arrangement between two groups",
    "Prosecutors describe a working arrangement between Los Choneros and the Sinaloa Cartel.",
    ["Los Choneros -COOPERATES_WITH-> Sinaloa Cartel"],
    [],
  ],
];

tripleTable("pushback and agreement", PUSHBACK);
