/**
 * Sentence structure the relation rules need, found with light patterns: clause boundaries, quoted
 * spans, whether a cue is negated or hypothetical, and which actors stand in subject position
 * (not inside a prepositional phrase) or are coordinated with one another.
 */
import { count, MODAL, NEGATION } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { TITLE_BEFORE } from "./titles.ts";

const CLAUSE_BREAK =
  /;|\s[—–]\s|,?\s+(?:but|while|whereas|although|though|however|yet)\s+|,\s+(?:(?:\w+\s+)?(?:days|weeks|hours|months|years)\s+|(?:shortly|soon|just|only|even)\s+)?(?:after|before|when|as|because|since|after which|despite)\s+|:\s(?=[“"‘])|,\s+(?=and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|told|added|announced|warned|insisted|[a-z]{3,}ed)\b)|,\s+(?=and\s+(?:then\s+)?(?:in|on|since|during|by|after|before|last|this|earlier|later)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|week|month|year)\b)/g;

/** [start, end) of the clause around `pos` in `text` (sentence-relative offsets). */
export function clauseAround(text: string, pos: number): [number, number] {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) {
    if (m.index + m[0].length <= pos) start = m.index + m[0].length;
    else if (m.index >= pos) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** Quoted spans [start, end) of a sentence (straight or curly double quotes). */
export function quoteSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /“[^”]*”?|"[^"]*"?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The quote containing `pos`, if any. */
export function quoteAt(quotes: [number, number][], pos: number): [number, number] | undefined {
  return quotes.find(([s, e]) => s <= pos && pos < e);
}

/** True when an odd number of negators stand in the few words before the cue (and inside the cue). */
export function negated(before: string, cue: string): boolean {
  const own = before.split(/\s(?:and|but|then)\s|,\s/).pop() ?? before;
  const window = own.split(/\s+/).slice(-6).join(" ");
  return (count(NEGATION, ` ${window} `) + count(NEGATION, ` ${cue} `)) % 2 === 1;
}

/** True when a modal, future or hypothetical marker stands in the few words before the cue ("to" only as an infinitive marker, not "closer to Russia"). */
export function hypothetical(before: string): boolean {
  const window = before
    .split(/\s+/)
    .slice(-8)
    .join(" ")
    .replace(/\bto\s+(?=\p{Lu}|the\b|its\b|their\b|his\b|her\b)/gu, "")
    // "May" written with a capital is the month ("In May, Ecuador arrested"), not the modal.
    .replace(/\bMay\b/g, "")
    // A vote enacts what it votes for ("Congress voted to classify X as terrorists").
    .replace(/\bvoted\s+to\b/g, "");
  return count(MODAL, ` ${window}`) > 0;
}

const PREPOSITION =
  /\b(?:in|of|on|at|from|to|with|against|by|for|about|over|into|between|among|across|near|toward|towards|under|through|than|like|inside|within|off|around|via|after|before|during|since|amid|alongside|unlike|like|beside|besides|despite|beyond|as)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:(?!(?:that|whether|because|while|when|if)\s)[\p{Ll}-]+\s+){0,2}$/iu;

/** True when mention `m` sits inside a prepositional phrase ("in Mexico", "of the Senate"). */
export function inPrepositionalPhrase(sentence: string, offset: number, m: Mention, from = 0): boolean {
  const before = sentence.slice(Math.max(0, from, m.start - offset - 40), m.start - offset);
  return (
    PREPOSITION.test(before) &&
    !/\b(?:by)\s+(?:the\s+)?$/i.test(before) &&
    !TIME_PHRASE.test(before) &&
    !PREP_WHICH.test(before) &&
    !afterIntroPhrase(sentence, offset, m) &&
    !prepositionInTitle(sentence, offset, m)
  );
}

/**
 * "Secretary of State Marco Rubio": the preposition before the name is inside its title, so the
 * name is in no phrase, unless the title is ("the abduction of Venezuelan President X", "standing
 * beside acting Commissioner of Police X").
 */
function prepositionInTitle(sentence: string, offset: number, m: Mention): boolean {
  if (m.kind !== "Person") return false;
  const before = sentence.slice(Math.max(0, m.start - offset - 80), m.start - offset);
  const title = TITLE_BEFORE.exec(before);
  const preposition = PREPOSITION.exec(before);
  return (
    !!title &&
    !!preposition &&
    title.index < preposition.index &&
    !PREPOSITION.test(before.slice(0, title.index + 1).replace(/\s(?:former|acting|then-|deputy)\s$/i, " "))
  );
}

/** A sentence-opening adverbial phrase without its comma: "By the end of the year ", "In recent months ". */
const INTRO_PHRASE =
  /^\s*(?:In|By|Since|During|After|Before|Over|Throughout|Within|For|At|Until|Through|Across|Under|Amid)\s+(?:[\p{L}\d'’-]+\s+){1,7}$/u;
/** A finite verb group right after the actor: an auxiliary, or a past or present verb form. */
const FINITE_NEXT =
  /^\s+(?:(?:also|then|later|again|quickly|swiftly)\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\W]s)\b/u;

/**
 * "By the end of the year Ecuador had arrested ...": the actor between a sentence-opening phrase
 * (no comma) and a finite verb is the sentence's subject, not the end of that phrase.
 */
function afterIntroPhrase(sentence: string, offset: number, m: Mention): boolean {
  return (
    INTRO_PHRASE.test(sentence.slice(0, m.start - offset)) &&
    FINITE_NEXT.test(sentence.slice(m.end - offset, m.end - offset + 40))
  );
}

/** "in which X ...", "under which X ...": the actor after a preposition + "which" is its clause's subject. */
const PREP_WHICH =
  /\b(?:in|under|by|through|with|after|during|for|on|at)\s+which\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+)?$/u;

/** A time phrase that ends before the actor ("in October the Treasury", "on Monday, the army"). */
const TIME_PHRASE =
  /\b(?:in|on|since|during|by|after|before)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|(?:the\s+)?(?:last|this|next|same)\s+(?:week|month|year|day))(?:\s+\d{1,2})?(?:,\s*\d{4})?,?\s+(?:the\s+)?$/;

const COORD =
  /^\s*(?:,\s*)?(?:(?:and|or|as well as|including|along with|together with)\s+)?(?:the\s+|(?:his|her|their)\s+(?:brothers?|sisters?|sons?|father|cousins?|nephews?|wife|husband|partner)\s+)?(?:(?:Sen|Rep|Gen)\.\s+|[\p{Lu}][\p{Ll}]+\s+(?=\p{Lu}))?$/u;

/** Mentions coordinated with `anchor` ("X and Y", "X, Y and Z", "X, including Y"), in order. */
export function coordinated(
  sentence: string,
  offset: number,
  mentions: Mention[],
  anchor: Mention,
  direction: 1 | -1,
): Mention[] {
  const out: Mention[] = [];
  let current = anchor;
  const sorted = direction === 1 ? mentions : [...mentions].reverse();
  for (const m of sorted) {
    if (direction === 1 ? m.start < current.end : m.end > current.start) continue;
    const gap =
      direction === 1
        ? sentence.slice(current.end - offset, m.start - offset)
        : sentence.slice(m.end - offset, current.start - offset);
    // "the Jalisco New Generation Cartel (CJNG)": the short form in brackets is the same actor.
    if (m.key === current.key && /^\s*\(\s*$/.test(gap)) {
      current = m;
      continue;
    }
    if (!COORD.test(gap.replace(/^\s*\)/, "")) || gap.length > 40) break;
    out.push(m);
    current = m;
  }
  return out;
}
