/**
 * Who does what to whom around a cue: the speaker of a quote (or the person a description of the
 * speaker ends with), the subject of a clause part (outside prepositional phrases, with coordinated
 * actors), the targets after a cue, the head of an apposition, the antecedents of "all of which",
 * a noun cue's modifier, and the list a designation names. Used by relations.ts.
 */
import { lastPersonBefore } from "./candidate.ts";
import { coordinated, inPrepositionalPhrase } from "./clauses.ts";
import { REPORTING, REPORTING_NEXT } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { TITLE_ALTERNATION } from "./titles.ts";

/** Only auxiliaries and adverbs between a subject and its verb. */
export const IMMEDIATE_SUBJECT =
  /^\s+(?:(?:also|then|later|reportedly|had|has|have|was|were|is|would|will|quickly|swiftly)\s+){0,2}$/;

/** The speaker of a quote: he/she resolved, or the actor next to a reporting verb outside the quote. */
export function speakerOf(
  s: Sentence,
  ms: Mention[],
  all: Mention[],
  quote: [number, number],
): Mention | undefined {
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
export function describedSpeaker(s: Sentence, ms: Mention[], m: Mention, at: number): Mention | undefined {
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

/** A clause opening with a common noun phrase and its finite verb: "The opposition described ". */
const COMMON_SUBJECT =
  /^\s*(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ed|said|says|told|wrote|called|calls|describes)\s/u;

/** A clause of its own inside the object, with a subject of its own ("... that resulted in", "hours after X captured"). */
const CLAUSE_BETWEEN = /\b(?:that|which|who|whose|after|before|when|while|because|since|until|if|once)\b/;

/** The subject of the clause part [from, to): its first actor outside prepositional phrases, with those coordinated with it; a leading he/she wins. */
export function subjects(
  s: Sentence,
  ms: Mention[],
  all: Mention[],
  from: number,
  to: number,
): { found: Mention[]; pronoun: boolean } {
  // "The opposition described X's deal as ...": the clause's subject is a common noun phrase that
  // names no actor; the actors after its verb are objects, never the subject.
  const common = COMMON_SUBJECT.exec(s.text.slice(from, to));
  if (
    common &&
    !ms.some((m) => m.start - s.start < from + common[0].length && m.end - s.start > from) &&
    !CLAUSE_BETWEEN.test(s.text.slice(from + common[0].length, to))
  )
    return { found: [], pronoun: false };
  const cands = ms.filter(
    (m) =>
      m.start - s.start >= from &&
      m.end - s.start <= to &&
      (!inPrepositionalPhrase(s.text, s.start, m, from) ||
        subordinateSubject(s, m, to) ||
        NAMED_THROUGH.test(s.text.slice(from, m.start - s.start))),
  );
  // "U.S. President Donald Trump warned": the state names the title; the titled person acts.
  const titled = cands[1]?.kind === "Person" && cands[0]?.kind !== "Person" && cands[1];
  // "X took over after Y seized Z": the cue's own clause is the subordinate one, its subject Y.
  const subordinate = cands.length > 1 ? cands.filter((m) => subordinateSubject(s, m, to)).pop() : undefined;
  const first =
    subordinate ??
    (titled && TITLE_BETWEEN.test(s.text.slice(cands[0]!.end - s.start, titled.start - s.start))
      ? titled
      : cands[0]);
  const lead = s.text.slice(from, first ? first.start - s.start : to);
  if (/(?:^|[\s,(])(?:he|she)(?:['’]s)?\s/i.test(lead)) {
    const p = lastPersonBefore(all, s.start + from);
    return { found: p ? [p] : [], pronoun: true };
  }
  if (!first) return { found: [], pronoun: false };
  return { found: [first, ...coordinated(s.text, s.start, cands, first, 1)], pronoun: false };
}

/** A military or civil rank written between a title and the name ("leader, Captain X"). */
const RANK =
  "(?:Captain|Capt\\.|Colonel|Col\\.|General|Gen\\.|Lieutenant|Lt\\.|Major|Maj\\.|Brigadier|Brig\\.|Admiral|Adm\\.|Commander|Sergeant|Sgt\\.|Dr\\.|Mr\\.|Ms\\.|Mrs\\.)";

/** Between an actor and a person: the person's title ("U.S. President ", "Mexico's Foreign Minister ", "Burkina Faso's leader, Captain "). */
const TITLE_BETWEEN = new RegExp(
  `^(?:['’]s)?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:(?:[Ff]ormer|[Dd]eputy|[Aa]cting)\\s+)?(?:${TITLE_ALTERNATION}),?\\s+(?:${RANK}\\s+)?$`,
  "u",
);

/** An object that is an interaction between others ("criticized a meeting between X and Y"): X and Y are not the cue's target. */
const INTERACTION_OBJECT =
  /^\s+(?:a|an|the|any|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meetings?|talks|deals?|agreements?|pacts?|alliances?|ties|relations|rapprochement|contacts?|exchanges?|visits?|calls?|summits?)\s+(?:between|with|of)\s+/u;

/**
 * A subject naming actors through their governments or their people: "The (military) governments
 * of X, Y and Z launched", "Soldiers of the X patrolled", "Fighters of the X swept through",
 * "Gunmen linked to X ambushed", "Inmates belonging to X attacked".
 */
const NAMED_THROUGH =
  /^\s*(?:[Tt]he\s+)?(?:(?:two|three|four|five|six|several|some|many|dozens\s+of|\d+)\s+)?(?:[\p{Ll}-]+\s+)?(?:governments|leaders|presidents|foreign ministers|defen[cs]e ministers|armies|militaries|[Ss]oldiers|[Tt]roops|[Oo]fficers|[Aa]gents|[Mm]embers|[Mm]arines|[Ff]ighters|[Gg]unmen|[Mm]ilitants|[Cc]ommandos|[Ii]nvestigators|[Dd]etectives|[Uu]nits|[Ii]nmates|[Pp]risoners|[Hh]itmen|[Gg]uerrillas|[Rr]ebels|[Dd]issidents|[Cc]ells|[Mm]en)\s+(?:of|from|(?:belonging|loyal|linked|tied|allied)\s+to|allied\s+with|aligned\s+with|working\s+for)\s+(?:the\s+)?$/iu;

/** "after / before / since / until / as X <verb>": X after a conjunction-like preposition, right before the cue, is a clause subject. */
export function subordinateSubject(s: Sentence, m: Mention, cueStart: number): boolean {
  return (
    /\b(?:after|before|since|until|as|when|while|because)\s+(?:the\s+)?$/i.test(
      s.text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start),
    ) && IMMEDIATE_SUBJECT.test(s.text.slice(m.end - s.start, cueStart))
  );
}

/** After an actor: it describes what comes before ("the Pentagon described as", "whom police identified as"). */
const DESCRIBER_NEXT =
  /^\s+(?:has\s+|had\s+|have\s+)?(?:described|identified|called|labell?ed|branded|named)\s+(?:(?:them|him|her)\s+)?as\b/;
/** Before a group: the object is its people, as someone described them ("described as members of"). */
const DESCRIBED_PEOPLE_OF =
  /\b(?:described|identified|labell?ed|branded)\s+as\s+(?:(?:alleged|suspected|senior|top)\s+)?(?:members?|leaders?|operatives?|fighters?|gunmen|associates?|traffickers)\s+of\s+(?:the\s+)?$/;

/** Right after the cue: a part or a possession of a group named through it ("a network linked to", "cells loyal to", "a vessel linked to", "laboratories belonging to"). */
const PART_LINKED_TO =
  /^\s+(?:an?\s+|the\s+|(?:two|three|four|five|six|several|dozens\s+of|\d+)\s+)?(?:[\p{Ll}-]+\s+)?(?:(?:network|cell|ring|faction|structure|band|clique|unit|vessel|boat|ship|plane|aircraft|submarine|semi-submersible|shipment|cargo|lab|warehouse|asset|account|camp|hideout|firm|company|business)s?|laboratories|properties|companies|businesses|property|laboratory|safe\s+houses?)\s+(?:(?:linked|tied|connected|belonging|allied|loyal)\s+to|run\s+by|controlled\s+by|working\s+for|operated\s+by|owned\s+by)\s+(?:the\s+)?$/u;

/** A sentence that opens with a subordinate clause ("After ...,", "When ...,"). */
const OPENING_SUBORDINATE = /^\s*(?:After|Before|When|While|Since|Although|Though|Because|Once|Until|As)\s/;

/** Target actors after the cue within the clause (first one plus coordinated ones); `through` as in {@link OBJECT_THROUGH_PHRASE}. */
export function targets(
  s: Sentence,
  ms: Mention[],
  from: number,
  to: number,
  cueEndsWithPreposition: boolean,
  through: RegExp[] = OBJECT_THROUGH_PHRASE,
): Mention[] {
  // The object ends before another verb ("and then struck", a relative clause's ", mocked"), a sentence apposition with its own
  // clause (", a charge that X dismissed") or a clause of its own ("as Viv Ansanm tightens ...").
  const stop =
    /\s(?:and|or)\s+(?:then\s+|later\s+|also\s+)?\p{Ll}+(?:ed|es)\b|,\s+\p{Ll}{3,}ed\s|,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){1,2}(?:that|which)\s|,\s+which\s+(?!(?:is|was|are|were|has|had|have)\b)|\s(?:as|while|after|because|although|whereas)\s+(?=(?:the\s+)?\p{Lu}\p{Ll})/u.exec(
      s.text.slice(from, to),
    );
  // "After U.S. forces seized X, Y took over": an opening subordinate clause ends at its comma.
  const opening = OPENING_SUBORDINATE.test(s.text) ? s.text.indexOf(",", from) : -1;
  const limit = Math.min(stop ? from + stop.index : to, opening >= 0 ? opening : to);
  const after = ms.filter(
    (m) =>
      m.start - s.start >= from &&
      m.end - s.start <= limit &&
      !INTERACTION_OBJECT.test(s.text.slice(from, m.start - s.start)) &&
      // An actor right before a reporting verb is its speaker (", the ministry said"), never an object;
      // nor one that describes the object ("six people the Pentagon described as members of").
      !REPORTING_NEXT.test(s.text.slice(m.end - s.start, m.end - s.start + 24)) &&
      !DESCRIBER_NEXT.test(s.text.slice(m.end - s.start, m.end - s.start + 40)),
  );
  const first = after.find((m, i) => {
    if (i === 0 && cueEndsWithPreposition) return true;
    if (!inPrepositionalPhrase(s.text, s.start, m)) return true;
    const gap = s.text.slice(from, m.start - s.start);
    return through.some((re) => re.test(gap));
  });
  if (!first) return [];
  // "members of Tren de Aragua's \"Los Gallegos\" faction": the possessed group is the target.
  const possessed = after[after.indexOf(first) + 1];
  if (possessed && /^['’]s\s+["“]?$/.test(s.text.slice(first.end - s.start, possessed.start - s.start)))
    return [possessed, ...coordinated(s.text, s.start, after, possessed, 1)];
  // "captured the CJNG's chief financier, Ramiro Medina": the person the possessive describes.
  if (
    possessed?.kind === "Person" &&
    /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+["“]?$/u.test(
      s.text.slice(first.end - s.start, possessed.start - s.start),
    )
  )
    return [possessed];
  return [first, ...coordinated(s.text, s.start, after, first, 1)];
}

/**
 * An apposition up to a participle: ", " alone ("the Attorney General's Office, headed by"), or its
 * noun phrase (", a FARC dissident faction " / ", a network Washington says was ").
 */
const APPOSITION_TO_PARTICIPLE =
  /^(?:\s*\([^()]{1,15}\)|\))?\s*,\s+(?:(?:a|an|the)\s+(?:[^,;()]{0,60}?\s)?(?:(?:says|said|say|believes|claims)\s+(?:is|was|were|are)\s+)?)?$/;

/** The actor an apposition describes when a participle inside it ("X, a faction led by Y", "X, headed by Y") is the cue at `start`. */
export function appositionHead(s: Sentence, ms: Mention[], start: number): Mention | undefined {
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
export function ofWhich(
  s: Sentence,
  ms: Mention[],
  cueStart: number,
): { antecedents: Mention[]; subjects: Mention[] } | undefined {
  const from = Math.max(0, cueStart - 90);
  const m = OF_WHICH.exec(s.text.slice(from, cueStart));
  if (!m) return undefined;
  const at = from + m.index;
  const last = ms.filter((x) => x.end - s.start <= at).pop();
  if (!last || !/^\s*(?:\([^()]{1,15}\))?[\s,"”)]*$/.test(s.text.slice(last.end - s.start, at)))
    return undefined;
  const pronounEnd = at + m[0].length - m[0].replace(/^.*?\b(?:which|whom)\s+/i, "").length;
  const subjects = ms
    .filter((x) => x.start - s.start >= pronounEnd && x.end - s.start <= cueStart)
    .slice(0, 1);
  // A bare "which"/"whom" is an object relative only with its own subject ("X, whom the Treasury sanctioned").
  if (m[0].startsWith(",") && !subjects.length) return undefined;
  return { antecedents: [last, ...coordinated(s.text, s.start, ms, last, -1)], subjects };
}

export const NOUN_OBJECT = /^\s+(?:to|against|on|toward|towards|at)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?$/u;

/** The actor written as a modifier or possessor right before a noun cue ("U.S. strikes", "Mexico's arrest of"). */
export function modifierBefore(s: Sentence, ms: Mention[], start: number): Mention | undefined {
  const m = [...ms].reverse().find((x) => x.end - s.start <= start);
  if (!m) return undefined;
  const gap = s.text.slice(m.end - s.start, start);
  return /^(?:['’]s)?\s+(?:(?:military|naval|federal|joint|recent|latest|new|planned|reported|alleged|deadly|lethal|covert|air|land|drone|missile)\s+){0,2}$/.test(
    gap,
  )
    ? m
    : undefined;
}

/** Where the designated list ends: a reason or a new clause ("..., accusing him of", "for supplying"). */
const DESIGNATION_END =
  /,?\s+(?:accusing|saying|citing|alleging|after|because|which|who|whom|while)\b|\s+for\s+(?:\p{Ll}+ing|its|their|his|her|the|alleged)\b|\s+as\s+(?=(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Ll}+(?:s|ed)\s)/u;

/**
 * People counted, then some of them named: "sanctioned six people it described as financial
 * operators, among them X", "arrested 12 suspects on Friday, including X". X is the cue's object.
 */
export const COUNTED_THEN_NAMED =
  /^\s+(?:(?:at least|more than|some|about|nearly|another|other)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|a dozen|hundreds of|scores of)\s+(?:[\p{Ll}-]+\s+){0,2}(?:people|persons|men|women|individuals|suspects|members|leaders|officials|officers|figures|operatives|associates|commanders|operators|businessmen|executives)\b[^;:!?]{0,100},\s+(?:including|among them|among whom|among those|such as|notably)\s+(?:the\s+)?["“]?$/u;

/** Between the cue and an actor inside a prepositional phrase: gaps after which it is still the object. */
const OBJECT_THROUGH_PHRASE: RegExp[] = [
  /^\s*(?:(?:\S+\s+){0,2}|(?:\S+\s+){1,4}of\s+(?:the\s+|any\s+|further\s+|more\s+)?|(?:an?\s+|the\s+)?(?:proposals?|plans?|requests?|calls?|demands?|offers?|pressure|push)\s+(?:for|by|from)\s+(?:the\s+)?)$/,
  COUNTED_THEN_NAMED,
  DESCRIBED_PEOPLE_OF,
  PART_LINKED_TO,
];

/**
 * After a threat, its content: a punishment aimed at the actor ("threatened to impose tariffs on X",
 * "warned he would cut off aid to X", "threatened to send troops into X").
 */
const THREAT_CONTENT =
  /^\s+(?:to|(?:it|he|she|they|we)\s+(?:would|will|could|might))\s+(?:impose|slap|levy|place|cut(?:\s+off)?|suspend|halt|freeze|withhold|send|deploy|use|take|launch|unleash|order|retaliate|expel|break\s+off|sever|declare\s+war)\s+(?:[\p{Ll}-]+\s+){0,3}(?:on|against|at|to|into|from|with)\s+(?:the\s+)?$/u;

/** The gaps through which a threat's object is reached: those of any cue, and a threat's content. */
export const THREAT_THROUGH: RegExp[] = [...OBJECT_THROUGH_PHRASE, THREAT_CONTENT];

/** Relatives and associates a possessive names ("Petro's wife, ", "his son "). */
const RELATIVE_NOUN =
  "(?:wife|husband|son|daughter|brother|sister|father|mother|nephew|niece|cousin|partner|associate|lawyer|aide|financier|lieutenant)s?";
/** Between a person and a relative of theirs named right after: "'s wife, " / "'s two sons ". */
const RELATIVE_OF = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+)?${RELATIVE_NOUN},?\\s+$`, "u");

/** Targets of a designation: the groups and institutions after the cue up to the reason, and a person named right after it ("sanctioned businessman X Y") or among the people it counts. */
export function designated(s: Sentence, ms: Mention[], from: number, to: number): Mention[] {
  const stop = DESIGNATION_END.exec(s.text.slice(from, to));
  const limit = stop ? from + stop.index : to;
  const inside = ms.filter((m) => m.start - s.start >= from && m.end - s.start <= limit);
  const named = inside.find(
    (m) => m.kind === "Person" && COUNTED_THEN_NAMED.test(s.text.slice(from, m.start - s.start)),
  );
  const people = named ? [named, ...coordinated(s.text, s.start, inside, named, 1)] : [];
  // "sanctioned Petro's wife, X, and his son Y": the relatives, not the possessor.
  const possessors = new Set<Mention>();
  for (let i = 1; i < inside.length; i++) {
    const [prev, m] = [inside[i - 1]!, inside[i]!];
    if (m.kind !== "Person") continue;
    const gap = s.text.slice(prev.end - s.start, m.start - s.start);
    if (!RELATIVE_OF.test(gap)) continue;
    if (prev.kind === "Person") possessors.add(prev);
    // ", and his son Y" after the relative: coordinated with it.
    people.push(m, ...coordinated(s.text, s.start, inside, m, 1).filter((x) => x.kind === "Person"));
  }
  // "sanctioned businessman X Y" / "sanctioned X and Y": a person named right after the cue, and those coordinated with it.
  const first = inside[0];
  if (
    first?.kind === "Person" &&
    /^\s+(?:(?:the|an?|[\p{Lu}][\p{Ll}]+|[\p{Ll}-]+),?\s+){0,3}$/u.test(
      s.text.slice(from, first.start - s.start),
    )
  )
    people.push(first, ...coordinated(s.text, s.start, inside, first, 1).filter((m) => m.kind === "Person"));
  return inside.filter(
    (m) => !possessors.has(m) && (m.kind === "Cartel" || m.kind === "Institution" || people.includes(m)),
  );
}
