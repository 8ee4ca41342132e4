/**
 * A named operation acting on the actor it is written against: "Operation X against Y", "Operation
 * X, launched in May, targeting Y" give the operation TARGETS Y; so does an act done in it
 * ("captured Y in Operation X"), whose agent conducts it.
 */
import { type Candidate, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** Between an operation and its target: an optional aside or place, then the verb or preposition. */
const OPERATION_AGAINST =
  /^\s*(?:,[^,.]{0,60},\s*|\s+(?:in|on|at|near|off|over)\s+[^,.;]{1,40},\s*|,\s*)?(?:against|targeting|targeted|aimed at|capturing|killing|striking|seizing|arresting|hitting)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "Operation X against Y" / "Operation X, launched in May, targeting Y" → the operation TARGETS Y. */
export function operationTargets(s: Sentence, ms: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const op of ms.filter((m) => m.kind === "Operation")) {
    const target = ms.find(
      (m) => m.start >= op.end && OPERATION_AGAINST.test(s.text.slice(op.end - s.start, m.start - s.start)),
    );
    if (!target || !validPair("TARGETS", op, target)) continue;
    const cue =
      /against|targeting|targeted|aimed at|capturing|killing|striking|seizing|arresting|hitting/.exec(
        s.text.slice(op.end - s.start, target.start - s.start),
      )!;
    const cueStart = op.end + cue.index;
    out.push({
      source: op,
      target,
      type: "TARGETS",
      confidence: 0.7,
      sentence: s,
      cue: cue[0],
      cueStart,
      cueEnd: cueStart + cue[0].length,
      rule: "operation-against",
    });
  }
  return out;
}

/**
 * After an act's object, the operation it was done in: "captured X in Operation Z", "captured X
 * on Friday in an operation the Pentagon called Operation Z", "... in a raid dubbed Operation Z".
 */
const IN_OPERATION =
  /^[^.;:"“”]{0,40}?\bin\s+(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:operation|raid|offensive|mission)\s+(?:(?:that\s+|which\s+)?(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,3}(?:called|dubbed|named|code-?named|christened|known\s+as)\s+)?)?$/u;

/** The named operation a TARGETS act was done in TARGETS the act's object too ({@link IN_OPERATION}). */
export function operationOfAct(acts: Candidate[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of acts) {
    if (c.type !== "TARGETS" || !c.rule.startsWith("cue:targets-verb") || c.rule.includes("+acts-for"))
      continue;
    const { sentence: s, target } = c;
    const op = mentions.find(
      (m) =>
        m.kind === "Operation" &&
        m.start >= target.end &&
        m.end <= s.end &&
        IN_OPERATION.test(s.text.slice(target.end - s.start, m.start - s.start)),
    );
    if (!op || !validPair("TARGETS", op, target)) continue;
    out.push({ ...c, source: op, confidence: c.confidence - 0.05, rule: `${c.rule}+in-operation` });
    // "Ecuadorian soldiers captured X in Operation Z": the act's agent carries the operation out.
    if (c.source.kind !== "Person" && validPair("CONDUCTS", c.source, op))
      out.push({
        ...c,
        target: op,
        type: "CONDUCTS",
        confidence: c.confidence - 0.1,
        rule: `${c.rule}+in-operation`,
      });
  }
  return out;
}
