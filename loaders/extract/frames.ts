/**
 * Argument structure the cue rules read beyond the clause window: noun-phrase heads (a possessor
 * or modifier before another actor is not an argument: "Venezuela's Maduro", "CJNG leader 'El
 * Jefe'"), relative-clause subjects ("X, which works with Y": X is the subject; "the operation that
 * captured Y": no actor is), nominal frames ("the arrest of X by Y", "an announcement by Y of the
 * arrest of X", "Y's threats of strikes against X") and whether a noun cue is only threatened.
 */
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

const ROLE_WORDS =
  "leader|boss|chief|head|commander|founder|co-founder|kingpin|spokesman|spokeswoman|spokesperson|president|minister|secretary|director|envoy|ambassador|member|operative|operator|lieutenant|deputy|financier|hitman|gunman|accountant|associate";
/** Between a modifier and the actor it modifies: a possessive, or a role noun ("CJNG leader 'El Jefe'"). */
const MODIFIER_GAP = new RegExp(
  `^(?:['’]s?[ \\t]+|[ \\t]+(?:(?:former|top|senior|jailed|alleged|reputed|fugitive|new)[ \\t]+)?(?:${ROLE_WORDS}),?[ \\t]+["“'‘]?|['’]s?[ \\t]+(?:(?:former|top|senior|jailed|alleged|reputed|fugitive|new)[ \\t]+)?(?:${ROLE_WORDS}),?[ \\t]+["“'‘]?)$`,
  "u",
);

/** After a possessor in an apposition: its noun phrase, then the apposition ends ("'s largest criminal faction."). */
const APPOSED_NOUN = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+\s*(?:[,.;:)]|$)/u;

/**
 * The mentions of a sentence that can be arguments: those standing as the head of their noun
 * phrase. A possessor in an apposition ("the PCC, the country's largest faction") is none.
 */
export function phraseHeads(s: Sentence, ms: Mention[]): Mention[] {
  return ms.filter((m, i) => {
    const prev = ms[i - 1];
    if (
      prev &&
      /^[)"”’]?,\s+$/.test(s.text.slice(prev.end - s.start, m.start - s.start)) &&
      APPOSED_NOUN.test(s.text.slice(m.end - s.start, m.end - s.start + 80))
    )
      return false;
    const next = ms[i + 1];
    if (!next || next.key === m.key) return true;
    const gap = s.text.slice(m.end - s.start, next.start - s.start);
    if (!MODIFIER_GAP.test(gap)) return true;
    return !/^['’]s?[ \t]+$/.test(gap) && next.kind !== "Person";
  });
}

const RELATIVE =
  /(?:^|,)\s*(?:which|who|that)\s+(?:(?:now|also|still|once|reportedly|allegedly|has|have|had|was|were|is|are|would|will|could|later|then|jointly|itself)\s+){0,3}$/i;
/** An apposition's noun phrase and its relative pronoun: ", a FARC dissident unit that ". */
const APPOSITION_RELATIVE =
  /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,4}?[\p{Ll}-]+\s+(?:that|which|who)\s+(?:(?:now|also|still|once|reportedly|allegedly|has|have|had|was|were|is|are|later|then)\s+){0,3}$/u;
const NOUN_RELATIVE =
  /\b(?:the|an?|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:that|which|who)\s+(?:(?:now|also|still|once|reportedly|allegedly|has|have|had|was|were|is|are|later|then)\s+){0,3}$/u;

/**
 * The subject of a cue inside a relative clause: the actor the relative pronoun stands for ("Los
 * Lobos, which works with X"), null when the pronoun stands for a noun that is no actor ("the
 * operation that captured X"), undefined when the cue is not in a relative clause.
 */
export function relativeSubject(
  s: Sentence,
  ms: Mention[],
  from: number,
  cueStart: number,
): Mention | null | undefined {
  const before = s.text.slice(from, cueStart);
  const rel = RELATIVE.exec(before);
  if (!rel) {
    // "the 33rd Front, a FARC dissident unit that belongs to": the actor the apposition describes.
    const app = APPOSITION_RELATIVE.exec(before);
    if (!app) return NOUN_RELATIVE.test(before) ? null : undefined;
    const at = from + app.index;
    const head = [...ms].reverse().find((m) => m.end - s.start <= at);
    return head && /^\s*(?:\([^()]{1,15}\))?$/.test(s.text.slice(head.end - s.start, at)) ? head : null;
  }
  const at = from + rel.index;
  const antecedent = [...ms].reverse().find((m) => m.end - s.start <= at);
  if (antecedent && /^\s*$/.test(s.text.slice(antecedent.end - s.start, at))) {
    // "Congressman X of the Unionist Party, who accused": the person the party is written with.
    if (antecedent.kind === "Institution" || antecedent.kind === "Cartel") {
      const person = [...ms].reverse().find((m) => m.end <= antecedent.start && m.kind === "Person");
      if (
        person &&
        /^\s+of\s+(?:the\s+)?$/.test(s.text.slice(person.end - s.start, antecedent.start - s.start))
      )
        return person;
    }
    return antecedent;
  }
  return NOUN_RELATIVE.test(before) ? null : undefined;
}

const THREAT_HEAD =
  /\b(?:threat(?:s|ened|ening)?|warn(?:s|ed|ing)?|warnings?|vow(?:s|ed)?|plans?|planned|promis(?:e|es|ed)|pledg(?:e|es|ed)|ultimatum)\s+(?:(?:of|to|for)\s+)?(?:(?:launch|carry out|conduct|begin|start|more|new|military|possible|future|further|imminent)\s+){0,2}$/i;

/** True when a TARGETS noun cue is the content of a threat or plan ("threats of strikes against X"). */
export function threatenedAct(before: string): boolean {
  return THREAT_HEAD.test(before);
}

const OF_GAP =
  /^['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){1,3}(?:of|to|for)[ \t]+(?:(?:the|an?|more|new|military|possible)[ \t]+)?$/u;
const BY_OF_GAP = /^[ \t]+of[ \t]+(?:(?:the|an?)[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?$/u;
/** Between a possessor and the noun cue it owns: "Bukele's prison deal with", "Mexico's cooperation with". */
const POSSESSOR_GAP = /^['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}$/u;

/**
 * "by X" after a noun cue's object, past the object's alias (", alias \"El Güero\",") or a place or
 * time ("the transfer of X to the prison in Marcos Paz by Y"), and through
 * the people who act for X ("by agents of the Attorney General's Office").
 */
const BY_AGENT =
  /^(?:,?[ \t]+(?:alias|known[ \t]+as)[ \t]+["“][^"”\n]{1,30}["”],?)?(?:[ \t]+(?:in|at|to|near|from|on|last|this)[ \t]+[^,;()"“”]{1,40}?)?[ \t]+by[ \t]+(?:(?:the|an?)[ \t]+)?(?:(?:agents|officers|members|soldiers|troops|officials|investigators|marines|police)[ \t]+of[ \t]+(?:the[ \t]+)?)?/;

/** A state's name in the possessive before the body it opens ("Paraguay's "). */
const STATE_POSSESSIVE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+$/u;

/**
 * The agent of a noun cue given by its noun phrase: "the arrest of X by Y" (after the object),
 * "an announcement by Y of the arrest of X", "Y's threats of strikes against X" (before the cue).
 */
export function nominalAgent(
  s: Sentence,
  ms: Mention[],
  cueStart: number,
  objectEnd: number | undefined,
  clauseEnd: number,
): Mention | undefined {
  if (objectEnd !== undefined) {
    const by = BY_AGENT.exec(s.text.slice(objectEnd));
    if (by) {
      const at = objectEnd + by[0].length;
      // "by Paraguay's National Police": the body its state's name opens acts, not the state.
      const agent = ms.find(
        (m) =>
          m.start - s.start === at ||
          (m.start - s.start > at && STATE_POSSESSIVE.test(s.text.slice(at, m.start - s.start))),
      );
      if (agent && agent.end - s.start <= clauseEnd) return agent;
    }
  }
  const prev = [...ms].reverse().find((m) => m.end - s.start <= cueStart);
  if (!prev) return undefined;
  const gap = s.text.slice(prev.end - s.start, cueStart);
  if (OF_GAP.test(gap) || POSSESSOR_GAP.test(gap)) return prev;
  if (BY_OF_GAP.test(gap) && /\bby[ \t]+(?:the[ \t]+)?$/.test(s.text.slice(0, prev.start - s.start)))
    return prev;
  return undefined;
}

/** "X, the gang that " / "X, which " / "X that " right before a clause's subject. */
const OBJECT_RELATIVE =
  /(?:,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?|\s*,?\s*)(?:that|which|whom)\s+(?:the\s+)?$/u;

/**
 * The object of a verb in an object relative clause ("Tren de Aragua, the gang that Washington
 * designated a terrorist group"; "Los Lobos, which the Treasury sanctioned"): the actor the
 * pronoun stands for, right before it or before the description it heads; undefined otherwise.
 */
export function relativeObject(s: Sentence, ms: Mention[], subject: Mention): Mention | undefined {
  const rel = OBJECT_RELATIVE.exec(s.text.slice(0, subject.start - s.start));
  if (!rel) return undefined;
  const antecedent = [...ms].reverse().find((m) => m.end - s.start <= rel.index);
  return antecedent && /^\s*$/.test(s.text.slice(antecedent.end - s.start, rel.index))
    ? antecedent
    : undefined;
}
