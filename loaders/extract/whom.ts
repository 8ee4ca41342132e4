/**
 * Object relative clauses: in "Araceli Montiel Bravo, an accountant whom the U.S. Treasury
 * sanctioned last year for laundering CJNG proceeds", the verb's subject is what follows "whom"
 * (the Treasury) and its object is what "whom" stands for (Montiel Bravo), not the next actor
 * (CJNG). With no actor after "whom" ("whom prosecutors accuse of ..."), the verb has no source.
 */
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** "whom the U.S. Treasury ", "whom prosecutors had ": the relative pronoun and its clause's subject, up to the verb. */
const WHOM_SUBJECT =
  /\bwhom\s+((?:the\s+)?[^,;:"“”()]{1,50}?)\s+(?:(?:had|has|have|was|were|is|are|would|will|also|later|then|reportedly|formally|previously)\s+){0,2}$/u;

/** Between "whom"'s antecedent and "whom": punctuation, or an apposition ", an accountant ". */
const TO_WHOM = /^\s*["”]?\s*,?\s*["”]?\s*(?:(?:a|an|the|his|her|its|their)\s+[^,;:"“”()]{1,40}?\s+)?$/u;

/** The actor "whom" stands for when the text before `at` ends in "whom" and a subject ("whom prosecutors "). */
export function whomBefore(s: Sentence, ms: Mention[], at: number): Mention | undefined {
  return whomFrame(s, ms, Math.max(0, at - 80), at)?.object;
}

/** A verb's frame in an object relative clause. */
export interface WhomFrame {
  /** The verb's subject, null when it is no actor ("prosecutors", "it"). */
  agent: Mention | null;
  /** What "whom" stands for, undefined when no actor is right before it. */
  object: Mention | undefined;
}

/** The actor "whom" (at sentence offset `at`) stands for: the last one right before it, or before its apposition. */
export function whomAntecedent(s: Sentence, ms: Mention[], at: number): Mention | undefined {
  const prev = ms.filter((m) => m.end - s.start <= at).pop();
  return prev && TO_WHOM.test(s.text.slice(prev.end - s.start, at)) ? prev : undefined;
}

/**
 * The frame of a verb at sentence offset `cueStart` when the text from `from` to it ends in an
 * object relative clause ("..., whom the Treasury "); undefined when it does not.
 */
export function whomFrame(s: Sentence, ms: Mention[], from: number, cueStart: number): WhomFrame | undefined {
  const w = WHOM_SUBJECT.exec(s.text.slice(from, cueStart));
  if (!w) return undefined;
  const whomAt = from + w.index;
  const subjectStart = whomAt + w[0].indexOf(w[1]!);
  const subjectEnd = subjectStart + w[1]!.length;
  const agent = ms.find((m) => m.start - s.start >= subjectStart && m.end - s.start <= subjectEnd) ?? null;
  return { agent, object: whomAntecedent(s, ms, whomAt) };
}
