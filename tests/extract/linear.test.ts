/**
 * Extraction work grows linearly with document size. Measured by counting reads of the mention
 * array made by the relation rules (a deterministic count, never a time), and by extracting a
 * multi-megabyte document whose evidence must be exactly proportional to its repetitions.
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../loaders/extract/gazetteer.ts";
import { findMentions } from "../../loaders/extract/index.ts";
import type { Mention } from "../../loaders/extract/mentions.ts";
import { cueRelations } from "../../loaders/extract/relations.ts";
import { roleRelations } from "../../loaders/extract/roles.ts";
import { splitSentences } from "../../loaders/extract/sentences.ts";
import { extract } from "./helpers.ts";

const PARAGRAPH = [
  "President Donald Trump warned Mexico on Tuesday that strikes could follow.",
  "Claudia Sheinbaum rejected any deployment of foreign troops, calling it a red line.",
  "He said the United States would strike the Sinaloa Cartel.",
  "The Mexican Navy raided laboratories linked to the CJNG in Sinaloa.",
  "Colombia and Venezuela agreed to a deal between the two countries.",
].join(" ");

const text = (copies: number) => Array.from({ length: copies }, () => PARAGRAPH).join("\n\n");

/** Reads of numeric indexes of `mentions` made by the cue and role rules on `copies` paragraphs. */
function reads(copies: number): number {
  const t = text(copies);
  const gaz = defaultGazetteer();
  const mentions = findMentions(t, gaz);
  let count = 0;
  const counted = new Proxy(mentions, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && /^\d+$/.test(prop)) count++;
      return Reflect.get(target, prop, receiver);
    },
  }) as Mention[];
  const sentences = splitSentences(t);
  cueRelations(sentences, counted);
  roleRelations(t, sentences, counted, gaz, "2026-01-10");
  return count;
}

describe("linear extraction", () => {
  it("reads the mention list a number of times proportional to the document", () => {
    const small = reads(50);
    const large = reads(400);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(8 * 1.25);
  });

  it("extracts a 3 MB document with evidence growing by the same amount per repetition", {
    timeout: 300_000,
  }, () => {
    const evidence = (copies: number) => {
      const { graph, triples } = extract(text(copies));
      return { triples, count: graph.edges.reduce((n, e) => n + e.evidence.length, 0) };
    };
    const one = evidence(1);
    const perCopy = evidence(2).count - one.count;
    const copies = Math.ceil((3 * 1024 * 1024) / (PARAGRAPH.length + 2));
    const big = evidence(copies);
    expect(perCopy).toBeGreaterThan(0);
    expect(big.triples).toEqual(one.triples);
    expect(big.count).toBe(one.count + perCopy * (copies - 1));
  });
});
