/**
 * Cue-driven relations: for every cue of the lexicon in a sentence, the clause around it gives the
 * source (the clause subject, the speaker of a quote, or the reporter of speech) and the target
 * (the next actor and those coordinated with it, the 'by' agent of a passive, the actor a stance
 * is about). Negated cues are dropped; TARGETS cues under a modal or future become THREATENS.
 * A stance against an event ("condemned the raid") is handed to `reactions` for events.ts.
 */
import type { RelationType } from "../../graph/ontology.ts";
import { type Candidate, lastPersonBefore, mentionsIn, validPair } from "./candidate.ts";
import {
  clauseAround,
  coordinated,
  hypothetical,
  inPrepositionalPhrase,
  negated,
  quoteAt,
  quoteSpans,
} from "./clauses.ts";
import { EVENT_OBJECT, type EventReaction } from "./events.ts";
import { nominalAgent, phraseHeads, relativeSubject, threatenedAct } from "./frames.ts";
import { CUES, type Cue, REPORTING, REPORTING_NEXT } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { lowerBound } from "./spans.ts";

/** Stances a speaker takes on when reporting them ("X said Y would strike Z": X threatens Z too); not cooperation, which stays with the embedded subject. */
const SPEAKER_SHARES: ReadonlySet<RelationType> = new Set(["THREATENS", "OPPOSES"]);
/** A reported clause whose subject is a noun phrase that is no actor ("X said the police had arrested ..."): the speaker is not the agent. */
const NON_ACTOR_SUBJECT =
  /^\s*(?:that\s+)?(?:(?:the|its|our|some|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}(?:had|have|has|were|was|are|is|would|will|could|did)\b|(?:his|her|their)\s+\p{Ll})/u;
/** Stance cues that are a verb group taking an object ("will not accept X"): source is the clause subject, target the object. */
/** Only auxiliaries and adverbs between a subject and its verb. */
const IMMEDIATE_SUBJECT =
  /^\s+(?:(?:also|then|later|reportedly|had|has|have|was|were|is|would|will|quickly|swiftly)\s+){0,2}$/;
/** ", and " before a subject, with the subject's title between ("..., and Prime Minister X signed"). */
const AND_TITLE = /,?\s+and\s+(?:(?:[\p{Lu}][\p{Ll}]+|of|the)\s+){0,4}$/u;
/** "accusing him of" / "charged X with" before a cue: the accused is its subject. */
const ACCUSED_OF =
  /\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|convict(?:s|ed|ing)?)\s+(him|her)?\s*(?:of|with|for)\s+$/i;
const OBJECT_STANCE = /^(?:will|would|could|won[’']t|cannot|can[’']t)\b/i;
const PASSIVE =
  /\b(?:is|are|was|were|been|be|being|get|gets|got)\s+(?:(?:\w+ly|now|already|also|again|not|being|officially)\s+){0,2}$/i;
const BASE: Record<Cue["form"], number> = { verb: 0.75, noun: 0.65, stance: 0.8, phrase: 0.7 };
const AMBIGUOUS =
  /^(?:raids?|strikes?|attacks?|hits?|targets?|bombs?|arrests?|captures?|seizes?|kills?|sanctions?|charges?|helps?|backs?|supports?|lists?|labels?|brands?|runs?|leads?|launch(?:es)?|mounts?|works?|teams?|partners?|warns?|threats?|assists?)$/i;
const AUXILIARY =
  /(?:^|\s)(?:has|have|had|was|were|is|are|be|been|will|would|could|can|may|might|must|should|to|also|then|who|that|which|and|reportedly|repeatedly|already|allegedly|now|later|jointly|often|never|not|n't|’s|'s|did|does|do)\s*$/i;
/** A determiner right before a verb cue makes it a noun or adjective ("the armed forces", "its backed candidate"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|these|those|this)\s+$/i;
const PAIR = /\b(?:the two|both) (?:countries|nations|governments|neighbou?rs|sides)\b/i;

interface Found {
  cue: Cue;
  start: number;
  end: number;
}

/** Non-overlapping cue matches of a sentence, longest first. */
function cuesIn(text: string, cues: Cue[]): Found[] {
  const all: Found[] = [];
  const lower = text.toLowerCase();
  for (const cue of cues) {
    if (cue.literal && !lower.includes(cue.literal)) continue;
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text))
      all.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

/** The last reporting verb before `pos` that is outside quotes. */
function reportingBefore(
  text: string,
  quotes: [number, number][],
  pos: number,
): RegExpMatchArray | undefined {
  REPORTING.lastIndex = 0;
  return [...text.slice(0, pos).matchAll(REPORTING)].filter((r) => !quoteAt(quotes, r.index!)).pop();
}

/** The speaker of a quote: he/she resolved, or the actor next to a reporting verb outside the quote. */
function speakerOf(s: Sentence, ms: Mention[], all: Mention[], quote: [number, number]): Mention | undefined {
  const outside = (m: Mention) => m.end - s.start <= quote[0] || m.start - s.start >= quote[1];
  REPORTING.lastIndex = 0;
  let best: { m: Mention; d: number } | undefined;
  for (let r = REPORTING.exec(s.text); r; r = REPORTING.exec(s.text)) {
    const at = r.index;
    if (at >= quote[0] && at < quote[1]) continue;
    const d = at < quote[0] ? quote[0] - at : at - quote[1];
    const before = ms
      .filter((m) => outside(m) && m.end - s.start <= at && at - (m.end - s.start) <= 25)
      .pop();
    const after = ms.find((m) => outside(m) && m.start - s.start >= at && m.start - s.start - at <= 25);
    const pron = /\b(?:he|she)\s*$/i.test(s.text.slice(Math.max(0, at - 5), at))
      ? lastPersonBefore(all, s.start + at)
      : undefined;
    const m = pron ?? (before && describedSpeaker(s, ms, before, at)) ?? before ?? after;
    if (m && (!best || d < best.d)) best = { m, d };
  }
  return best?.m;
}

/** Between a person and the actor that ends their description: ", a lawyer at " / " of the opposition ". */
const APPOSITION_OR_OF = /^(?:,\s+(?:a|an|the)\s[^,;"“”]*|\s+of\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?)$/u;

/** The person a description ends with `m` right before the verb at `at` ("X, a lawyer at Y, said"; "Senator X of the Y party said"). */
function describedSpeaker(s: Sentence, ms: Mention[], m: Mention, at: number): Mention | undefined {
  if (!/^\s*,?\s*(?:party|movement)?\s*,?\s*$/.test(s.text.slice(m.end - s.start, at))) return undefined;
  const i = ms.indexOf(m);
  for (let j = i - 1; j >= 0; j--) {
    const p = ms[j]!;
    const between = s.text.slice(p.end - s.start, m.start - s.start);
    if (p.kind === "Person" && APPOSITION_OR_OF.test(between)) return p;
    if (/[,;"“”]/.test(between.slice(1))) return undefined;
  }
  return undefined;
}

/** The subject of the clause part [from, to): its first actor outside prepositional phrases, with those coordinated with it; a leading he/she wins. */
function subjects(
  s: Sentence,
  ms: Mention[],
  all: Mention[],
  from: number,
  to: number,
): { found: Mention[]; pronoun: boolean } {
  const cands = ms.filter(
    (m) =>
      m.start - s.start >= from &&
      m.end - s.start <= to &&
      (!inPrepositionalPhrase(s.text, s.start, m, from) ||
        subordinateSubject(s, m, to) ||
        STATES_OF.test(s.text.slice(from, m.start - s.start))),
  );
  const first = cands[0];
  const lead = s.text.slice(from, first ? first.start - s.start : to);
  if (/(?:^|[\s,(])(?:he|she)(?:['’]s)?\s/i.test(lead)) {
    const p = lastPersonBefore(all, s.start + from);
    return { found: p ? [p] : [], pronoun: true };
  }
  if (!first) return { found: [], pronoun: false };
  return { found: [first, ...coordinated(s.text, s.start, cands, first, 1)], pronoun: false };
}

/** An object that is an interaction between others ("criticized a meeting between X and Y"): X and Y are not the cue's target. */
const INTERACTION_OBJECT =
  /^\s+(?:a|an|the|any|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meetings?|talks|deals?|agreements?|pacts?|alliances?|ties|relations|rapprochement|contacts?|exchanges?|visits?|calls?|summits?)\s+(?:between|with|of)\s+/u;

/** A subject naming states through their governments: "The (military) governments of X, Y and Z launched". */
const STATES_OF =
  /^\s*(?:[Tt]he\s+)?(?:[\p{Ll}-]+\s+)?(?:governments|leaders|presidents|foreign ministers|defen[cs]e ministers|armies|militaries)\s+of\s+(?:the\s+)?$/u;

/** "after / before / since / until / as X <verb>": X after a conjunction-like preposition, right before the cue, is a clause subject. */
function subordinateSubject(s: Sentence, m: Mention, cueStart: number): boolean {
  return (
    /\b(?:after|before|since|until|as|when|while|because)\s+(?:the\s+)?$/i.test(
      s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start),
    ) && IMMEDIATE_SUBJECT.test(s.text.slice(m.end - s.start, cueStart))
  );
}

/** Target actors after the cue within the clause (first one plus coordinated ones). */
function targets(
  s: Sentence,
  ms: Mention[],
  from: number,
  to: number,
  cueEndsWithPreposition: boolean,
): Mention[] {
  const stop = /\s(?:and|or)\s+(?:then\s+|later\s+|also\s+)?\p{Ll}+(?:ed|es)\b/u.exec(s.text.slice(from, to));
  const limit = stop ? from + stop.index : to;
  const after = ms.filter(
    (m) =>
      m.start - s.start >= from &&
      m.end - s.start <= limit &&
      !INTERACTION_OBJECT.test(s.text.slice(from, m.start - s.start)) &&
      // An actor right before a reporting verb is its speaker (", the ministry said"), never an object.
      !REPORTING_NEXT.test(s.text.slice(m.end - s.start, m.end - s.start + 24)),
  );
  const first = after.find((m, i) =>
    i === 0 && cueEndsWithPreposition
      ? true
      : !inPrepositionalPhrase(s.text, s.start, m) ||
        /^\s*(?:(?:\S+\s+){0,2}|(?:\S+\s+){1,4}of\s+(?:the\s+)?|(?:an?\s+|the\s+)?(?:proposals?|plans?|requests?|calls?|demands?|offers?|pressure|push)\s+(?:for|by|from)\s+(?:the\s+)?)$/.test(
          s.text.slice(from, m.start - s.start),
        ),
  );
  if (!first) return [];
  // "members of Tren de Aragua's \"Los Gallegos\" faction": the possessed group is the target.
  const possessed = after[after.indexOf(first) + 1];
  if (possessed && /^['’]s\s+["“]?$/.test(s.text.slice(first.end - s.start, possessed.start - s.start)))
    return [possessed, ...coordinated(s.text, s.start, after, possessed, 1)];
  return [first, ...coordinated(s.text, s.start, after, first, 1)];
}

/** False when an ambiguous verb cue reads as a noun ("the raid", "maritime strikes") or a gerund subject. */
function verbReading(
  s: Sentence,
  ms: Mention[],
  clauseStart: number,
  start: number,
  cueText: string,
): boolean {
  const first = cueText.split(/\s+/)[0]!;
  const before = s.text.slice(clauseStart, start);
  if (DETERMINER_BEFORE.test(before)) return false;
  if (/ing$/i.test(first))
    return !/^\s*(?:(?:yet|and|but|so|then)\s+)?$/i.test(before) || /,\s*$/.test(before);
  if (!AMBIGUOUS.test(first)) return true;
  if (AUXILIARY.test(before) || /ly\s*$/.test(before)) return true;
  if (
    cueText === first &&
    /^\s+(?:in|inside|on|against|across|near|off|along|within|into|at)\b/i.test(
      s.text.slice(start + cueText.length),
    )
  )
    return false;
  return ms.some((m) => m.end - s.start <= start && /^\s*$/.test(s.text.slice(m.end - s.start, start)));
}

/** An apposition's noun phrase up to a participle: ", a FARC dissident faction " / ", a network Washington says was ". */
const APPOSITION_TO_PARTICIPLE =
  /^,\s+(?:a|an|the)\s+(?:[^,;()]{0,60}?\s)?(?:(?:says|said|say|believes|claims)\s+(?:is|was|were|are)\s+)?$/;

/** The actor an apposition describes when a participle inside it ("X, a faction led by Y") is the cue at `start`. */
function appositionHead(s: Sentence, ms: Mention[], start: number): Mention | undefined {
  const before = ms.filter((m) => m.end - s.start <= start);
  for (const m of before.slice(-2).reverse()) {
    const gap = s.text.slice(m.end - s.start, start);
    if (m.kind !== "Person" && APPOSITION_TO_PARTICIPLE.test(gap)) return m;
  }
  return undefined;
}

/** "..., all of which Washington designated": a quantified relative pronoun before the cue. */
const OF_WHICH =
  /(?:(?:both|all|each|several|some|most|many|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+|,\s+)(?:which|whom)\s+[^,;:]{0,60}$/i;

/**
 * "X, Y and Z, all of which W designated": the cue's object is the list before the relative
 * pronoun and its subject is what stands between the pronoun and the cue (none for a passive).
 */
function ofWhich(
  s: Sentence,
  ms: Mention[],
  cueStart: number,
): { antecedents: Mention[]; subjects: Mention[] } | undefined {
  const from = Math.max(0, cueStart - 90);
  const m = OF_WHICH.exec(s.text.slice(from, cueStart));
  if (!m) return undefined;
  const at = from + m.index;
  const last = ms.filter((x) => x.end - s.start <= at).pop();
  if (!last || !/^[\s,"”]*$/.test(s.text.slice(last.end - s.start, at))) return undefined;
  const pronounEnd = at + m[0].length - m[0].replace(/^.*?\b(?:which|whom)\s+/i, "").length;
  const subjects = ms
    .filter((x) => x.start - s.start >= pronounEnd && x.end - s.start <= cueStart)
    .slice(0, 1);
  // A bare "which"/"whom" is an object relative only with its own subject ("X, whom the Treasury sanctioned").
  if (m[0].startsWith(",") && !subjects.length) return undefined;
  return { antecedents: [last, ...coordinated(s.text, s.start, ms, last, -1)], subjects };
}

/** "the two countries" → the last two distinct governments mentioned before `pos` (scanned backwards). */
function pairBefore(all: Mention[], pos: number): Mention[] {
  const govs: Mention[] = [];
  for (let i = lowerBound(all, pos) - 1; i >= 0 && govs.length < 2; i--) {
    const m = all[i]!;
    if (m.end > pos || m.kind !== "Government" || govs.some((g) => g.key === m.key)) continue;
    govs.unshift(m);
  }
  return govs;
}

const NOUN_OBJECT = /^\s+(?:to|against|on|toward|towards|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** The actor written as a modifier or possessor right before a noun cue ("U.S. strikes", "Mexico's arrest of"). */
function modifierBefore(s: Sentence, ms: Mention[], start: number): Mention | undefined {
  const m = [...ms].reverse().find((x) => x.end - s.start <= start);
  if (!m) return undefined;
  const gap = s.text.slice(m.end - s.start, start);
  return /^(?:['’]s)?\s+(?:(?:military|naval|federal|joint|recent|latest|new|planned|reported|alleged|deadly|lethal|covert|air|land|drone|missile)\s+){0,2}$/.test(
    gap,
  )
    ? m
    : undefined;
}

const OPERATION_AGAINST =
  /^\s*(?:,[^,.]{0,60},\s*|\s+(?:in|on|at|near|off|over)\s+[^,.;]{1,40},\s*|,\s*)?(?:against|targeting|targeted|aimed at|capturing|killing|striking|seizing|arresting|hitting)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/** "Operation X against Y" / "Operation X, launched in May, targeting Y" → the operation TARGETS Y. */
function operationTargets(s: Sentence, ms: Mention[]): Candidate[] {
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

/** Where the designated list ends: a reason or a new clause ("..., accusing him of", "for supplying"). */
const DESIGNATION_END =
  /,?\s+(?:accusing|saying|citing|alleging|after|because|which|who|while)\b|\s+for\s+(?:\p{Ll}+ing|its|their|his|her|the|alleged)\b/u;

/** Targets of a designation: the groups and institutions after the cue up to the reason, and a person named right after it ("sanctioned businessman X Y"). */
function designated(s: Sentence, ms: Mention[], from: number, to: number): Mention[] {
  const stop = DESIGNATION_END.exec(s.text.slice(from, to));
  const limit = stop ? from + stop.index : to;
  return ms.filter((m, i) => {
    const at = m.start - s.start;
    if (at < from || m.end - s.start > limit) return false;
    if (m.kind === "Cartel" || m.kind === "Institution") return true;
    const first = i === ms.findIndex((x) => x.start - s.start >= from);
    return (
      m.kind === "Person" &&
      first &&
      /^\s+(?:(?:the|an?|[\p{Lu}][\p{Ll}]+|[\p{Ll}-]+)\s+){0,3}$/u.test(s.text.slice(from, at))
    );
  });
}

/** Relations stated by cues (the built-in ones unless `cues` is given) in the sentences of one document. */
export function cueRelations(
  sentences: Sentence[],
  mentions: Mention[],
  cues: Cue[] = CUES,
  reactions: EventReaction[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const ms = phraseHeads(s, mentionsIn(mentions, s));
    const quotes = quoteSpans(s.text);
    out.push(...operationTargets(s, ms));
    const found = cuesIn(s.text, cues);
    for (const f of found) {
      const [c0, c1] = clauseAround(s.text, f.start);
      const before = s.text.slice(c0, f.start);
      const cueText = s.text.slice(f.start, f.end);
      if (f.cue.form === "stance" ? negated(before, "") : negated(before, cueText)) continue;
      const objectStance = f.cue.form === "stance" && OBJECT_STANCE.test(cueText);
      const topicStance = f.cue.form === "stance" && !objectStance;
      if (f.cue.form === "verb" && !verbReading(s, ms, c0, f.start, cueText)) continue;
      let type = f.cue.type;
      // A designation only planned, weighed or threatened ("is weighing whether to designate") is none yet.
      if (type === "DESIGNATES" && f.cue.form === "verb" && hypothetical(before.split(/,\s/).pop() ?? before))
        continue;
      if (type === "TARGETS" && (hypothetical(before) || (f.cue.form === "noun" && threatenedAct(before))))
        type = "THREATENS";
      let confidence = BASE[f.cue.form];
      let rule = `cue:${f.cue.type.toLowerCase()}-${f.cue.form}`;
      const quote = quoteAt(quotes, f.start);
      const rep = reportingBefore(s.text, quotes, f.start);
      let srcs: Mention[] = [];
      let reported: Mention | undefined;
      const object = ms.find((m) => m.start - s.start >= f.end && m.end - s.start <= c1);
      const nominal =
        f.cue.form === "noun" ? nominalAgent(s, ms, f.start, object && object.end - s.start, c1) : undefined;
      const relative = f.cue.form === "noun" ? undefined : relativeSubject(s, ms, c0, f.start);
      const accusedOf = ACCUSED_OF.exec(before);
      const accused = !accusedOf
        ? undefined
        : accusedOf[1]
          ? lastPersonBefore(mentions, s.start + f.start)
          : ms.filter((m) => m.end - s.start <= c0 + accusedOf.index + accusedOf[0].length).pop();
      if (quote) {
        const inside = subjects(s, ms, mentions, Math.max(c0, quote[0]), f.start).found;
        const speaker = speakerOf(s, ms, mentions, quote);
        srcs = inside.length && !topicStance ? inside : speaker ? [speaker] : [];
        rule += "+quote";
      } else if (rep && f.cue.form !== "noun") {
        const r = rep.index!;
        const [rc0] = clauseAround(s.text, r);
        const spk = subjects(s, ms, mentions, rc0, r).found[0];
        const embedded = subjects(s, ms, mentions, Math.max(c0, r + rep[0].length), f.start).found;
        if (topicStance) srcs = spk ? [spk] : [];
        else {
          const otherSubject = NON_ACTOR_SUBJECT.test(s.text.slice(r + rep[0].length, f.start));
          srcs = embedded.length ? embedded : spk && !otherSubject ? [spk] : [];
          if (embedded.length && spk && SPEAKER_SHARES.has(type)) reported = spk;
        }
        rule += "+reported";
      } else if (f.cue.form === "noun" && nominal) {
        srcs = [nominal];
        rule += "+nominal";
      } else if (f.cue.form === "noun" && modifierBefore(s, ms, f.start)) {
        srcs = [modifierBefore(s, ms, f.start)!];
        rule += "+modifier";
      } else if (
        f.cue.form === "noun" &&
        rep &&
        NON_ACTOR_SUBJECT.test(s.text.slice(rep.index! + rep[0].length, f.start))
      ) {
        continue;
      } else if (accusedOf) {
        srcs = accused ? [accused] : [];
        rule += "+accused";
      } else if (relative !== undefined) {
        srcs = relative ? [relative] : [];
        rule += "+relative";
      } else {
        const subj = subjects(s, ms, mentions, c0, f.start);
        srcs = subj.found;
        const near = ms.filter((m) => m.end - s.start <= f.start && m.start - s.start >= c0).pop();
        if (
          near &&
          srcs.length &&
          !srcs.includes(near) &&
          AND_TITLE.test(s.text.slice(0, Math.max(0, near.start - s.start)).slice(-60)) &&
          IMMEDIATE_SUBJECT.test(s.text.slice(near.end - s.start, f.start))
        ) {
          srcs = [near];
          rule += "+nearest";
        }
        if (!srcs.length && c0 > 0 && /\b(?:but|yet|and)\s+$/i.test(s.text.slice(0, c0))) {
          const [p0] = clauseAround(s.text, Math.max(0, c0 - 6));
          srcs = subjects(s, ms, mentions, p0, c0).found.slice(0, 1);
          rule += "+elided";
        }
        if (subj.pronoun) {
          confidence -= 0.1;
          rule += "+pronoun";
        }
        const lead = srcs[0];
        if (
          f.cue.form === "noun" &&
          lead &&
          found.some(
            (g) => g !== f && g.cue.form === "verb" && g.start >= lead.end - s.start && g.end <= f.start,
          )
        )
          continue;
      }
      const endsWithPrep = /\b(?:of|on|against|with|to|between|in)$/i.test(cueText);
      let tgts: Mention[];
      if (objectStance) tgts = targets(s, ms, f.end, c1, false);
      else if (topicStance) {
        const from = Math.max(c0, rep ? rep.index! + rep[0].length : c0);
        const addressee =
          rep && /^(?:told|tells|urged|asked)$/.test(rep[0])
            ? ms.find((m) => m.start - s.start >= from && m.start - s.start <= from + 2)
            : undefined;
        const that = /\bthat\b/.exec(s.text.slice(from, f.start));
        const embeddedFrom = that ? from + that.index + 4 : from;
        const first =
          ms.find(
            (m) =>
              m.start - s.start >= embeddedFrom &&
              m.end - s.start <= f.start &&
              !srcs.some((x) => x.key === m.key) &&
              m !== addressee,
          ) ??
          (quote ? ms.find((m) => m.start - s.start >= f.end && m.end - s.start <= quote[1]) : undefined);
        tgts = [addressee, first].filter((m): m is Mention => !!m);
      } else if (type === "DESIGNATES") {
        tgts = designated(s, ms, f.end, c1);
      } else if (f.cue.form === "phrase") {
        tgts = ms.filter((m) => m.start - s.start >= f.end && m.kind !== "Person").slice(0, 2);
      } else if (/between$/i.test(cueText) && PAIR.test(s.text.slice(f.end, f.end + 30))) {
        const pair = pairBefore(mentions, s.start + f.start);
        srcs = pair.slice(0, 1);
        tgts = pair.slice(1);
        rule += "+pair";
      } else if (f.cue.form === "noun" && !endsWithPrep) {
        const next = ms.find((m) => m.start - s.start >= f.end);
        tgts =
          next && NOUN_OBJECT.test(s.text.slice(f.end, next.start - s.start)) && next.end - s.start <= c1
            ? [next, ...coordinated(s.text, s.start, ms, next, 1)]
            : [];
      } else if (type === "CONDUCTS") {
        const op = ms.find(
          (m) => m.kind === "Operation" && m.start - s.start >= f.end && m.end - s.start <= c1,
        );
        tgts = op ? [op] : [];
      } else if (/^\s+(?:him|her)\b/.test(s.text.slice(f.end))) {
        const p = lastPersonBefore(mentions, s.start + f.start);
        tgts = p ? [p] : [];
        rule += "+pronoun-object";
      } else if (/^\s+(?:them|it|itself|themselves)\b/.test(s.text.slice(f.end))) tgts = [];
      else tgts = targets(s, ms, f.end, c1, endsWithPrep);
      const relativeObject = f.cue.form === "verb" ? ofWhich(s, ms, f.start) : undefined;
      if (relativeObject) {
        if (relativeObject.subjects.length) {
          srcs = relativeObject.subjects;
          tgts = relativeObject.antecedents;
        } else srcs = relativeObject.antecedents;
        rule += "+of-which";
      }
      if (
        f.cue.form === "verb" &&
        !/^\S+ing\b/i.test(cueText) &&
        !/\sby$/i.test(cueText) &&
        PASSIVE.test(before)
      ) {
        // The agent: "by X" right after the participle or later in its clause ("designated terrorist groups by X").
        const by = /^(?:\s+[^,;:()]{0,50}?)?\s+by\s+/.exec(s.text.slice(f.end, c1));
        const agent = by
          ? ms.find(
              (m) =>
                m.start - s.start >= f.end + by[0].length - 1 &&
                m.start - s.start <= f.end + by[0].length + 4,
            )
          : undefined;
        if (!agent) continue;
        tgts = srcs;
        srcs = [agent];
        rule += "+passive";
      }
      if (/\sby$/i.test(cueText)) {
        const agents = tgts;
        const head = appositionHead(s, ms, f.start);
        tgts = head ? [head] : srcs.length ? srcs : ms.filter((m) => m.end - s.start <= f.start).slice(-1);
        if (head) rule += "+apposition";
        srcs = agents;
        rule += "+agent";
      }
      if (/between$/i.test(cueText) && tgts.length >= 2 && !rule.endsWith("+pair")) {
        srcs = [tgts[0]!];
        tgts = tgts.slice(1);
      }
      const emit = (src: Mention, tgt: Mention, conf: number, r: string) => {
        if (!validPair(type, src, tgt)) return;
        out.push({
          source: src,
          target: tgt,
          type,
          confidence: Math.max(0.3, Math.min(0.95, conf)),
          sentence: s,
          cue: cueText,
          cueStart: s.start + f.start,
          cueEnd: s.start + f.end,
          rule: r,
        });
      };
      for (const src of srcs)
        for (const tgt of tgts) emit(src, tgt, confidence - (tgt === tgts[0] ? 0 : 0.05), rule);
      if (type === "OPPOSES" && !tgts.length && srcs.length && EVENT_OBJECT.test(s.text.slice(f.end)))
        reactions.push({
          sources: srcs,
          sentence: s,
          cue: cueText,
          cueStart: s.start + f.start,
          cueEnd: s.start + f.end,
          confidence: confidence - 0.15,
          rule,
        });
      if (type === "COOPERATES_WITH" && !tgts.length && srcs.length >= 2)
        for (let a = 0; a < srcs.length; a++)
          for (let b = a + 1; b < srcs.length; b++)
            emit(srcs[a]!, srcs[b]!, confidence - 0.1, `${rule}+reciprocal`);
      if (reported) for (const tgt of tgts) emit(reported, tgt, confidence - 0.1, `${rule}+speaker`);
      if (type === "THREATENS" && tgts.length && f.cue.form !== "phrase") {
        const lastT = tgts[tgts.length - 1]!;
        const loc = ms.find(
          (m) =>
            m.kind === "Government" &&
            m.start > lastT.end &&
            /^\s+(?:in|inside|into|within)\s+(?:the\s+)?$/.test(
              s.text.slice(lastT.end - s.start, m.start - s.start),
            ),
        );
        if (loc) for (const src of srcs) emit(src, loc, 0.45, `${rule}+location`);
      }
    }
  }
  return out;
}
