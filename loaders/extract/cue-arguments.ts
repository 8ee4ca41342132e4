/**
 * Small argument finders of the cue rules (relations.ts): the accused right before "accused of",
 * a mention that only modifies the noun after it, an actor inside the label a person is given ("as a
 * Hezbollah financier"), the subject after a sentence-opening participle phrase, and the agent after
 * "by".
 */
import { coordinated } from "./clauses.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { whomBefore } from "./whom.ts";
import { WORDS } from "./words.ts";

/** Between the accused and "accused of": nothing, or "who was", "were", a comma ("X, who was charged with"). */
const ACCUSED_GAP =
  /^\s*(?:,\s*(?:(?:who|which|that)\s+)?)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|been|being|also|later|formally)\s+){0,3}$/;

/**
 * The accused of "X (was) accused of killing Y": the actor right before the participle, or the one
 * "whom" stands for ("X, whom prosecutors accuse of killing Y"). None when a common noun stands
 * between ("two men accused of killing Y"): the sentence's subject is not accused.
 */
export function accusedBefore(s: Sentence, ms: Mention[], at: number): Mention | undefined {
  const prev = ms.filter((m) => m.end - s.start <= at).pop();
  // "X, whom prosecutors accuse of leading Y": the accused is what "whom" stands for.
  return prev && ACCUSED_GAP.test(s.text.slice(prev.end - s.start, at)) ? prev : whomBefore(s, ms, at);
}

/** A possessive or demonym before a lower-case noun ("the cartel's drug production", "the Mexican delegation"). */
const MODIFIED_NOUN =
  /^(?:['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}|\s+(?:[\p{Ll}-]+\s+){0,2})(?:delegation|team|talks|negotiators|panel|production|operations?|finances|business|campaign|network|logistics|investigation|inquiry|unit|branch|wing|office)\b/u;

/** True when `m` only modifies the noun after it, which is what a verb like "led" governs. */
export function modifiesNoun(s: Sentence, m: Mention): boolean {
  const after = s.text.slice(m.end - s.start, m.end - s.start + 60);
  return (m.rule === "gazetteer:demonym" || /^['’]/.test(after)) && MODIFIED_NOUN.test(after);
}

/** "as a" / "as the" (with adjectives) right before an actor that names a person's label. */
const AS_A = /\bas\s+(?:an?|the|its|one\s+of\s+the)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** The people noun after that actor ("Hezbollah financier", "CJNG operatives"). */
const PEOPLE_NOUN_AFTER = new RegExp(
  `^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${[...WORDS.nouns.gangPeople, ...WORDS.nouns.person, "financiers?", "launderers?", "associates?", "facilitators?", "traffickers?", "suppliers?", "fronts?"].join("|")})\\b`,
  "u",
);

/**
 * True when `m` only qualifies the label a person is given ("designated X as a Hezbollah financier",
 * "described as a CJNG operative"): the designation or description is of the person, not of `m`.
 */
export function inPersonLabel(s: Sentence, m: Mention): boolean {
  const at = m.start - s.start;
  return (
    AS_A.test(s.text.slice(Math.max(0, at - 60), at)) && PEOPLE_NOUN_AFTER.test(s.text.slice(m.end - s.start))
  );
}

/** The subject right after the comma (at `comma`) that closes a sentence-opening participle phrase. */
export function openingSubject(s: Sentence, ms: Mention[], comma: number): Mention[] {
  const subject = ms.find(
    (m) => m.start - s.start > comma && /^\s*(?:the\s+)?$/i.test(s.text.slice(comma + 1, m.start - s.start)),
  );
  return subject ? [subject] : [];
}

/**
 * The actors right after "by" (and "the") where `by` matches the text from `from` to `to` of the
 * sentence: the first, and those coordinated with it ("by the Guyana Defence Force and the Customs
 * Anti-Narcotics Unit"). Empty when there is none.
 */
export function byAgents(s: Sentence, ms: Mention[], from: number, to: number, by: RegExp): Mention[] {
  const m = by.exec(s.text.slice(from, to));
  if (!m) return [];
  const at = from + m[0].length;
  const first = ms.find((x) => x.start - s.start >= at - 1 && x.start - s.start <= at + 4);
  return first ? [first, ...coordinated(s.text, s.start, ms, first, 1)] : [];
}
