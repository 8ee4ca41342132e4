/**
 * Party membership from possessives ("X's Morena party", "Morena, X's party", "a member of
 * President X's Y party"), the first of two Spanish surnames as a short form, a title opening a
 * sentence kept out of a name, and "helped track X" (X is tracked, not helped).
 */
import { type TripleRow, tripleTable } from "./helpers.ts";

const TABLE: TripleRow[] = [
  [
    "a leader's party by possessive, and a member of it named after the leader",
    "Mayor Lucía Ferrer, a member of President Gabriel Boric's Social Convergence party, criticised the raids.",
    ["Gabriel Boric -MEMBER_OF-> Social Convergence", "Lucía Ferrer -MEMBER_OF-> Social Convergence"],
    ["Mayor Lucía Ferrer -MEMBER_OF-> Social Convergence"],
  ],
  [
    "a place and its title before an apposition's name are no part of the name",
    "The case exposed a rivalry. Minas Gerais Governor Romeu Zema, a likely opponent of President Luiz Inácio Lula da Silva, criticised the raids.",
    ["Romeu Zema -OPPOSES-> Luiz Inácio Lula da Silva"],
    ["Gerais Governor Romeu Zema -OPPOSES-> Luiz Inácio Lula da Silva"],
  ],
  [
    "'Party, X's party' after the person is named",
    "Senator Lucía Ferrer voted no. The Liberal Party, Ferrer's party, called the decree unconstitutional.",
    ["Lucía Ferrer -MEMBER_OF-> Liberal Party"],
    [],
  ],
  [
    "trap: a possessive before a body that is not a party",
    "Gabriel Boric's Interior Ministry said the raids would continue.",
    [],
    ["Gabriel Boric -MEMBER_OF-> Interior Ministry"],
  ],
  [
    "the first of two surnames refers to the person",
    "Sinaloa Governor Rubén Rocha Moya spoke on Monday. Rocha, a member of the ruling Morena party, denied any link.",
    ["Rubén Rocha Moya -MEMBER_OF-> MORENA"],
    [],
  ],
  [
    "helping track a person is not cooperating with him",
    "Police arrested Fausto Intriago Mendoza on Monday. The FBI had helped track Intriago through his phones.",
    [],
    ["FBI -COOPERATES_WITH-> Fausto Intriago Mendoza"],
  ],
];

tripleTable("party membership and surnames", TABLE);
