/**
 * The cue lexicon (loaders/gazetteer/cues.json) compiled to regular expressions: per relation type
 * verb, noun, stance and phrase cues; and the modal, negation and reporting-verb word lists.
 */
import { readFileSync } from "node:fs";
import type { RelationType } from "../../graph/ontology.ts";

/** How a cue reads its arguments. */
export type CueForm = "verb" | "noun" | "stance" | "phrase";

/** One compiled cue pattern. */
export interface Cue {
  type: RelationType;
  form: CueForm;
  re: RegExp;
  /** Lower-case letters every match starts with ("" when the pattern starts with a group): a sentence without them cannot match. */
  literal: string;
}

/** The literal lower-case letters a pattern starts with, up to its first regular-expression operator. */
function literalPrefix(pattern: string): string {
  const lead = /^[a-z ]+/i.exec(pattern)?.[0] ?? "";
  const next = pattern[lead.length];
  const safe = next === "?" || next === "*" || next === "{" ? lead.slice(0, -1) : lead;
  return safe.toLowerCase();
}

interface Raw {
  modal: string[];
  negation: string[];
  reporting: string[];
  [type: string]: unknown;
}

const raw = JSON.parse(readFileSync(new URL("../gazetteer/cues.json", import.meta.url), "utf8")) as Raw;
const words = (list: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${list.join("|")})(?![\\p{L}])`, "giu");

/** Every cue, longest patterns first within a type. */
export const CUES: Cue[] = Object.entries(raw)
  .filter(([k]) => /^[A-Z_]+$/.test(k))
  .flatMap(([type, forms]) =>
    Object.entries(forms as Record<string, string[]>).flatMap(([form, patterns]) =>
      patterns.map((p) => ({
        type: type as RelationType,
        form: form as CueForm,
        re: new RegExp(`(?<![\\p{L}])(?:${p})(?![\\p{L}])`, "giu"),
        literal: literalPrefix(p),
      })),
    ),
  );

/** Modal / future / hypothetical markers. */
export const MODAL = words(raw.modal);
/** Negators ("n't" also glued to its auxiliary: "doesn't", "won't"). */
export const NEGATION = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${raw.negation.join("|")})|n[’']t)(?![\\p{L}])`,
  "giu",
);
/** Reporting verbs. */
export const REPORTING = new RegExp(`(?<![\\p{L}])(?:${raw.reporting.join("|")})(?![\\p{L}])`, "gu");

/** Counts matches of `re` in `s`. */
export function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return [...s.matchAll(re)].length;
}
