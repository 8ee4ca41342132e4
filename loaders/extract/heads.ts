/**
 * Heads named through what they head. "X's government", "the administration of President X", "the
 * X government" give X LEADS the state: the one written just before ("Bolivia's X government") or
 * the document's home state; people the gazetteer knows keep their own roles. "X heads / runs /
 * founded Y" gives X LEADS Y when Y follows the verb at once.
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** After the person: "'s government", " administration", "'s new government". */
const GOVERNMENT_AFTER =
  /^(?:['’]s)?[ \t]+(?:(?:new|incoming|outgoing|current|leftist|conservative|right-wing|left-wing)[ \t]+)?(?:government|administration)\b/;
/** Before the person: "the government of ", "the administration of President ". */
const GOVERNMENT_BEFORE =
  /\b(?:government|administration)[ \t]+of[ \t]+(?:(?:President|Prime Minister)[ \t]+)?$/;

/** "X heads / runs / founded Y": a person as the subject of a heading verb, the group right after. */
const HEAD_VERB =
  /^[ \t]+(?:(?:now|still|also|effectively)[ \t]+)?(?:heads|runs|commands|founded|co-founded|chairs)[ \t]+(?:the[ \t]+)?$/;

/** LEADS relations of people named through the government they head, in one document. */
export function headRelations(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  home: Mention | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (!/government|administration|heads|runs|commands|founded|chairs/.test(s.text)) continue;
    const ms = mentionsIn(mentions, s);
    ms.forEach((m, i) => {
      const next = ms[i + 1];
      if (
        m.kind === "Person" &&
        next &&
        next.kind !== "Person" &&
        HEAD_VERB.test(text.slice(m.end, next.start))
      )
        if (validPair("LEADS", m, next))
          out.push({
            source: m,
            target: next,
            type: "LEADS",
            confidence: 0.75,
            sentence: s,
            cue: text.slice(m.end, next.start).trim(),
            cueStart: m.end,
            cueEnd: next.start,
            rule: "head-verb",
          });
      if (m.kind !== "Person" || m.actor) return;
      const after = GOVERNMENT_AFTER.exec(text.slice(m.end, m.end + 40));
      const before = GOVERNMENT_BEFORE.exec(text.slice(Math.max(s.start, m.start - 50), m.start));
      if (!after && !before) return;
      const prev = ms[i - 1];
      const state =
        prev?.kind === "Government" && /^(?:['’]s)?[ \t]+$/.test(text.slice(prev.end, m.start)) ? prev : home;
      if (state?.kind !== "Government" || !validPair("LEADS", m, state)) return;
      const [cueStart, cueEnd] = after
        ? [m.end, m.end + after[0].length]
        : [m.start - before![0].length, m.start];
      out.push({
        source: m,
        target: state,
        type: "LEADS",
        confidence: 0.7,
        sentence: s,
        cue: text.slice(cueStart, cueEnd).trim(),
        cueStart,
        cueEnd,
        rule: "government-of",
      });
    });
  }
  return out;
}
