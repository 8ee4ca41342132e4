/**
 * "he" / "she" as the subject that carries on: news keeps the person a sentence is about as its
 * subject, so a pronoun refers to that person rather than to whoever was named last ("Gustavo
 * Petro spoke with Donald Trump by phone. He later criticised the ELN": Petro). The referent is the
 * person that opens the pronoun's own sentence, before it ("Petro said he would..."); for a pronoun
 * with no actor before it in its sentence, the person that opens the previous sentence (after a
 * title or a quote). A sentence opened by no person ("Police arrested X. He was charged") gives no
 * referent here: the last person named is left to the caller, as before. Not inside quotes.
 * "them" as an act's object: the one group named shortly before ({@link onlyGroupBefore}).
 * "described him as" / "called her": the person named last before it, in its sentence or the one
 * before, who is not the describer ({@link describedPronounMentions}).
 */
import { quotedAt } from "./coref.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { lowerBound } from "./spans.ts";

const PRONOUN = /(?<![\p{L}'’-])(?:[Hh]e|[Ss]he)(?![\p{L}'’-])/gu;

/** What may stand before the person that opens a sentence: a quote and its comma, a title, a time. */
const OPENING =
  /^\s*(?:["“][^"”]*["”],?\s+)?(?:(?:On|In|Last|Earlier|Later)\s+[\p{L}\d ,.]{1,25},\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}$/u;

/** The person that opens sentence `s`, before `limit`, if its first actor is one. */
function opener(text: string, s: Sentence, mentions: Mention[], limit = s.end): Mention | undefined {
  let i = lowerBound(mentions, s.start);
  while (mentions[i]?.quoted) i++;
  const first = mentions[i];
  if (!first || first.start >= limit || first.kind !== "Person") return undefined;
  return OPENING.test(text.slice(s.start, first.start)) ? first : undefined;
}

/** Mentions of the people "he"/"she" refer to in `text` (see the header); `mentions` sorted by start. */
export function pronounMentions(text: string, mentions: Mention[], sentences: Sentence[]): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (const p of text.matchAll(PRONOUN)) {
    const start = p.index;
    while (k < sentences.length && sentences[k]!.end <= start) k++;
    const s = sentences[k];
    if (!s || s.start > start || quotedAt(text, start)) continue;
    const before = mentions[lowerBound(mentions, start) - 1];
    const hasActorBefore = !!before && before.start >= s.start;
    const referent = hasActorBefore
      ? opener(text, s, mentions, start)
      : k > 0
        ? opener(text, sentences[k - 1]!, mentions)
        : undefined;
    if (!referent) continue;
    out.push({ ...referent, start, end: start + p[0].length, text: p[0], rule: "coreference:pronoun" });
  }
  return out;
}

/** How far back (characters) "them" looks for its group. */
const THEM_WINDOW = 300;

/** The one group (criminal organisation) named within {@link THEM_WINDOW} before `pos`; none if two are. */
export function onlyGroupBefore(mentions: Mention[], pos: number): Mention | undefined {
  const groups = mentions.filter(
    (m) => m.kind === "Cartel" && !m.quoted && m.end <= pos && pos - m.end <= THEM_WINDOW,
  );
  const last = groups.at(-1);
  return last && groups.every((m) => m.key === last.key) ? last : undefined;
}

/** "described him as", "identified her as", "called him": the object is a person described. */
const DESCRIBED_PRONOUN =
  /\b(?:described|identified|called|named|labell?ed|branded|considers?|considered|regards?|regarded)\s+(him|her)\b(?=\s+as\s|\s+(?:the|a|an|one)\s)/g;

/**
 * Mentions of the people "him"/"her" stand for after a verb of describing ("police described him as
 * the PCC's logistics chief"): the last person named before it in its sentence, else in the sentence
 * before; never the describer (a person right before the verb). Rule `coreference:described`.
 */
export function describedPronounMentions(
  text: string,
  mentions: Mention[],
  sentences: Sentence[],
): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (const p of text.matchAll(DESCRIBED_PRONOUN)) {
    const start = p.index + p[0].length - p[1]!.length;
    while (k < sentences.length && sentences[k]!.end <= start) k++;
    const s = sentences[k];
    if (!s || s.start > start || quotedAt(text, start)) continue;
    const from = k > 0 ? sentences[k - 1]!.start : s.start;
    let referent: Mention | undefined;
    for (let i = lowerBound(mentions, p.index) - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.start < from) break;
      if (m.kind !== "Person" || m.quoted) continue;
      // "Minister X described him": X describes.
      if (/^\s*(?:[\p{L}]+\s+)?$/u.test(text.slice(m.end, p.index))) continue;
      referent = m;
      break;
    }
    if (referent)
      out.push({ ...referent, start, end: start + p[1]!.length, text: p[1]!, rule: "coreference:described" });
  }
  return out;
}
