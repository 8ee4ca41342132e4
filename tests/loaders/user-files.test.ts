/**
 * User actors and cues files (loaders/user): merged over the built-ins, validated with errors that
 * name the file, the entry and the field, passed to the extraction worker threads, and extended one
 * actor at a time by appendUserActor.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "../../graph/errors.ts";
import { extractDocument } from "../../loaders/extract/index.ts";
import { makeDocument } from "../../loaders/read/document.ts";
import {
  appendUserActor,
  readUserActors,
  readUserCues,
  userExtractOptions,
} from "../../loaders/user/index.ts";
import { ExtractPool } from "../../src/ingest/pool.ts";

const dir = mkdtempSync(join(tmpdir(), "kgx-user-"));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

const GANG = { name: "Kraze Bayè", kind: "Cartel", aliases: ["Kraze Baye"] };
const MINISTER = {
  name: "Lucien Marcellus",
  kind: "Person",
  aliases: ["Marcellus"],
  roles: [{ type: "MEMBER_OF", org: "Haiti", titles: ["Justice Minister"], from: "2025-01-01" }],
};
const actors = file("actors.json", [GANG, MINISTER]);
const cues = file("cues.json", { OPPOSES: { verb: ["upbraid(?:s|ed|ing)?"] } });
const TEXT = "Lucien Marcellus condemned Kraze Bayè on Tuesday. Kraze Baye upbraided Haiti on Wednesday.";

function triples(options: ReturnType<typeof userExtractOptions>, text = TEXT) {
  const g = extractDocument(makeDocument({ text, source: "t.txt", published: "2026-01-10" }), options);
  const name = new Map(g.nodes.map((n) => [n.id, n.name]));
  return g.edges.map((e) => `${name.get(e.source)} -${e.type}-> ${name.get(e.target)}`).sort();
}

/** The error `fn` throws: its code and message. */
function failure(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a failure");
}

afterAll(() => {
  expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

describe("user actors and cues files", () => {
  it("finds nothing of the gang and the minister without the files", () => {
    expect(triples({})).toEqual([]);
  });

  it("finds a gang and a minister added by file, with the minister's role and a user cue", () => {
    expect(triples(userExtractOptions({ actors, cues }))).toEqual([
      "Kraze Bayè -OPPOSES-> Haiti",
      "Lucien Marcellus -MEMBER_OF-> Haiti",
      "Lucien Marcellus -OPPOSES-> Kraze Bayè",
    ]);
  });

  it("replaces a built-in actor of the same name", () => {
    const replaced = file("replace.json", [
      { name: "Tren de Aragua", kind: "Cartel", aliases: ["TdA gang"] },
    ]);
    const options = userExtractOptions({ actors: replaced });
    const tda = options.gazetteer!.get("Tren de Aragua")!;
    expect(tda.aliases).toEqual(["TdA gang"]);
    expect(options.gazetteer!.actors.filter((a) => a.name === "Tren de Aragua")).toHaveLength(1);
  });

  it.each([
    ["a bad kind", [GANG, { name: "X", kind: "Gang" }], /entry 1 \("X"\), field kind:/],
    [
      "an unknown field",
      [{ ...GANG, alias: ["y"] }],
      /entry 0 \("Kraze Bayè"\), field \(the entry itself\): Unrecognized key: "alias"/,
    ],
    [
      "a bad role type",
      [{ ...MINISTER, roles: [{ type: "BOSS", org: "Haiti", titles: [] }] }],
      /entry 0 \("Lucien Marcellus"\), field roles\.0\.type:/,
    ],
    ["a duplicate name", [GANG, GANG], /entry 1 \("Kraze Bayè"\), field name: entry 0 has the same name/],
    ["not an array", { actors: [] }, /must be a JSON array of actors/],
    ["broken JSON", "[{", /not valid JSON/],
  ])("refuses an actors file with %s, naming file, entry and field", (_what, content, re) => {
    const path = file("bad-actors.json", content);
    const { code, message } = failure(() => readUserActors(path));
    expect(code).toBe("CONFIG_INVALID");
    expect(message).toContain(`User actors file ${path}: `);
    expect(message).toMatch(re);
  });

  it.each([
    ["an unknown relation type", { HATES: { verb: ["hate"] } }, /entry HATES: not a relation type/],
    ["an unknown form", { OPPOSES: { adverb: ["angrily"] } }, /entry OPPOSES: Unrecognized key: "adverb"/],
    [
      "a broken pattern",
      { OPPOSES: { verb: ["upbraid(s"] } },
      /entry OPPOSES\.verb\.0: not a valid regular expression/,
    ],
    ["a pattern that is not a string", { TARGETS: { noun: ["raid", 3] } }, /entry TARGETS\.noun\.1: /],
  ])("refuses a cues file with %s, naming file, entry and field", (_what, content, re) => {
    const path = file("bad-cues.json", content);
    const { code, message } = failure(() => readUserCues(path));
    expect(code).toBe("CONFIG_INVALID");
    expect(message).toContain(`User cues file ${path}: `);
    expect(message).toMatch(re);
  });

  it("names a missing file", () => {
    const missing = join(dir, "nope.json");
    expect(failure(() => userExtractOptions({ actors: missing })).message).toBe(
      `User actors file ${missing}: cannot be read (ENOENT). Fix the file (same schema as loaders/gazetteer/actors.json) or unset KGX_ACTORS / --actors.`,
    );
  });

  it("passes the files to the extraction worker threads", async () => {
    const pool = new ExtractPool(2, { actors, cues });
    try {
      const docs = [makeDocument({ text: TEXT, source: "w.txt", published: "2026-01-10" })];
      const { graph, failed } = await pool.run(docs);
      expect(failed).toEqual([]);
      expect(graph.nodes.map((n) => n.name).sort()).toEqual(["Haiti", "Kraze Bayè", "Lucien Marcellus"]);
      expect(graph.edges).toHaveLength(3);
    } finally {
      await pool.close();
    }
  }, 30_000);
});

describe("appendUserActor", () => {
  it("creates the file, appends, replaces by name, and the extractor reads the new version", () => {
    const path = join(dir, "sub", "mine.json");
    expect(appendUserActor(path, GANG)).toMatchObject({ replaced: false, count: 1 });
    expect(triples(userExtractOptions({ actors: path }))).toEqual([]);
    expect(appendUserActor(path, MINISTER)).toMatchObject({ replaced: false, count: 2 });
    expect(appendUserActor(path, { ...GANG, aliases: ["KB"] })).toMatchObject({ replaced: true, count: 2 });
    expect(readUserActors(path).map((a) => [a.name, a.aliases])).toEqual([
      ["Kraze Bayè", ["KB"]],
      ["Lucien Marcellus", ["Marcellus"]],
    ]);
    expect(triples(userExtractOptions({ actors: path }))).toEqual([
      "Lucien Marcellus -MEMBER_OF-> Haiti",
      "Lucien Marcellus -OPPOSES-> Kraze Bayè",
    ]);
  });

  it("refuses an invalid actor and leaves the file as it was", () => {
    const path = file("keep.json", [GANG]);
    const before = readFileSync(path, "utf8");
    const { code, message } = failure(() =>
      appendUserActor(path, { name: "Y", kind: "Person", roles: [{}] }),
    );
    expect(code).toBe("CONFIG_INVALID");
    expect(message).toMatch(
      new RegExp(`^User actors file ${path}: new actor \\("Y"\\), field roles\\.0\\.type: `),
    );
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  it("refuses to append to a file that is already invalid", () => {
    const path = file("broken.json", [{ name: "Z" }]);
    expect(failure(() => appendUserActor(path, GANG)).message).toMatch(/entry 0 \("Z"\), field kind:/);
  });
});
