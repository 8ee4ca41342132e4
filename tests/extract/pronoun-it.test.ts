/**
 * "it" as the subject of an action refers to the actor that opens the previous sentence, when that
 * actor is no person; impersonal "it" ("it is unclear", "it seems"), quoted "it" and a previous
 * sentence opened by no actor give no link. Reported speech ("officials say it works with") keeps
 * "it", not the speaker, as the agent.
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "'It works with' is the previous sentence's group",
    "Los Pinos is Peru's largest gang. It works with the Gulf Cartel.",
    ["Gulf Cartel -COOPERATES_WITH-> Los Pinos"],
    [],
  ],
  [
    "'officials say it works with': it, not the speaker",
    "Los Pinos is Peru's largest gang. U.S. officials say it works with the Gulf Cartel.",
    ["Gulf Cartel -COOPERATES_WITH-> Los Pinos"],
    ["Gulf Cartel -COOPERATES_WITH-> United States"],
  ],
  [
    "'It said' after a state's act is the state speaking",
    "Mexico rejected the plan. It said the United States had no right to intervene.",
    ["Mexico -OPPOSES-> United States"],
    [],
  ],
  [
    "impersonal 'it is unclear' refers to nothing",
    "Los Pinos is Peru's largest gang. It is unclear whether it still attacks the Peruvian Navy.",
    [],
    ["Los Pinos -TARGETS-> Peruvian Navy"],
  ],
  [
    "a previous sentence opened by no actor gives 'it' no referent",
    "The raid on the port lasted two hours and Los Pinos lost ten men. It killed the commander of the Gulf Cartel.",
    [],
    ["Los Pinos -TARGETS-> Gulf Cartel"],
  ],
];

tripleTable("'it' as a subject", TABLE);

tripleTable("'it' right after 'said'", [
  [
    "'X said it would' is X, not the previous sentence's topic",
    "Mexico rejected the plan. Peru said it would cooperate with the United States.",
    ["Peru -COOPERATES_WITH-> United States"],
    ["Mexico -COOPERATES_WITH-> United States"],
  ],
]);
