/**
 * Regressions of issue 9 item 6: offsets slice the input as given (leading blank lines, CRLF,
 * trailing spaces), reported cooperation belongs to the embedded subject, a stance verb group
 * takes its own clause's subject and object, and scripts/why.ts explains a missing graph.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, type TripleRow, tripleTable } from "./helpers.ts";

describe("offsets slice the text as given", () => {
  it.each([
    [
      "leading blank lines",
      "\n\nPresident Donald Trump threatened Mexico. Claudia Sheinbaum rejected U.S. troops.\n",
    ],
    [
      "CRLF and trailing spaces",
      "Title line  \r\n\r\nDonald Trump threatened Mexico.  \r\nClaudia Sheinbaum rejected U.S. troops.\r\n",
    ],
    ["spaces before the text", "   \t\n  Donald Trump threatened Mexico."],
  ])("%s", (_name, text) => {
    const { graph } = extract(text);
    expect(graph.nodes.length).toBeGreaterThan(1);
    for (const n of graph.nodes)
      for (const m of n.mentions) expect([n.name, ...n.aliases]).toContain(text.slice(m.start, m.end));
    for (const e of graph.edges)
      for (const ev of e.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.sentence);
  });
});

const TABLE: TripleRow[] = [
  [
    "reported cooperation stays with the embedded subject",
    "Sheinbaum said Mexico would keep cooperating with the United States on security.",
    ["Mexico -COOPERATES_WITH-> United States"],
    ["Claudia Sheinbaum -COOPERATES_WITH-> United States"],
  ],
  [
    "a stance verb in a later clause does not target the earlier subject",
    "Harfuch said Mexico cooperates with the DEA but will not accept foreign troops.",
    ["DEA -COOPERATES_WITH-> Mexico"],
    ["Omar García Harfuch -OPPOSES-> Mexico", "Omar García Harfuch -COOPERATES_WITH-> DEA"],
  ],
  [
    "a stance verb group takes subject and object",
    "Guatemala will not accept Honduran troops on its soil.",
    ["Guatemala -OPPOSES-> Honduras"],
    ["Honduras -OPPOSES-> Guatemala"],
  ],
  [
    "reported stance verb: embedded subject and speaker",
    "Sheinbaum said Mexico will not accept U.S. troops.",
    ["Mexico -OPPOSES-> United States", "Claudia Sheinbaum -OPPOSES-> United States"],
    ["Claudia Sheinbaum -OPPOSES-> Mexico"],
  ],
];

tripleTable("relations of item 6b", TABLE);

describe("scripts/why.ts", () => {
  it("says which graph is missing and what to do, without a stack trace", () => {
    const cwd = mkdtempSync(join(tmpdir(), "kgx-why-"));
    const tsx = join(process.cwd(), "node_modules/.bin/tsx");
    const r = spawnSync(tsx, [join(process.cwd(), "scripts/why.ts")], {
      cwd,
      encoding: "utf8",
      env: { ...process.env, KGX_GRAPH: "" },
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^why: no graph at \.data\/seeds\.graph\.json: run `npm run eval` first/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
