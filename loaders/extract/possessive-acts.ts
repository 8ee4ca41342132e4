/**
 * An act on a person told with a possessive pronoun and its agent: "X had been in custody since his
 * arrest by the FBI", "after her capture by Colombian police in Cali" give the agent TARGETS the
 * person the pronoun stands for, the last person named before it (in its sentence or the one
 * before). "their arrest" (several people) and an act with no "by" agent give nothing.
 */
import { type Candidate, lastPersonBefore, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** "his arrest by ", "her extradition to the U.S. by ", "his capture in Cali by the ". */
const POSSESSIVE_ACT =
  /\b(?:his|her)\s+((?:arrest|capture|detention|abduction|kidnapping|killing|assassination|extradition|expulsion|deportation))\s+(?:(?:in|at|to|near|on|from|last|this)\s+[^,;()]{1,40}?\s+)?by\s+(?:the\s+)?(?:(?:agents|officers|members|soldiers|troops|marines|police)\s+of\s+(?:the\s+)?)?/gu;

/** TARGETS relations of possessive acts with a "by" agent, in one document's sentences. */
export function possessiveActRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: Sentence | undefined;
  for (const s of sentences) {
    const from = previous?.start ?? s.start;
    previous = s;
    if (!/\b(?:his|her)\s/.test(s.text)) continue;
    const ms = mentionsIn(mentions, s);
    for (const m of s.text.matchAll(POSSESSIVE_ACT)) {
      const at = s.start + m.index + m[0].length;
      const agent = ms.find((x) => x.start === at && x.kind !== "Person");
      const person = lastPersonBefore(mentions, s.start + m.index);
      if (!agent || !person || person.start < from || !validPair("TARGETS", agent, person)) continue;
      const cueStart = s.start + m.index + m[0].indexOf(m[1]!);
      out.push({
        source: agent,
        target: person,
        type: "TARGETS",
        confidence: 0.65,
        sentence: s,
        cue: m[1]!,
        cueStart,
        cueEnd: cueStart + m[1]!.length,
        rule: "possessive-act",
      });
    }
  }
  return out;
}
