import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "apposition: 'X, a cell of Y'",
    'Police say the men belong to "Los Halcones", a cell of the Tren de Aragua that ran extortion rackets.',
    ["Los Halcones -MEMBER_OF-> Tren de Aragua"],
    ["Tren de Aragua -MEMBER_OF-> Los Halcones"],
  ],
  [
    "possessive: 'Y's \"X\" faction', and the faction is what was arrested",
    "Peru's police arrested 14 members of Tren de Aragua's \"Los Gatos\" faction in Lima.",
    ["Los Gatos -MEMBER_OF-> Tren de Aragua", "Peru -TARGETS-> Los Gatos"],
    ["Peru -TARGETS-> Tren de Aragua"],
  ],
  [
    "known as: 'a Y cell known as X'",
    'The murder was carried out by members of a Tren de Aragua cell known as "Los Piratas".',
    ["Los Piratas -MEMBER_OF-> Tren de Aragua"],
    [],
  ],
  [
    "apposition with a possessive: 'X, the Y's armed wing'",
    "Los Chapitos, the Sinaloa Cartel's most violent faction, denied the report.",
    ["Los Chapitos -MEMBER_OF-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: two rival gangs in a list are not parts of each other",
    "Los Choneros, Los Lobos and Los Tiguerones were declared terrorist groups.",
    [],
    ["Los Choneros -MEMBER_OF-> Los Lobos", "Los Lobos -MEMBER_OF-> Los Tiguerones"],
  ],
  [
    "trap: a gang is never a member of a state",
    "Ecuador's Los Lobos, a faction of organised crime, grew fast.",
    [],
    ["Los Lobos -MEMBER_OF-> Ecuador"],
  ],
  [
    "the factions of a group listed after a colon",
    "Fighting broke out between the two main factions of the Gulf Clan: Los Norteños and Los Sureños.",
    ["Los Norteños -MEMBER_OF-> Clan del Golfo", "Los Sureños -MEMBER_OF-> Clan del Golfo"],
    [],
  ],
  [
    "a group's rival factions by possessive",
    "Police said the Gulf Clan's two rival factions, Los Norteños and Los Sureños, had agreed a truce.",
    ["Los Norteños -MEMBER_OF-> Clan del Golfo"],
    [],
  ],
  [
    "a faction of a group qualified by a demonym",
    "Police say the trade has passed to Los Halcones, a faction of the Venezuelan Tren de Aragua gang.",
    ["Los Halcones -MEMBER_OF-> Tren de Aragua"],
    [],
  ],
  [
    "coordinated agents joined by a kinship noun both lead",
    "Los Norteños, a gang led by Mario Díaz and his brother Raúl Díaz, took control of the port.",
    ["Mario Díaz -LEADS-> Los Norteños", "Raúl Díaz -LEADS-> Los Norteños"],
    [],
  ],
  [
    "a title after 'described by ... as'",
    'Carlos "El Flaco" Ibarra, described by prosecutors as the top leader of the Los Norteños gang, was arrested in Cali.',
    ["Carlos Ibarra -LEADS-> Los Norteños"],
    [],
  ],
  [
    "a gang named after its owner's possessive",
    "Vitel'Homme Innocent's Kraze Baryè gang controls the eastern suburbs.",
    ["Vitel'Homme Innocent -LEADS-> Kraze Baryè"],
    [],
  ],
  [
    "a bare name opening a sentence as the subject of 'heads'",
    "Mario Díaz heads Los Zarpas, a gang that controls the port of Limón.",
    ["Mario Díaz -LEADS-> Los Zarpas"],
    [],
  ],
  [
    "trap: heading an inquiry into a gang is not heading the gang",
    "Prosecutor Ana Ruiz heads the inquiry into Los Zarpas, a gang that controls the port.",
    [],
    ["Ana Ruiz -LEADS-> Los Zarpas"],
  ],
  [
    "'who works for' a gang is a member",
    "Police arrested Mario Díaz, who works for the Los Zarpas gang, in Limón.",
    ["Mario Díaz -MEMBER_OF-> Los Zarpas"],
    [],
  ],
];

tripleTable("splits, loyalties and fighting", [
  [
    "a group split into factions has them as parts",
    "The Sinaloa Cartel has split into two factions: Los Chapitos and La Mayiza.",
    ["Los Chapitos -MEMBER_OF-> Sinaloa Cartel", "La Mayiza -MEMBER_OF-> Sinaloa Cartel"],
    [],
  ],
  [
    "'the faction loyal to P' is led by P",
    "La Mayiza, the faction loyal to Ismael Zambada, controls the south of Culiacán.",
    ["Ismael Zambada -LEADS-> La Mayiza"],
    [],
  ],
  [
    "'the X (short name) of P': P leads X",
    "Talks with the largest dissident faction, the Estado Mayor Central (EMC) of Néstor Gregorio Vera, broke down in 2024.",
    ["Néstor Gregorio Vera -LEADS-> Estado Mayor Central"],
    [],
  ],
  [
    "trap: a group 'of' a place is led by nobody",
    "The Estado Mayor Central of Cauca attacked a police station.",
    [],
    ["Cauca -LEADS-> Estado Mayor Central"],
  ],
  [
    "'led by the sons of X' is not led by X",
    "Los Chapitos, a faction of the Sinaloa Cartel, is led by the sons of Joaquín Guzmán.",
    ["Los Chapitos -MEMBER_OF-> Sinaloa Cartel"],
    ["Joaquín Guzmán -LEADS-> Los Chapitos"],
  ],
  [
    "fighting a group targets it; an offer 'to fight' them does not",
    "Los Chapitos have been fighting La Mayiza since September. Mexico rejected an offer of U.S. troops to fight Los Chapitos.",
    ["Los Chapitos -TARGETS-> La Mayiza"],
    ["Mexico -TARGETS-> Los Chapitos", "Mexico -THREATENS-> Los Chapitos"],
  ],
]);

tripleTable("faction relations", TABLE);
