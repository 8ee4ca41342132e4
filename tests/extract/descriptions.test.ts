/**
 * Which actor a definite description stands for: the previous sentence's subject over the object
 * named last ("The PCC has fought the Red Command ... the gang's"), an institution named by the
 * noun however far back ("the mission"), and no description where the text goes on to name it
 * ("the faction known as X"). Sentences are ours.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

/** Padding of more than 500 characters with no actor in it. */
const FAR =
  "The airport reopened to commercial flights on Tuesday after weeks of closure. Fuel deliveries resumed in the capital and schools reopened in several districts. Residents said the roads to the north were still blocked by barricades, and aid groups reported shortages of food and clean water in the camps that house people displaced by the fighting. The rainy season, which begins in April, is expected to make conditions worse in the coming weeks. Prices of rice and cooking oil have doubled since January.";

const TABLE: TripleRow[] = [
  [
    "the previous sentence's subject, not its object",
    'The First Capital Command has fought the Red Command for control of cocaine routes for a decade. Among the fugitives is Marcos Rocha, known as "Tuta", whom prosecutors describe as one of the gang\'s top financial operators.',
    ["Marcos Rocha -MEMBER_OF-> Primeiro Comando da Capital"],
    ["Marcos Rocha -MEMBER_OF-> Comando Vermelho"],
  ],
  [
    "trap: in the same sentence, the nearest still wins",
    "The First Capital Command attacked the Red Command in Ceará, and Marcos Rocha, the gang's leader, fled.",
    ["Marcos Rocha -LEADS-> Comando Vermelho"],
    ["Marcos Rocha -LEADS-> Primeiro Comando da Capital"],
  ],
  [
    "'the mission' far after the Mission's name",
    `Kenya leads the Multinational Security Support Mission in Haiti. ${FAR} Haiti's police chief thanked the Haitian National Police officers. "We will stay," said Godfrey Otunge, the commander of the mission.`,
    ["Godfrey Otunge -LEADS-> Multinational Security Support Mission"],
    ["Godfrey Otunge -LEADS-> Haitian National Police"],
  ],
  [
    "'the faction known as X' names X, it does not refer back",
    'Mexican marines arrested Sinaloa Cartel operative Héctor Lizárraga Ruiz, alias "El Güero," in Culiacán. Lizárraga, a regional commander of the faction known as Los Chapitos, is wanted in Arizona.',
    ["Héctor Lizárraga Ruiz -MEMBER_OF-> Los Chapitos"],
    [],
  ],
];

tripleTable("definite descriptions", TABLE);
