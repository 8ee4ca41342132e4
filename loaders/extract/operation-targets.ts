/**
 * A named operation acting on the actor it is written against: "Operation X against Y", "Operation
 * X, launched in May, targeting Y" give the operation TARGETS Y.
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
