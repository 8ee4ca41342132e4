/**
 * Fighting told as a state of both sides rather than one actor's act: "a war between X and Y",
 * "clashes between the army and the ELN", "X and Y have been at war since 2023", "X is locked in
 * a turf war with Y", "X competes with Y for control of the port". Each side acts against the
 * other, so each TARGETS the other. People are not sides (a "feud between two brothers" is not a relation of this kind), and a conflict that is
 * only feared or ended ("fears of a war between", "ended the war between") states none.
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

const FIGHT =
  "(?:turf[ \\t]+)?(?:war|wars|fighting|clashes|feud|battle|battles|gunfights?|firefights?|confrontations?|hostilities)";

/** "war between X and Y", "fighting has resumed between X and Y": the text between the noun and X. */
const BETWEEN = new RegExp(
  `\\b${FIGHT}(?:[ \\t]+(?:has|have|had|was|were|is|are|broke|broken|breaks|erupted|resumed|continued|continues|flared|raged|rages|intensified|escalated|out|again|up|since|also|still))*[ \\t]+between[ \\t]+(?:the[ \\t]+)?$`,
  "iu",
);

/** Words before the noun that make the conflict one that is not (yet, any more) fought. */
const NOT_FOUGHT =
  /\b(?:fears?|risk|threat|spectre|prospect|avoid(?:ed|ing)?|prevent(?:ed|ing)?|end(?:ed|ing)?|halt(?:ed)?|truce|ceasefire|peace)\b[^.;]{0,30}$/i;

/** "X and Y have been at war", "X is at war with Y", "X is locked in a turf war with Y". */
const AT_WAR = new RegExp(
  `^[ \\t]+(?:(?:have|has|had)[ \\t]+been|are|is|were|was|remain|remains)[ \\t]+(?:(?:still|now|locked|engaged|embroiled)[ \\t]+)?(?:in[ \\t]+an?[ \\t]+(?:bloody[ \\t]+|open[ \\t]+|long[ \\t]+)?${FIGHT}|at[ \\t]+war|fighting)(?:[ \\t]+(?:with|against)[ \\t]+(?:the[ \\t]+)?)?`,
  "u",
);

/** "X ... competes with Y": the text between the two sides ends with the rivalry verb. */
const VIES_WITH =
  /\b(?:compet(?:e|es|ed|ing)|vie[sd]?|vying)[ \t]+(?:(?:openly|directly|fiercely|now|still)[ \t]+)?with[ \t]+(?:the[ \t]+)?$/i;
/** "... for control of": what a rivalry is over, right after the second side. */
const FOR_CONTROL =
  /^[ \t]+for[ \t]+(?:(?:the|territorial)[ \t]+)?(?:control|dominance|domination|supremacy|territory|turf|routes|the[ \t]+(?:drug[ \t]+)?(?:trade|market|routes))\b/i;

/** TARGETS both ways between the sides of a fight each sentence states. */
export function conflictRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const emit = (s: Sentence, a: Mention, b: Mention, cueStart: number, cueEnd: number, rule: string) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const)
      if (x.kind !== "Person" && y.kind !== "Person" && validPair("TARGETS", x, y))
        out.push({
          source: x,
          target: y,
          type: "TARGETS",
          confidence: 0.6,
          sentence: s,
          cue: s.text.slice(cueStart - s.start, cueEnd - s.start),
          cueStart,
          cueEnd,
          rule,
        });
  };
  for (const s of sentences) {
    if (!/\b(?:war|fight|clash|feud|battle|confrontation|hostilities|compet|vie|vying)/i.test(s.text))
      continue;
    const ms = mentionsIn(mentions, s);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      const before = s.text.slice(Math.max(0, a.start - s.start - 60), a.start - s.start);
      const cue = BETWEEN.exec(before);
      if (cue && /^[ \t]+and[ \t]+(?:the[ \t]+)?$/.test(s.text.slice(a.end - s.start, b.start - s.start))) {
        if (NOT_FOUGHT.test(before.slice(0, cue.index))) continue;
        const at = a.start - before.length + cue.index;
        emit(s, a, b, at, a.start, "conflict-between");
        continue;
      }
      const gap = s.text.slice(a.end - s.start, b.start - s.start);
      // "X and Y have been at war": the two sides before the verb.
      if (/^[ \t]+and[ \t]+(?:the[ \t]+)?$/.test(gap)) {
        const war = AT_WAR.exec(s.text.slice(b.end - s.start));
        if (war) emit(s, a, b, b.end + war.index, b.end + war[0].length, "conflict-at-war");
        continue;
      }
      // "X competes with Y for control of": a rivalry fought over territory.
      const vies = VIES_WITH.exec(gap);
      if (
        vies &&
        !/[;:]/.test(gap) &&
        FOR_CONTROL.test(s.text.slice(b.end - s.start, b.end - s.start + 40))
      ) {
        emit(s, a, b, a.end + vies.index, b.start, "conflict-rivalry");
        continue;
      }
      // "X is at war with Y": one side on each side of the verb.
      const war = AT_WAR.exec(gap);
      if (war && war[0].length === gap.length && /(?:with|against)[ \t]+(?:the[ \t]+)?$/.test(gap))
        emit(s, a, b, a.end, b.start, "conflict-at-war");
    }
  }
  return out;
}
