/**
 * Relations that are not what the words next to a cue suggest: a person who led a delegation or
 * ran a group's business does not lead the state or the group; nobody threatens or targets his own
 * side ("warned that U.S. forces could finish the job") or works with it ("the U.S. Drug Enforcement
 * Administration was assisting"); an object ends before a clause of its own
 * ("as X tightens its grip"); FARC dissidents are not the FARC; "the cartel" is the cartel named
 * before, not all cartels; "arms traffickers" arm nobody; "the arrest of X by a Y team" is Y's;
 * "the U.S.-backed offensive" backs nobody; the topic of a cooperation ("share intelligence on X")
 * is no partner; "Mexico's ambassador to Washington" is Mexico's.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "nobody works with his own side: a state's agency named with it is no partner of the state",
    "The U.S. Drug Enforcement Administration, which opened an office in Georgetown last year, was assisting with the investigation. Guyana worked with the DEA.",
    ["DEA -COOPERATES_WITH-> Guyana"],
    ["DEA -COOPERATES_WITH-> United States"],
  ],
  [
    "trap: who led the Mexican delegation",
    "Security Secretary Omar Ruiz, who led the Mexican delegation with the foreign minister, said the talks went well.",
    [],
    ["Omar Ruiz -LEADS-> Mexico"],
  ],
  [
    "trap: who ran a cartel's drug production",
    "Pedro Lara, a former police officer, is the man who ran the Sinaloa Cartel's synthetic drug production in the hills.",
    [],
    ["Pedro Lara -LEADS-> Sinaloa Cartel"],
  ],
  [
    "who leads a cartel still leads it",
    "Rafael Caro, who leads the Sinaloa Cartel, was arrested.",
    ["Rafael Caro -LEADS-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: a leader warning that his own forces could strike",
    'President Donald Trump said on Monday that the caretaker government had "days, not weeks" to comply, and warned that U.S. forces stationed in the Caribbean could "end the matter" if Caracas delayed.',
    ["Donald Trump -LEADS-> United States"],
    ["Donald Trump -THREATENS-> U.S. military", "United States -THREATENS-> U.S. military"],
  ],
  [
    "trap: a gang leader warning what his own coalition would do",
    "Jimmy Chérizier, the leader of Viv Ansanm, posted a video and warned that Viv Ansanm would treat any neighbourhood that helped the police as an enemy.",
    ["Jimmy Chérizier -LEADS-> Viv Ansanm"],
    ["Jimmy Chérizier -THREATENS-> Viv Ansanm"],
  ],
  [
    "a threat to another state stays",
    "President Donald Trump warned that Mexico would pay a heavy price.",
    ["Donald Trump -THREATENS-> Mexico"],
    [],
  ],
  [
    "trap: no object past a clause of its own",
    "The United Nations blacklists five more Haitian gang leaders as Viv Ansanm tightens its grip on the capital",
    [],
    ["United Nations -DESIGNATES-> Viv Ansanm"],
  ],
  [
    "a designation as a capitalised category keeps its list",
    "The United States designated Tren de Aragua as Specially Designated Global Terrorists.",
    ["United States -DESIGNATES-> Tren de Aragua"],
    [],
  ],
  [
    "FARC dissidents are their own group",
    "Colombia suspended talks with the largest FARC dissident faction on Friday.",
    [],
    ["Colombia -OPPOSES-> FARC"],
  ],
  [
    "the cartel is the one named before, not the collective named since",
    'The Jalisco New Generation Cartel (CJNG) paid the governor, prosecutors say. Mexican cartels have long bought state officials. Prosecutors say the bribes were paid by Luis Vega, known as "El Cajero," whom they describe as a money man for the cartel and a close associate of its leader, Rubén Oseguera.',
    ["Rubén Oseguera -LEADS-> Jalisco New Generation Cartel"],
    ["Rubén Oseguera -LEADS-> Mexican cartels"],
  ],
  [
    "trap: arms traffickers arm nobody",
    "She said Mexico expected U.S. action against arms traffickers who supply the CJNG.",
    [],
    [
      "Jalisco New Generation Cartel -COOPERATES_WITH-> Mexico",
      "Jalisco New Generation Cartel -COOPERATES_WITH-> United States",
    ],
  ],
  [
    "a state that arms another cooperates with it",
    "Iran arms Hezbollah, the minister said.",
    ["Hezbollah -COOPERATES_WITH-> Iran"],
    [],
  ],
  [
    "the arrest of X by a unit of Y",
    "The minister said the arrest of Jorge Vera by a Colombian Navy special team had been made possible by intelligence from the DEA.",
    ["Colombian Navy -TARGETS-> Jorge Vera"],
    [],
  ],
  [
    "trap: a compound adjective is no verb",
    "The U.S.-backed offensive against Los Lobos began in March.",
    [],
    ["Los Lobos -COOPERATES_WITH-> United States"],
  ],
  [
    "trap: the topic of cooperation is no partner",
    "Colombia and Venezuela agreed to share intelligence on the ELN.",
    ["Colombia -COOPERATES_WITH-> Venezuela"],
    ["Colombia -COOPERATES_WITH-> ELN", "ELN -COOPERATES_WITH-> Venezuela"],
  ],
  [
    "an ambassador belongs to the state that sends them",
    "Mexico's ambassador to Washington, Esteban Moctezuma, delivered the note.",
    ["Esteban Moctezuma -MEMBER_OF-> Mexico"],
    ["Esteban Moctezuma -MEMBER_OF-> United States"],
  ],
  [
    "freezing a group's assets targets it (the cue's own 'froze' negates nothing)",
    "The Treasury Department froze the assets of Los Zetas on Monday.",
    ["Treasury Department -TARGETS-> Los Zetas"],
    [],
  ],
  [
    "vowing to crush a group threatens it",
    "Ecuador vowed to crush Los Lobos.",
    ["Ecuador -THREATENS-> Los Lobos"],
    [],
  ],
];

tripleTable("false friends of a cue", TABLE);
