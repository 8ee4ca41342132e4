/**
 * A minister leads the ministry of their portfolio, a police commissioner the one police force,
 * when the document names it; deputies, former ministers, other portfolios ("Security" is not
 * "Homeland Security"), foreign police chiefs and ministers titled by another state lead nothing. Titles as heads of research groups.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a title before the name: the dateline's state names the ministry",
    "QUITO, March 2 (Wire) - Defence Minister Gian Carlo Loffredo said the Defence Ministry would send 2,000 troops to the port.",
    ["Gian Carlo Loffredo -LEADS-> Ecuadorian Defence Ministry"],
    [],
  ],
  [
    "a portfolio of two words",
    "Homeland Security Secretary Kristi Noem visited the prison, and the Department of Homeland Security said more flights would follow.",
    ["Kristi Noem -LEADS-> Department of Homeland Security"],
    [],
  ],
  [
    "an apposition after the name",
    "Rafael Ortiz, the justice minister, told reporters that the Justice Ministry had opened an inquiry into the guards.",
    ["Rafael Ortiz -LEADS-> Justice Ministry"],
    [],
  ],
  [
    "trap: another state's minister does not lead the dateline state's ministry",
    "QUITO, March 2 (Wire) - The Defence Ministry sent troops to the port. Colombia's defence minister, Pedro Sánchez, promised help.",
    ["Pedro Sánchez -MEMBER_OF-> Colombia"],
    ["Pedro Sánchez -LEADS-> Ecuadorian Defence Ministry"],
  ],
  [
    "a state named before the title and its own ministry",
    "QUITO, March 2 (Wire) - Ecuador's defence minister, Gian Carlo Loffredo, said the Defence Ministry would send troops.",
    ["Gian Carlo Loffredo -LEADS-> Ecuadorian Defence Ministry"],
    [],
  ],
  [
    "a deputy minister is not the head",
    "Deputy Justice Minister Rafael Ortiz said the Justice Ministry had opened an inquiry.",
    [],
    ["Rafael Ortiz -LEADS-> Justice Ministry"],
  ],
  [
    "trap: 'Security' is not 'Homeland Security'",
    "Justice and Security Minister Gustavo Ferrer met officials of the Department of Homeland Security on Monday.",
    [],
    ["Gustavo Ferrer -LEADS-> Department of Homeland Security"],
  ],
  [
    "trap: two ministries of the portfolio, no guess",
    "Interior Minister Laura Vega met officers of the Peruvian Interior Ministry and the Chilean Interior Ministry.",
    [],
    ["Laura Vega -LEADS-> Peruvian Interior Ministry", "Laura Vega -LEADS-> Chilean Interior Ministry"],
  ],
  [
    "an acting police commissioner leads the one police force",
    "The Jamaica Constabulary Force arrested 12 men, acting Commissioner of Police Ana Reyes said.",
    ["Ana Reyes -LEADS-> Jamaica Constabulary Force"],
    [],
  ],
  [
    "trap: a foreign police chief does not lead this country's police",
    "Kenyan police chief Samuel Koech met officers of the Haitian National Police in Port-au-Prince.",
    [],
    ["Samuel Koech -LEADS-> Haitian National Police"],
  ],
  [
    "a co-director heads the group named after its kind",
    "Ana Ruiz, co-director of the research group InSight Crime, said the figures were unreliable.",
    ["Ana Ruiz -LEADS-> InSight Crime"],
    [],
  ],
];

tripleTable("ministers lead their ministries", TABLE);
