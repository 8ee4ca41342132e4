/**
 * Object relative clauses ("X, whom the Treasury sanctioned": the Treasury acts on X, not on the
 * next actor), accusations of acts ("whom prosecutors accuse of leading Y": X leads Y), and an
 * active "led"/"leads" with a group or a body as object. Traps: an accuser that is no actor, a
 * delegation or talks led, the group inside the accused person's label.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "whom + agent + verb: the agent acts on what whom stands for",
    "Also on the flight was Araceli Montiel Bravo, an accountant whom the U.S. Treasury sanctioned last year for allegedly laundering CJNG proceeds through currency exchanges in Guadalajara.",
    ["Treasury Department -DESIGNATES-> Araceli Montiel Bravo"],
    ["Treasury Department -DESIGNATES-> Jalisco New Generation Cartel"],
  ],
  [
    "whom + an accuser that is no actor: the accused leads the group",
    'The best known was Yorman Guevara Mendoza, alias "El Flaco," whom prosecutors accuse of leading Los Gallegos, a Tren de Aragua cell that operated in Arica.',
    ["Yorman Guevara Mendoza -LEADS-> Los Gallegos"],
    ["Yorman Guevara Mendoza -OPPOSES-> Los Gallegos", "Yorman Guevara Mendoza -LEADS-> Tren de Aragua"],
  ],
  [
    "an active lead of a state's force",
    "General Roberto Díaz Ortega led the Mexican Army for six years.",
    ["Roberto Díaz Ortega -LEADS-> Mexican Army"],
    [],
  ],
  [
    "trap: a delegation led is no state led",
    "Secretary of State Marco Rubio led the U.S. delegation to the talks in Doha.",
    ["Marco Rubio -MEMBER_OF-> United States"],
    ["Marco Rubio -LEADS-> United States"],
  ],
  [
    "trap: talks led are no partner led",
    "General Roberto Díaz Ortega led the talks with the Guatemalan Army on Monday.",
    [],
    ["Roberto Díaz Ortega -LEADS-> Guatemalan Army"],
  ],
];

tripleTable("object relatives and active leads", TABLE);
