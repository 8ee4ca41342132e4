/**
 * Cue readings found on briefs we wrote: words that look like acts but are speech ("hit back",
 * "charged that"), realis (a floated strike or a mulled designation is not done; "May" the month is
 * no modal; a vote enacts what it votes for), cooperation in "to support", in parties agreeing on a
 * ceasefire, in joint patrols and in a summit, hostile contact ("exchanged fire with"), standing
 * with a state, a threat's content ("threatened to impose tariffs on X"), "charged", broken or cut
 * ties and mockery (opposition), a warning against an action (opposition, not a threat), a place on
 * a sanctions list, diplomatic protest (a summoned ambassador, concern expressed, a complaint
 * filed, accusations denied, recognition refused). Traps: a refusal to support, a politician who
 * "clashed with" a government, a boat that floated, "hit" as a blow, a place on a plane, a warning
 * whose clause strikes "against" others (still a threat).
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "joint patrols or exercises held by coordinated states, and a summit with others, are cooperation",
    "The United States and Ecuador will conduct joint patrols in the Pacific. Brazil and Paraguay held joint exercises. Chile will host a summit with Argentina on organized crime.",
    [
      "Ecuador -COOPERATES_WITH-> United States",
      "Brazil -COOPERATES_WITH-> Paraguay",
      "Argentina -COOPERATES_WITH-> Chile",
    ],
    [],
  ],
  [
    "diplomatic protest: a summoned ambassador, concern expressed, a complaint filed",
    "Mexico summoned the U.S. ambassador to protest the drone flights. Brazil expressed concern about the U.S. military buildup. Honduras filed a complaint against Nicaragua.",
    ["Mexico -OPPOSES-> United States", "Brazil -OPPOSES-> United States", "Honduras -OPPOSES-> Nicaragua"],
    [],
  ],
  [
    "denied accusations and refused recognition oppose their source",
    "Maduro denied the U.S. accusations. Venezuela does not recognize the International Criminal Court.",
    ["Nicolás Maduro -OPPOSES-> United States", "Venezuela -OPPOSES-> International Criminal Court"],
    [],
  ],
  [
    "trap: denying a report and summoning one's own envoy oppose no one named",
    "Mexico denied the reports. Colombia summoned its ambassador in Caracas for consultations.",
    [],
    ["Colombia -OPPOSES-> Mexico"],
  ],
  [
    "warning someone against an action opposes them; it threatens no one",
    "Delcy Rodríguez warned the Trump administration against further military action on Venezuelan soil. Sheinbaum warned against any U.S. intervention.",
    ["Delcy Rodríguez -OPPOSES-> United States", "Claudia Sheinbaum -OPPOSES-> United States"],
    ["Delcy Rodríguez -THREATENS-> United States", "Claudia Sheinbaum -THREATENS-> United States"],
  ],
  [
    "trap: a warning whose clause strikes against others is still a threat",
    "Trump warned Mexico that U.S. forces would strike against the cartels. Trump warned Venezuela of strikes against its ports.",
    ["Donald Trump -THREATENS-> Mexico", "Donald Trump -THREATENS-> Venezuela"],
    ["Donald Trump -OPPOSES-> Mexico", "Donald Trump -OPPOSES-> Venezuela"],
  ],
  [
    "broken or cut ties, mockery and derision are opposition",
    "Colombia broke off diplomatic relations with Israel in May. Nicaragua cut ties with Ukraine. Bukele mocked Petro on social media.",
    ["Colombia -OPPOSES-> Israel", "Nicaragua -OPPOSES-> Ukraine", "Nayib Bukele -OPPOSES-> Gustavo Petro"],
    [],
  ],
  [
    "placing someone on a sanctions list designates them",
    "The U.S. Treasury placed Venezuelan Interior Minister Diosdado Cabello on its sanctions list.",
    ["Treasury Department -DESIGNATES-> Diosdado Cabello"],
    ["Treasury Department -DESIGNATES-> Venezuela"],
  ],
  [
    "trap: placing someone on a plane designates nothing",
    "Police placed Ovidio Guzmán on a plane to the United States.",
    [],
    ["Mexico -DESIGNATES-> Ovidio Guzmán"],
  ],
  [
    "a vote enacts the designation it votes for",
    "Guatemala's Congress voted to classify Barrio 18 and MS-13 as terrorist organizations.",
    ["Guatemalan Congress -DESIGNATES-> Barrio 18", "Guatemalan Congress -DESIGNATES-> MS-13"],
    [],
  ],
  [
    "'charged' is a legal act against its object",
    "The FBI charged two leaders of Tren de Aragua with terrorism.",
    ["FBI -TARGETS-> Tren de Aragua"],
    [],
  ],
  [
    "trap: 'charged that' is speech",
    "Petro charged that the United States had killed a fisherman.",
    [],
    ["Gustavo Petro -TARGETS-> United States"],
  ],
  [
    "a threat's content aims a punishment at the actor",
    "Trump threatened to impose tariffs on Colombia. Trump also threatened to send troops into Mexico to fight the cartels.",
    ["Donald Trump -THREATENS-> Colombia", "Donald Trump -THREATENS-> Mexico"],
    [],
  ],
  [
    "trap: a refusal's content is no threat and no opposition to its object",
    "Petro refused to impose tariffs on the United States.",
    [],
    ["Gustavo Petro -THREATENS-> United States", "Gustavo Petro -OPPOSES-> United States"],
  ],
  [
    "'hit back' and 'hit out at' are words, not blows",
    "Governor Tarcísio de Freitas hit back, accusing Lula's government of abandoning São Paulo. Later Tarcísio de Freitas hit out at Lula.",
    ["Tarcísio de Freitas -OPPOSES-> Brazil", "Tarcísio de Freitas -OPPOSES-> Luiz Inácio Lula da Silva"],
    ["Tarcísio de Freitas -TARGETS-> Brazil", "Tarcísio de Freitas -TARGETS-> Luiz Inácio Lula da Silva"],
  ],
  [
    "'to support' after an infinitive or modal marker",
    "Brazil has pledged to support Haiti with troops. Chile said it would support Peru.",
    ["Brazil -COOPERATES_WITH-> Haiti", "Chile -COOPERATES_WITH-> Peru"],
    [],
  ],
  [
    "trap: a refusal to support is no cooperation",
    "Colombia refused to support Venezuela at the summit.",
    [],
    ["Colombia -COOPERATES_WITH-> Venezuela"],
  ],
  [
    "exchanging fire and troops deployed against a group are acts against it",
    "Kenyan police exchanged fire with Viv Ansanm gunmen. Ecuador deployed 5,000 troops against Los Lobos.",
    ["Kenya -TARGETS-> Viv Ansanm", "Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "trap: a politician who clashed with a government did not attack it",
    "Gustavo Petro has clashed repeatedly with the Trump administration over the strikes.",
    [],
    ["Gustavo Petro -TARGETS-> United States"],
  ],
  [
    "the month May is no modal: a dated arrest is an act, not a threat",
    "TEGUCIGALPA, May 12 (Wire) - Honduras extradited Rafael Ortega. In May, Ecuador arrested Hugo Salas.",
    ["Honduras -TARGETS-> Rafael Ortega", "Ecuador -TARGETS-> Hugo Salas"],
    ["Honduras -THREATENS-> Rafael Ortega", "Ecuador -THREATENS-> Hugo Salas"],
  ],
  [
    "the modal 'may' still makes an arrest a threat",
    "Ecuador may arrest Hugo Salas.",
    ["Ecuador -THREATENS-> Hugo Salas"],
    ["Ecuador -TARGETS-> Hugo Salas"],
  ],
  [
    "coordinated subjects agreeing on a ceasefire or talks cooperate",
    "Colombia's government and the Estado Mayor Central agreed on Thursday to extend a ceasefire. Chile and Peru agreed to resume talks.",
    ["Colombia -COOPERATES_WITH-> Estado Mayor Central", "Chile -COOPERATES_WITH-> Peru"],
    [],
  ],
  [
    "trap: agreeing to act against a group is no cooperation with it",
    "Ecuador agreed to extend the curfew against Los Lobos.",
    [],
    ["Ecuador -COOPERATES_WITH-> Los Lobos"],
  ],
  [
    "strikes floated or raised as a possibility are threats, not acts",
    "U.S. officials have floated strikes on Mexican soil. Washington raised the possibility of strikes on Los Chapitos.",
    ["United States -THREATENS-> Mexico", "United States -THREATENS-> Los Chapitos"],
    ["United States -TARGETS-> Mexico", "United States -TARGETS-> Los Chapitos"],
  ],
  [
    "a designation mulled is none yet; one welcomed is",
    "The U.S. is mulling the designation of Los Lobos. Argentina welcomed the designation of Los Choneros by the United States.",
    ["United States -DESIGNATES-> Los Choneros"],
    ["United States -DESIGNATES-> Los Lobos"],
  ],
  [
    "trap: a boat that floated is no hypothetical",
    "Mexican marines floated down the river and captured Julio César Ríos.",
    ["Mexico -TARGETS-> Julio César Ríos"],
    ["Mexico -THREATENS-> Julio César Ríos"],
  ],
  [
    "trap: 'hit' as a strike still targets",
    "Ecuador hit Los Lobos camps near Durán with air strikes.",
    ["Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "standing with a state is support",
    "The United States said it stood with Ecuador. Brazil stands with Haiti, Lula said.",
    ["Ecuador -COOPERATES_WITH-> United States", "Brazil -COOPERATES_WITH-> Haiti"],
    [],
  ],
  [
    "trap: not standing with a state is none",
    "Colombia did not stand with Venezuela at the summit.",
    [],
    ["Colombia -COOPERATES_WITH-> Venezuela"],
  ],
];

tripleTable("cue readings", TABLE);
