/**
 * Generic national institutions ("the Interior Ministry", "the National Police") named after their
 * state: the state named right before, the document's home state, or the last qualified one; the
 * bare surface stays an alias; a name of its own ("Cristosal") or one that names its state is kept.
 * A state's force in lower case ("Colombia's army") is the force the gazetteer lists.
 */
import { describe, expect, it } from "vitest";
import { genericInstitution } from "../../loaders/extract/national.ts";
import { extract, tripleTable } from "./helpers.ts";

describe("generic institution names", () => {
  it.each([
    ["Interior Ministry", true],
    ["National Police", true],
    ["Ministry of the Interior", true],
    ["Attorney General's Office", true],
    ["National Penitentiary Institute", true],
    ["of the", false],
    ["Police", false],
    ["Haitian National Police", false],
    ["Foundation for Peace and Reconciliation", false],
    ["Cristosal", false],
  ])("%s: %s", (name, generic) => {
    expect(genericInstitution(name)).toBe(generic);
  });
});

describe("national institutions in a document", () => {
  const nodes = (text: string) =>
    extract(text).graph.nodes.map((n) => [n.name, n.aliases.slice().sort()] as const);

  it("names them after the dateline's state and keeps the bare name as alias", () => {
    const found = nodes(
      "QUITO, March 2 (Wire) - The Interior Ministry said the National Police had detained four members of Los Lobos.",
    );
    expect(found).toContainEqual(["Ecuadorian Interior Ministry", ["Interior Ministry"]]);
    expect(found).toContainEqual(["Ecuadorian National Police", ["National Police"]]);
  });

  it("takes the state named right before over the home state", () => {
    const found = nodes(
      "QUITO, March 2 (Wire) - The National Police said Colombia's Interior Ministry had asked for the files.",
    );
    expect(found.map(([n]) => n)).toContain("Colombian Interior Ministry");
    expect(found.map(([n]) => n)).toContain("Ecuadorian National Police");
  });

  it("names a state-led institution once: the bare form joins the full name", () => {
    const found = nodes(
      "PORT OF SPAIN, May 2 (Wire) - The Trinidad and Tobago Defence Force deployed troops. The Defence Force said it had set up checkpoints.",
    );
    expect(found.filter(([n]) => n.includes("Defence Force"))).toEqual([
      ["Trinidad and Tobago Defence Force", ["Defence Force"]],
    ]);
  });

  it("leaves a generic name alone when the document has no state", () => {
    const found = nodes("The National Police said the gang had been dismantled.");
    expect(found.map(([n]) => n)).toContain("National Police");
  });
  it("keeps a state's police apart from its military", () => {
    const found = nodes("Colombian police arrested two men. The Colombian army patrolled the border.").map(
      ([n]) => n,
    );
    expect(found).toContain("Colombian National Police");
    expect(found).toContain("Colombian military");
  });
});

tripleTable("a state's force written in lower case", [
  [
    "'Colombia's army' is the army the gazetteer lists, as 'the Colombian army' is",
    "Colombia's army said it would pursue the Gulf Clan. Mexico's navy seized a boat of the Sinaloa Cartel.",
    ["Colombian military -THREATENS-> Clan del Golfo", "Mexican Navy -TARGETS-> Sinaloa Cartel"],
    [],
  ],
  [
    "trap: a force the gazetteer does not list stays the state",
    "Peru's army attacked the Shining Path.",
    ["Peru -TARGETS-> Shining Path"],
    [],
  ],
]);
