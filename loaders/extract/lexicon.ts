/**
 * The cue lexicon (loaders/gazetteer/cues.json) compiled to regular expressions: per relation type
 * verb, noun, stance and phrase cues; and the modal, negation and reporting-verb word lists. A
 * user cue file (same schema, relation types only) merges over it with {@link mergeCueLexicons}.
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
  /**
   * Lower-case starts of which every match begins with one (the literal prefix, or one per
   * alternative of a leading group: "(?:had|has) failed" → ["had", "has"]); none when unknown. A
   * sentence containing none of them cannot match.
   */
  literals: string[];
}

/** Cue patterns per relation type and form, as the data file writes them. */
export type CuePatterns = Partial<Record<RelationType, Partial<Record<CueForm, string[]>>>>;

/** The literal lower-case letters a pattern starts with, up to its first regular-expression operator. */
function literalPrefix(pattern: string): string {
  const lead = /^[a-z ]+/i.exec(pattern)?.[0] ?? "";
  const next = pattern[lead.length];
  const safe = next === "?" || next === "*" || next === "{" ? lead.slice(0, -1) : lead;
  return safe.toLowerCase();
}

/** The top-level alternatives of the group opening at `open` ("(?:a|b)"), and where it closes. */
function groupAt(pattern: string, open: number): { alternatives: string[]; close: number } | undefined {
  let depth = 0;
  let from = open + 3;
  const alternatives: string[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      alternatives.push(pattern.slice(from, i));
      return { alternatives, close: i };
    } else if (c === "|" && depth === 1) {
      alternatives.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}

/**
 * What every match of `pattern` starts with, as lower-case alternatives (see {@link Cue}): its
 * literal prefix, else (after a leading lookbehind) the prefixes of a leading non-capturing
 * group's alternatives when each has two letters or more and the group is not optional.
 */
export function requiredStarts(pattern: string): string[] {
  const starts = startsOf(pattern).map((x) => x.trim().split(" ")[0]!);
  return starts.every((x) => x.length >= 2) ? starts : [];
}

/** {@link requiredStarts} before they are cut to their first word. */
function startsOf(pattern: string): string[] {
  // A leading lookbehind (its groups nested or not) says nothing of where a match starts.
  const behind = pattern.startsWith("(?<=") || pattern.startsWith("(?<!") ? groupAt(pattern, 0) : undefined;
  const body = behind ? pattern.slice(behind.close + 1) : pattern;
  const prefix = literalPrefix(body);
  if (prefix.trim().length >= 2) return [prefix];
  if (!body.startsWith("(?:")) return [];
  const group = groupAt(body, 0);
  if (!group || /^[?*{]/.test(body.slice(group.close + 1))) return [];
  const starts = group.alternatives.map(literalPrefix);
  const next = nextWordStarts(body.slice(group.close + 1));
  if (next.length) return next;
  return starts.every((x) => x.trim().length >= 2) ? starts : [];
}

/**
 * The starts of the word right after a leading group, when the pattern goes on with a space and
 * a literal word or a group of them ("(?:had|has) failed" → ["failed"]): rarer than the group's
 * own words, so a better test. Empty when what follows is not that plain.
 */
function nextWordStarts(rest: string): string[] {
  if (!rest.startsWith(" ")) return [];
  const after = rest.slice(1);
  if (after.startsWith("(?:")) {
    const group = groupAt(after, 0);
    if (!group || /^[?*{]/.test(after.slice(group.close + 1))) return [];
    const starts = group.alternatives.map(literalPrefix);
    return starts.every((x) => /^[a-z]{3}/.test(x)) ? starts : [];
  }
  const word = literalPrefix(after).split(" ")[0]!;
  return word.length >= 3 ? [word] : [];
}

interface Raw {
  modal: string[];
  negation: string[];
  reporting: string[];
  [type: string]: unknown;
}

const raw = JSON.parse(readFileSync(new URL("../gazetteer/cues.json", import.meta.url), "utf8")) as Raw;
const words = (list: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${list.join("|")})(?![\\p{L}])`, "giu");

/** A group of cues under an event category of political event coders (PLOVER/CAMEO), mapped to one relation type. */
interface Category extends Partial<Record<CueForm, string[]>> {
  type: RelationType;
}

/** The cue patterns of a category list, by relation type. */
function categoryPatterns(categories: Record<string, Category | string> = {}): CuePatterns {
  return Object.values(categories)
    .filter((c): c is Category => typeof c === "object")
    .reduce<CuePatterns>((acc, { type, ...forms }) => mergeCueLexicons(acc, { [type]: forms }), {});
}

/** The built-in cue patterns of cues.json: the per-type lists, then the categories' cues under their types. */
export const BUILTIN_CUE_PATTERNS: CuePatterns = mergeCueLexicons(
  Object.fromEntries(Object.entries(raw).filter(([k]) => /^[A-Z_]+$/.test(k))) as CuePatterns,
  categoryPatterns(raw.categories as Record<string, Category | string> | undefined),
);

/** One pattern compiled the way every cue is matched: case-insensitive, on word boundaries. */
export function compileCuePattern(pattern: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${pattern})(?![\\p{L}])`, "giu");
}

/** Compiles cue patterns, in data order. */
export function compileCues(patterns: CuePatterns): Cue[] {
  return Object.entries(patterns).flatMap(([type, forms]) =>
    Object.entries(forms ?? {}).flatMap(([form, list]) =>
      (list ?? []).map((p) => ({
        type: type as RelationType,
        form: form as CueForm,
        re: compileCuePattern(p),
        literals: requiredStarts(p),
      })),
    ),
  );
}

/** `base` with the patterns of `user` added to their type and form (a pattern already there is kept once). */
export function mergeCueLexicons(base: CuePatterns, user: CuePatterns): CuePatterns {
  const out: CuePatterns = structuredClone(base);
  for (const [type, forms] of Object.entries(user) as [RelationType, Partial<Record<CueForm, string[]>>][]) {
    const target = out[type] ?? {};
    out[type] = target;
    for (const [form, list] of Object.entries(forms) as [CueForm, string[]][])
      target[form] = [...new Set([...(target[form] ?? []), ...list])];
  }
  return out;
}

/** Every built-in cue. */
export const CUES: Cue[] = compileCues(BUILTIN_CUE_PATTERNS);

/** Modal / future / hypothetical markers. */
export const MODAL = words(raw.modal);
/** Negators ("n't" also glued to its auxiliary: "doesn't", "won't"). */
export const NEGATION = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${raw.negation.join("|")})|n[’']t)(?![\\p{L}])`,
  "giu",
);
/** Reporting verbs. */
export const REPORTING = new RegExp(`(?<![\\p{L}])(?:${raw.reporting.join("|")})(?![\\p{L}])`, "gu");

/** A reporting verb right at the start of a string (after spaces): "the ministry| said ...". */
export const REPORTING_NEXT = new RegExp(`^\\s+(?:${raw.reporting.join("|")})(?![\\p{L}])`, "u");

/** Counts matches of `re` in `s`. */
export function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return [...s.matchAll(re)].length;
}
