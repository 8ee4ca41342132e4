/**
 * People who run a part of an organisation belong to it ("X ran the gang's extortion network"), and
 * titles held in a described organisation ("X, the gang's leader", "X, the leader of the gang").
 * Traps: the organisation run whole, a title in a phrase, a person who is not the verb's subject.
 * Sentences are ours.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "running a possession of a described group, past an alias",
    'Police arrested a leader of Los Tiguerones on Monday. The detainee, Mario Quiñónez, alias "Flaco", ran the gang\'s extortion network in the port.',
    ["Mario Quiñónez -MEMBER_OF-> Los Tiguerones"],
    ["Mario Quiñónez -LEADS-> Los Tiguerones"],
  ],
  [
    "a relative clause: 'who managed the group's finances'",
    "Los Choneros lost another commander on Friday. Police said Pedro Vélez, who managed the group's finances, was detained in Manta.",
    ["Pedro Vélez -MEMBER_OF-> Los Choneros"],
    [],
  ],
  [
    "a named group's possession",
    "Ismael Zambada ran the Sinaloa Cartel's operations for decades.",
    ["Ismael Zambada -MEMBER_OF-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: a possession the subject does not run",
    "Ismael Zambada praised the Sinaloa Cartel's operations in Culiacán.",
    [],
    ["Ismael Zambada -MEMBER_OF-> Sinaloa Cartel"],
  ],
  [
    "trap: someone else runs it ('X said Y ran ...')",
    "Omar García Harfuch said the men ran the Sinaloa Cartel's laboratories.",
    [],
    ["Omar García Harfuch -MEMBER_OF-> Sinaloa Cartel"],
  ],
  [
    "an apposition title in a described group: 'the gang's leader'",
    "Gran Grif controls the Artibonite valley. Luckson Elan, the gang's leader, is under sanctions.",
    ["Luckson Elan -LEADS-> Gran Grif"],
    [],
  ],
  [
    "'a member of the gang's national leadership' after 'described by prosecutors as'",
    'El Salvador sent 40 members of MS-13 to the United States. They include Rosa Cárcamo, known as "La Sombra", described by prosecutors as a member of the gang\'s national leadership.',
    ["Rosa Cárcamo -MEMBER_OF-> MS-13"],
    [],
  ],
  [
    "'the leader of the gang'",
    "Gran Grif controls the Artibonite valley. Luckson Elan, the leader of the gang, is under sanctions.",
    ["Luckson Elan -LEADS-> Gran Grif"],
    [],
  ],
];

tripleTable("people running parts of organisations", TABLE);
