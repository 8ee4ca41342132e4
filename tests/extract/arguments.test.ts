/**
 * Who the arguments of a cue are, in shapes of news copy found on briefs we wrote: "the government
 * of X" acting, people counted then named ("six people ..., among them X"), a gang role noun before
 * a name, people a source described as a group's members, a network or a possession linked to a
 * group ("a vessel linked to X"), a rank between a title and the name, "Police in X" acting as X, a
 * state before a title ("U.S. Secretary of State X warned": X acts), a title's own preposition
 * ("Secretary of State X" is in no phrase), an opening phrase without its comma ("By the end of the
 * year Ecuador had arrested"), a spokesperson relaying a threat without sharing it, relatives designated through a possessive
 * ("sanctioned Petro's wife, X, and his son Y"), a subordinate clause's own subject ("X took over after
 * Y seized Z"), ", and X said" as a clause of its own, "his minister", a numbered gang in an apposition, the possessor of a noun cue ("X's deal with Y"), a noun cue as the circumstance of the subject's verb ("killed 64 people in a raid against
 * X"). Traps: a
 * possessor inside an apposition, a title before "said" (the speaker's), a counted group with no
 * "including", "a <group> commander" (a member, not the head), a person linked to a group, a
 * participle's "by" agent ("Venezuelans deported by the United States"), another state's or foreign
 * officials "in X", a title inside a phrase ("beside Commissioner of Police X"), the main clause's
 * subject after an opening subordinate clause, a noun cue that is the object of the verb, the
 * possessor in the object of a clause whose subject names no actor ("The opposition described X's deal").
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a state's title, a rank and the name: the person acts",
    "Burkina Faso's leader, Captain Ibrahim Traoré, accused Ivory Coast of harbouring coup plotters.",
    ["Ibrahim Traoré -OPPOSES-> Ivory Coast"],
    [],
  ],
  [
    "the mediator of a ceasefire is no party to it",
    "Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.",
    ["Hamas -COOPERATES_WITH-> Israel"],
    ["Hamas -COOPERATES_WITH-> Qatar", "Israel -COOPERATES_WITH-> Egypt"],
  ],
  [
    "', and X said' opens a clause of its own: X is no object of the first",
    "The FBI added two of the fugitives to its list of most wanted, and the State Department said it was working closely with Guatemalan authorities.",
    ["Guatemala -COOPERATES_WITH-> State Department"],
    ["FBI -DESIGNATES-> State Department", "FBI -COOPERATES_WITH-> Guatemala"],
  ],
  [
    "a relative clause's object ends where the main verb resumes",
    "Nayib Bukele, whose crackdown has jailed more than 80,000 people, mocked Guatemala's security forces.",
    ["Nayib Bukele -OPPOSES-> Guatemala"],
    ["Nayib Bukele -TARGETS-> Guatemala"],
  ],
  [
    "'his minister' is a minister of the government the last person named heads",
    "President Bernardo Arévalo said he would sign the law. His interior minister, Marco Antonio Villeda, resigned.",
    ["Marco Antonio Villeda -MEMBER_OF-> Guatemala"],
    [],
  ],
  [
    "an apposition's numbered gang and its 'figure'",
    "Police recaptured Byron Eduardo Fajardo, a senior Barrio 18 figure. Carlos Pérez, a senior Barrio 20 leader, escaped.",
    ["Byron Eduardo Fajardo -MEMBER_OF-> Barrio 18", "Carlos Pérez -LEADS-> Barrio 20"],
    [],
  ],
  [
    "the possessor of a noun cue is its agent",
    "The opposition described Bukele's prison deal with Washington as unconstitutional. Sheinbaum criticized Trump's strikes on Venezuela.",
    ["Nayib Bukele -COOPERATES_WITH-> United States", "Donald Trump -TARGETS-> Venezuela"],
    ["Claudia Sheinbaum -TARGETS-> Venezuela"],
  ],
  [
    "trap: a clause whose subject is a common noun phrase has no actor subject after its verb",
    "The opposition described Bukele's prison deal with Washington as a violation of the constitution.",
    [],
    ["Nayib Bukele -OPPOSES-> United States"],
  ],
  [
    "a clause of its own inside the object keeps its subject",
    "The comments followed a U.S. military operation that resulted in the capture of Nicolás Maduro. The news spread for days after U.S. forces captured Ovidio Guzmán.",
    ["U.S. military -TARGETS-> Nicolás Maduro", "U.S. military -TARGETS-> Ovidio Guzmán"],
    [],
  ],
  [
    "a noun cue that is the circumstance of the subject's verb is the subject's act",
    "Brazilian police killed at least 64 people in a massive raid against the Comando Vermelho. Mexico arrested 12 people during an operation against the Sinaloa Cartel.",
    ["Brazil -TARGETS-> Comando Vermelho", "Mexico -TARGETS-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: a noun cue that is the object of the subject's verb is not the subject's act",
    "Sheinbaum condemned the raid against Venezuela.",
    [],
    ["Claudia Sheinbaum -TARGETS-> Venezuela"],
  ],
  [
    "a cue in a subordinate clause takes that clause's subject, not the sentence's",
    "Delcy Rodríguez took over after the United States seized Nicolás Maduro.",
    ["United States -TARGETS-> Nicolás Maduro"],
    ["Delcy Rodríguez -TARGETS-> Nicolás Maduro"],
  ],
  [
    "an opening subordinate clause ends at its comma: the main clause's subject is no object",
    "After U.S. forces seized Nicolás Maduro, Delcy Rodríguez took over.",
    ["U.S. military -TARGETS-> Nicolás Maduro"],
    ["U.S. military -TARGETS-> Delcy Rodríguez"],
  ],
  [
    "a designation of relatives named through a possessive designates them, not the possessor",
    "Petro was sanctioned in October. The Treasury Department also sanctioned Petro's wife, Verónica Alcocer, and his son Nicolás Petro.",
    ["Treasury Department -DESIGNATES-> Verónica Alcocer", "Treasury Department -DESIGNATES-> Nicolás Petro"],
    ["Treasury Department -DESIGNATES-> Gustavo Petro"],
  ],
  [
    "people coordinated after a designation are all designated",
    "The Treasury Department sanctioned Ovidio Guzmán and Iván Archivaldo Guzmán on Friday.",
    [
      "Treasury Department -DESIGNATES-> Ovidio Guzmán",
      "Treasury Department -DESIGNATES-> Iván Archivaldo Guzmán",
    ],
    [],
  ],
  [
    "a possession of a group named through it is acted on as the group",
    "The U.S. Coast Guard seized a vessel linked to the Clan del Golfo. Mexican marines dismantled three laboratories belonging to the Sinaloa Cartel.",
    ["U.S. Coast Guard -TARGETS-> Clan del Golfo", "Mexico -TARGETS-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: what is linked to an institution is not aimed at by the seizure of other things",
    "Ecuador seized weapons linked to the army.",
    [],
    ["Ecuador -TARGETS-> Ecuadorian Army"],
  ],
  [
    "a spokesperson relays the group's threat without sharing it",
    "The Houthis fired a missile at a tanker. Houthi spokesman Yahya Saree said the group would keep targeting ships linked to Israel.",
    ["Houthis -THREATENS-> Israel"],
    ["Yahya Saree -THREATENS-> Israel"],
  ],
  [
    "a group named through its counted or capitalised leaders is the passive's object",
    "Leaders of the Tren de Aragua were charged by U.S. prosecutors. Two leaders of the Gulf Clan were arrested by Colombian police.",
    ["United States -TARGETS-> Tren de Aragua", "Colombia -TARGETS-> Clan del Golfo"],
    [],
  ],
  [
    "a state before a title names the title: the titled person acts",
    "U.S. Secretary of State Marco Rubio warned Venezuela on Monday. Mexico's Foreign Minister Juan Ramón de la Fuente criticized the United States.",
    ["Marco Rubio -THREATENS-> Venezuela", "Juan Ramón de la Fuente -OPPOSES-> United States"],
    ["United States -THREATENS-> Venezuela", "Mexico -OPPOSES-> United States"],
  ],
  [
    "trap: a titled person inside a phrase is no subject",
    "Since the abduction of Venezuelan President Nicolás Maduro, Mexico has worked with the United States.",
    ["Mexico -COOPERATES_WITH-> United States"],
    ["Nicolás Maduro -COOPERATES_WITH-> United States", "Mexico -COOPERATES_WITH-> Nicolás Maduro"],
  ],
  [
    "trap: a titled person beside the speaker is no object",
    '"We will not allow the gangs to run this country," Marco Rubio told reporters, standing beside acting Commissioner of Police Allan Pierre.',
    [],
    ["Marco Rubio -OPPOSES-> Allan Pierre"],
  ],
  [
    "'police in X' is X acting",
    "Police in Trinidad and Tobago arrested a suspected leader of the Six Boys gang on Monday.",
    ["Trinidad and Tobago -TARGETS-> Six Boys"],
    [],
  ],
  [
    "'authorities in X' after a reporting verb is X acting",
    "The ministry said authorities in Honduras had detained two members of MS-13.",
    ["Honduras -TARGETS-> MS-13"],
    [],
  ],
  [
    "trap: another state's officials in X are not X",
    "U.S. officials in Mexico arrested two members of the Sinaloa Cartel.",
    ["United States -TARGETS-> Sinaloa Cartel"],
    ["Mexico -TARGETS-> Sinaloa Cartel"],
  ],
  [
    "trap: foreign officials in X are not X",
    "Foreign officials in Haiti criticized the Transitional Presidential Council.",
    [],
    ["Haiti -OPPOSES-> Transitional Presidential Council"],
  ],
  [
    "an opening phrase without its comma: the actor before the verb is the subject",
    "By the end of the year Ecuador had arrested more than 200 members of Los Lobos.",
    ["Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "an opening phrase naming an actor: the one before the verb is the subject",
    "Under pressure from Washington Mexico extradited 26 members of the Sinaloa Cartel.",
    ["Mexico -TARGETS-> Sinaloa Cartel"],
    ["United States -TARGETS-> Sinaloa Cartel"],
  ],
  [
    "trap: an actor ending a phrase inside the clause is no subject",
    "Agents acting on a tip from Colombia arrested two members of the Gulf Clan.",
    [],
    ["Colombia -TARGETS-> Clan del Golfo"],
  ],
  [
    "'the government of X' is X acting",
    "The government of Ecuador declared Los Lobos a terrorist organization.",
    ["Ecuador -DESIGNATES-> Los Lobos"],
    [],
  ],
  [
    "'the government of X' as an object",
    "The ELN attacked the government of Colombia in a statement.",
    ["ELN -TARGETS-> Colombia"],
    [],
  ],
  [
    "people counted, then some of them named: 'among them'",
    "The Mexican army captured five gang members on Friday, among them Ovidio Guzmán.",
    ["Mexican Army -TARGETS-> Ovidio Guzmán"],
    [],
  ],
  [
    "designation of people counted, then named with their coordinates",
    "The State Department sanctioned six people it called money launderers, among them Ovidio Guzmán and Iván Archivaldo Guzmán.",
    ["State Department -DESIGNATES-> Ovidio Guzmán", "State Department -DESIGNATES-> Iván Archivaldo Guzmán"],
    [],
  ],
  [
    "trap: a person after a counted group with no 'including' is not its member",
    "The State Department sanctioned six companies on Friday, days after Ovidio Guzmán was extradited.",
    [],
    ["State Department -DESIGNATES-> Ovidio Guzmán"],
  ],
  [
    "trap: the possessor in an apposition is not the object",
    "Brazil's Federal Police raided companies run by the Primeiro Comando da Capital (PCC), the country's largest criminal faction.",
    ["Brazilian Federal Police -TARGETS-> Primeiro Comando da Capital"],
    ["Brazilian Federal Police -TARGETS-> Brazil"],
  ],
  [
    "trap: the possessor in an apposition of the subjects is no partner",
    "Colombia and Ecuador, Peru's neighbours, signed a deal with Brazil.",
    ["Brazil -COOPERATES_WITH-> Colombia"],
    ["Brazil -COOPERATES_WITH-> Peru"],
  ],
  [
    "trap: a title before 'said' is the speaker's, not the apposed person's",
    "Ecuador arrested Hugo Salas, Peru's interior minister said.",
    ["Ecuador -TARGETS-> Hugo Salas"],
    ["Hugo Salas -MEMBER_OF-> Peru"],
  ],
  [
    "an apposition closed by a comma still gives the role",
    "Hugo Salas, Peru's interior minister, said Ecuador was wrong.",
    ["Hugo Salas -MEMBER_OF-> Peru"],
    [],
  ],
  [
    "a gang role noun before a name: the person is found, captured and a member",
    "Mexican marines captured a senior Sinaloa Cartel operator, Julio César Ríos, in Culiacán.",
    ["Mexico -TARGETS-> Julio César Ríos", "Julio César Ríos -MEMBER_OF-> Sinaloa Cartel"],
    ["Mexico -TARGETS-> Sinaloa Cartel"],
  ],
  [
    "'a <group> commander, X' is one of its commanders",
    "Mexican marines captured a Sinaloa Cartel commander, Julio César Ríos, in Culiacán.",
    ["Julio César Ríos -MEMBER_OF-> Sinaloa Cartel"],
    ["Julio César Ríos -LEADS-> Sinaloa Cartel"],
  ],
  [
    "'<group> leader X' still leads it",
    "Mexican marines captured Sinaloa Cartel leader Julio César Ríos in Culiacán.",
    ["Julio César Ríos -LEADS-> Sinaloa Cartel", "Mexico -TARGETS-> Julio César Ríos"],
    [],
  ],
  [
    "people someone described as members of a group: the group is targeted, the describer is not",
    "A U.S. strike killed six people the Pentagon described as members of Tren de Aragua.",
    ["United States -TARGETS-> Tren de Aragua"],
    ["United States -TARGETS-> U.S. military"],
  ],
  [
    "a rank between a title and the name: the title still names the head",
    "The delegation was led by Southern Command's chief, General Laura Richardson.",
    ["Laura Richardson -LEADS-> U.S. Southern Command"],
    [],
  ],
  [
    "a part of a group named through it is the group's",
    "Costa Rican police dismantled a network linked to the Gulf Clan. Ecuador raided two cells loyal to Los Lobos.",
    ["Costa Rica -TARGETS-> Clan del Golfo", "Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
  [
    "trap: a person linked to a group is not the group",
    "Ecuador arrested a lawyer linked to Los Lobos.",
    [],
    ["Ecuador -TARGETS-> Los Lobos"],
  ],
  [
    "trap: a participle's 'by' agent acts on the noun before it, not on the subject",
    "Venezuela freed ten prisoners in exchange for 250 Venezuelans deported by the United States. Mexico received 29 prisoners extradited by Colombia.",
    [],
    ["Venezuela -TARGETS-> United States", "Mexico -TARGETS-> Colombia"],
  ],
  [
    "a participle between commas: its agent acts on the actor it describes",
    "Ecuador, backed by the United States, attacked Los Lobos.",
    ["Ecuador -COOPERATES_WITH-> United States", "Ecuador -TARGETS-> Los Lobos"],
    [],
  ],
];

tripleTable("arguments in news copy", TABLE);
