/**
 * Roles stated by how news describes people: "whom prosecutors describe as the leader of Y", "X, a
 * Brazilian whom the agency describes as the PCC's top representative", "X, known as \"Tigre\", 41,
 * leader of the Y gang", "Y's spokesman, X", "led since 2024 by X", "the A faction of the B gang",
 * "a leader of Y" (leads it), "head of Y's \"Z\" faction" (a member of Y when Z is not found),
 * "presides over the Y", "Attorney General X" with the Attorney General's Office named, "Judge X of Y".
 * Role nouns of groups ("one of the Y gang's senior financial operators", "a senior figure in Y",
 * "the most senior Y commander" is a member) and who describes ("whom Minister X described as").
 * "police described him as the Y's logistics chief" (the person named before; a part's head, or a
 * "director of operations", is a member). "Senator X of President Y's Z coalition" (a member of Z). "whom the ministry called the Y's chief money launderer" (called without "as"; "chief" before another
 * role is a member's). Traps: a state written with an analyst's title is the subject studied, and a
 * former role is none.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "the holder of the title an office is named after heads it",
    "The U.S. Attorney for the Western District of Texas, Ana Ruiz Soto, said the case was closed.",
    ["Ana Ruiz Soto -LEADS-> U.S. Attorney's Office for the Western District of Texas"],
    ["Ana Ruiz Soto -MEMBER_OF-> U.S. Attorney's Office for the Western District of Texas"],
  ],
  [
    "trap: a spokesman for a body is a member of it",
    "The spokesman for the Andean Border Commission, Ana Ruiz Soto, said the case was closed.",
    ["Ana Ruiz Soto -MEMBER_OF-> Andean Border Commission"],
    ["Ana Ruiz Soto -LEADS-> Andean Border Commission"],
  ],
  [
    "an age before the alias, then 'whom ... describes as the leader of'",
    'Among those detained was Erick Gamboa Rojas, 36, known as "El Faraón", whom the OIJ describes as the leader of Los Zarpas.',
    ["Erick Gamboa Rojas -LEADS-> Los Zarpas"],
    [],
  ],
  [
    "'the United Nations human rights chief': the head of a body's part is a member of the body",
    "Volker Türk, the United Nations human rights chief, said the strikes broke international law.",
    ["Volker Türk -MEMBER_OF-> United Nations"],
    ["Volker Türk -LEADS-> United Nations"],
  ],
  [
    "trap: 'executive director of Y' heads Y",
    "Pierre Espérance, executive director of the National Human Rights Defense Network, criticised the plan.",
    ["Pierre Espérance -LEADS-> National Human Rights Defense Network"],
    [],
  ],
  [
    "'the leader of the X gang, Y': a kind noun after the group's name",
    'Soldiers captured the leader of the Los Choneros gang, Julio Mina, known as "El Gato," in Manta.',
    ["Julio Mina -LEADS-> Los Choneros"],
    [],
  ],
  [
    "'described him as' refers to the person named before; a group's 'logistics chief' is a member",
    "Soldiers detained a Paraguayan, Rubén Acosta, near the border; police described him as the Red Command's logistics chief in the region.",
    ["Rubén Acosta -MEMBER_OF-> Comando Vermelho"],
    ["Rubén Acosta -LEADS-> Comando Vermelho"],
  ],
  [
    "a body's 'director of operations' is a member; 'the head of' a group still leads it",
    "Colonel Ramón Ortiz, the Guyana Defence Force's director of operations, spoke. Juan Díaz Peña, the head of the Sinaloa Cartel, fled.",
    ["Ramón Ortiz -MEMBER_OF-> Guyana Defence Force", "Juan Díaz Peña -LEADS-> Sinaloa Cartel"],
    ["Ramón Ortiz -LEADS-> Guyana Defence Force"],
  ],
  [
    "'described him as' in the next sentence, 'a leader of' leads",
    "Police arrested Rubén Acosta on Monday. Prosecutors described him as a leader of the Red Command.",
    ["Rubén Acosta -LEADS-> Comando Vermelho"],
    [],
  ],
  [
    "trap: the person right before the verb is the describer",
    "Police arrested a man in Pedro Juan Caballero. Minister Ana Ruiz described him as a leader of the Red Command.",
    [],
    ["Ana Ruiz -LEADS-> Comando Vermelho"],
  ],
  [
    "'Senator X of President Y's Z coalition' sits in the coalition",
    "Senator Rosa Quintana of President Bernardo Arévalo's Semilla Movement said the prison deal was a mistake.",
    ["Rosa Quintana -MEMBER_OF-> Semilla Movement"],
    ["Rosa Quintana -MEMBER_OF-> Guatemala"],
  ],
  [
    "whom the ministry called the group's operator: 'called' without 'as'",
    'Police arrested Hugo Lara, known as "El Notario", whom the ministry called the Gulf Cartel\'s top financial operator, in Reynosa.',
    ["Hugo Lara -MEMBER_OF-> Gulf Cartel"],
    [],
  ],
  [
    "'chief' before another role qualifies it: a member, not the head",
    "The Treasury sanctioned Hugo Lara, whom the department called the Gulf Cartel's chief money launderer in Tamaulipas.",
    ["Hugo Lara -MEMBER_OF-> Gulf Cartel"],
    ["Hugo Lara -LEADS-> Gulf Cartel"],
  ],
  [
    "trap: 'chief' alone is the head",
    "Police arrested Hugo Lara, whom the department called the Gulf Cartel's chief, in Reynosa.",
    ["Hugo Lara -LEADS-> Gulf Cartel"],
    ["Hugo Lara -MEMBER_OF-> Gulf Cartel"],
  ],
  [
    "'known as Y and described by prosecutors as the top leader of Z'",
    'Guards moved Ramón Ortiz, known as "El Zorro" and described by prosecutors as the top leader of Barrio 18 in Honduras, to a military base.',
    ["Ramón Ortiz -LEADS-> Barrio 18"],
    [],
  ],
  [
    "whom prosecutors describe as the leader of",
    "Police arrested Julio Ramos, whom prosecutors describe as the leader of the Los Halcones gang, on Monday.",
    ["Julio Ramos -LEADS-> Los Halcones"],
    [],
  ],
  [
    "an alias, then whom they described as a group's second-in-command",
    'Officers detained Pedro Salas, alias "El Gato", whom they described as the Tren de Aragua\'s second-in-command in Lima.',
    ["Pedro Salas -MEMBER_OF-> Tren de Aragua"],
    [],
  ],
  [
    "a demonym before whom: the group's top representative",
    "Police arrested Marco Silva, a Brazilian whom the agency describes as the PCC's top representative in Bolivia.",
    ["Marco Silva -MEMBER_OF-> Primeiro Comando da Capital"],
    [],
  ],
  [
    "a leader of a group leads it",
    "Among them was Carlos Mejía, whom he described as a leader of Barrio 18's national structure.",
    ["Carlos Mejía -LEADS-> Barrio 18"],
    [],
  ],
  [
    "head of a named faction we do not find: a member of the whole",
    'Among the escapees is Carlos Mejía, alias "El Diablo," whom prosecutors describe as the head of Barrio 18\'s "Revolucionarios" faction in the north.',
    ["Carlos Mejía -MEMBER_OF-> Barrio 18"],
    ["Carlos Mejía -LEADS-> Barrio 18"],
  ],
  [
    "a list item: alias and age before the title",
    '- Andrés Peña, known as "Tigre", 41, leader of the Los Lobos gang and the group\'s main arms buyer.',
    ["Andrés Peña -LEADS-> Los Lobos"],
    [],
  ],
  [
    "a sidebar list item: name, colon, title",
    "- Marcos Camacho: the jailed leader of the Primeiro Comando da Capital.",
    ["Marcos Camacho -LEADS-> Primeiro Comando da Capital"],
    [],
  ],
  [
    "a group's role, then the person's former title",
    "The Liberal Party's coordinator, former President Manuel Zelaya, said the government was copying a model.",
    ["Manuel Zelaya -LEADS-> Liberal Party"],
    [],
  ],
  [
    "a member of a leader's party named Party",
    "Congress President Tomás Zambrano, a member of Asfura's National Party, said the vote showed order.",
    ["Tomás Zambrano -MEMBER_OF-> National Party"],
    [],
  ],
  [
    "a group written with its kind before the possessive title",
    'On Thursday, police arrested Dwayne Thompson, alias "Bulla", whom they described as the Tesha faction\'s second-in-command, at a checkpoint.',
    ["Dwayne Thompson -MEMBER_OF-> Tesha"],
    [],
  ],
  [
    "a plural possessive before a title",
    "Los Rastrojos' spokesman, Iván Pardo, denied the charges.",
    ["Iván Pardo -MEMBER_OF-> Los Rastrojos"],
    [],
  ],
  [
    "a candidate for a party",
    "Senator María Cano, a presidential candidate for the Liberal Party, said she would end the talks.",
    ["María Cano -MEMBER_OF-> Liberal Party"],
    [],
  ],
  [
    "led since a year by",
    "The National Police, led since 2024 by Rafael Ortiz, said 40 suspects were arrested.",
    ["Rafael Ortiz -LEADS-> National Police"],
    [],
  ],
  [
    "the A faction of the B gang",
    "Juan Soto was shot on Friday outside a bar held by the Los Pepes faction of the Los Choneros gang.",
    ["Los Pepes -MEMBER_OF-> Los Choneros"],
    [],
  ],
  [
    "trap: a country analyst studies the country",
    '"The cartels adapt," said Laura Vidal, a Mexico analyst at the International Crisis Group.',
    ["Laura Vidal -MEMBER_OF-> Crisis Group"],
    ["Laura Vidal -MEMBER_OF-> Mexico"],
  ],
  [
    "trap: an analyst for a country at a research group",
    '"The truce is over," said Mark Hale, a senior analyst for Colombia at the InSight Crime foundation.',
    [],
    ["Mark Hale -MEMBER_OF-> Colombia"],
  ],
  [
    "trap: a former president of an assembly",
    "Beside him stood his wife, Rosa Molina, a former president of Venezuela's National Assembly.",
    [],
    ["Rosa Molina -MEMBER_OF-> Venezuela", "Rosa Molina -LEADS-> National Assembly"],
  ],
  [
    "an official keeps the state written with the title",
    "Ana Ortiz, a Colombian official, said the talks failed.",
    ["Ana Ortiz -MEMBER_OF-> Colombia"],
    [],
  ],
  [
    "presides over an assembly",
    "Her brother Jorge Rodríguez still presides over the National Assembly, the paper said.",
    ["Jorge Rodríguez -LEADS-> National Assembly"],
    [],
  ],
  [
    "trap: presiding over a trial leads nobody",
    "Judge Ana Ruiz, who presided over the trial of the Sinaloa Cartel's leaders, retired in May.",
    [],
    ["Ana Ruiz -LEADS-> Sinaloa Cartel"],
  ],
  [
    "a title whose office the text names heads that office",
    "The arrest of Pablo Ruiz by agents of the Attorney General's Office was carried out on Monday, Attorney General Ana Godoy told reporters.",
    ["Ana Godoy -LEADS-> Attorney General's Office"],
    [],
  ],
  [
    "a judge of a court",
    "The ruling by Judge Alexandre Moraes of the Supreme Federal Court angered the governor.",
    ["Alexandre Moraes -MEMBER_OF-> Supreme Federal Court"],
    [],
  ],
];

tripleTable("roles from descriptions", TABLE);

const ROLE_NOUNS: TripleRow[] = [
  [
    "one of a gang's operators, described by a titled minister: the described one is the member",
    "Police announced the arrest of Ramón Tello, whom Interior Minister Julia Fonseca described as one of the Los Pulpos gang's senior financial operators.",
    ["Ramón Tello -MEMBER_OF-> Los Pulpos"],
    ["Julia Fonseca -MEMBER_OF-> Los Pulpos"],
  ],
  [
    "is described by prosecutors as a manager of",
    "Mario Quispe, 34, is described by prosecutors as a financial manager of the Los Pulpos gang.",
    ["Mario Quispe -MEMBER_OF-> Los Pulpos"],
    [],
  ],
  [
    "the most senior commander is one of several: a member",
    "Agents arrested Mario Quispe, whom investigators describe as the most senior Los Pulpos commander still at large.",
    ["Mario Quispe -MEMBER_OF-> Los Pulpos"],
    ["Mario Quispe -LEADS-> Los Pulpos"],
  ],
  [
    "a commander of the faction known as",
    "Mario Quispe, a regional commander of the faction known as Los Pulpos, is wanted in Peru.",
    ["Mario Quispe -MEMBER_OF-> Los Pulpos"],
    [],
  ],
  [
    "a senior figure in a gang",
    "Mario Quispe, a senior figure in the Los Pulpos gang, was shot in Trujillo.",
    ["Mario Quispe -MEMBER_OF-> Los Pulpos"],
    [],
  ],
  [
    "trap: one of the commanders who fought the gang is no member",
    "Colonel Mario Quispe, one of the army commanders who fought Los Pulpos, retired in May.",
    [],
    ["Mario Quispe -MEMBER_OF-> Los Pulpos", "Mario Quispe -LEADS-> Los Pulpos"],
  ],
  [
    "a state's anti-drug chief who heads a body: member of the state, head of the body",
    "Paraguay's anti-drug chief, Jalil Rachid, who heads SENAD, welcomed the seizure.",
    ["Jalil Rachid -LEADS-> SENAD", "Jalil Rachid -MEMBER_OF-> Paraguay"],
    ["Paraguay -LEADS-> SENAD", "Jalil Rachid -LEADS-> Paraguay"],
  ],
];

tripleTable("gang roles from role nouns", ROLE_NOUNS);
