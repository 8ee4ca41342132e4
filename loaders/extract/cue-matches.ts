/**
 * Finding cues in a sentence: the lexicon indexed by how its matches start, the non-overlapping
 * matches of a sentence (longest first), the last reporting verb outside quotes, and whether an
 * ambiguous verb cue ("raids", "strikes") reads as a verb where it stands.
 */
import { quoteAt } from "./clauses.ts";
import { type Cue, REPORTING } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** Verb cues that are also nouns ("raids", "strikes", "leads"): read as verbs only after an actor or an auxiliary. */
const AMBIGUOUS =
  /^(?:raids?|strikes?|attacks?|hits?|targets?|bombs?|arrests?|captures?|seizes?|kills?|sanctions?|charges?|helps?|backs?|supports?|lists?|labels?|brands?|runs?|leads?|launch(?:es)?|mounts?|works?|teams?|partners?|warns?|threats?|assists?|arms|armed)$/i;
/** What may stand between a subject and its verb (auxiliaries, adverbs, relative pronouns). */
const AUXILIARY =
  /(?:^|\s)(?:has|have|had|was|were|is|are|be|been|will|would|could|can|may|might|must|should|to|also|then|who|that|which|and|reportedly|repeatedly|already|allegedly|now|later|jointly|often|never|not|n't|’s|'s|did|does|do)\s*$/i;
/** A determiner right before a verb cue makes it a noun or adjective ("the armed forces", "its backed candidate"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|these|those|this)\s+$/i;

/** One cue matched in a sentence, at [start, end). */
export interface Found {
  cue: Cue;
  start: number;
  end: number;
}

/** A cue list indexed by what its matches start with (see {@link Cue.literals}). */
interface CueIndex {
  /** Cues that may match anywhere (no known start), by position in the list. */
  always: number[];
  /** Cues by the first two or three letters of each of their starts. */
  byStart: Map<string, number[]>;
}

const cueIndexes = new WeakMap<Cue[], CueIndex>();

/** The index of `cues`, built once per list. */
function cueIndex(cues: Cue[]): CueIndex {
  let index = cueIndexes.get(cues);
  if (index) return index;
  index = { always: [], byStart: new Map() };
  for (let i = 0; i < cues.length; i++) {
    const { literals } = cues[i]!;
    if (!literals.length) index.always.push(i);
    for (const key of new Set(literals.map((l) => l.slice(0, 3)))) {
      const list = index.byStart.get(key) ?? [];
      list.push(i);
      index.byStart.set(key, list);
    }
  }
  cueIndexes.set(cues, index);
  return index;
}

/**
 * The cues that may match `text`, in list order: those whose starts begin a word of it (a cue match
 * begins at a word start) and those without starts.
 */
function candidateCues(text: string, cues: Cue[]): Cue[] {
  const index = cueIndex(cues);
  const chosen = new Set(index.always);
  for (const w of text.toLowerCase().matchAll(/\p{L}+/gu))
    for (const key of [w[0].slice(0, 2), w[0].slice(0, 3)])
      for (const i of index.byStart.get(key) ?? []) chosen.add(i);
  return [...chosen].sort((a, b) => a - b).map((i) => cues[i]!);
}

/** Non-overlapping cue matches of a sentence, longest first. */
export function cuesIn(text: string, cues: Cue[]): Found[] {
  const all: Found[] = [];
  for (const cue of candidateCues(text, cues)) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text))
      all.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

/** The last reporting verb before `pos` that is outside quotes. */
export function reportingBefore(
  text: string,
  quotes: [number, number][],
  pos: number,
): RegExpMatchArray | undefined {
  REPORTING.lastIndex = 0;
  return [...text.slice(0, pos).matchAll(REPORTING)].filter((r) => !quoteAt(quotes, r.index!)).pop();
}

/** False when an ambiguous verb cue reads as a noun ("the raid", "maritime strikes") or a gerund subject. */
export function verbReading(
  s: Sentence,
  ms: Mention[],
  clauseStart: number,
  start: number,
  cueText: string,
): boolean {
  const first = cueText.split(/\s+/)[0]!;
  const before = s.text.slice(clauseStart, start);
  // "the U.S.-backed offensive": a compound adjective, not a verb.
  if (DETERMINER_BEFORE.test(before) || before.endsWith("-")) return false;
  if (/ing$/i.test(first))
    return !/^\s*(?:(?:yet|and|but|so|then)\s+)?$/i.test(before) || /,\s*$/.test(before);
  if (!AMBIGUOUS.test(first)) return true;
  if (AUXILIARY.test(before) || /ly\s*$/.test(before)) return true;
  if (
    cueText === first &&
    /^\s+(?:in|inside|on|against|across|near|off|along|within|into|at)\b/i.test(
      s.text.slice(start + cueText.length),
    )
  )
    return false;
  return ms.some((m) => m.end - s.start <= start && /^\s*$/.test(s.text.slice(m.end - s.start, start)));
}
