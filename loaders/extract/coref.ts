/**
 * Conservative coreference of definite descriptions within a document: "the group", "the gang",
 * "the agency", "the mission", "the country"... resolve to the last actor of the matching kind
 * mentioned shortly before (outside quotes), or a little farther one whose name has the noun ("the
 * council" → the Transitional Presidential Council past the United Nations); no antecedent of
 * that kind nearby, no link. "the government of X" and "the group of" are not descriptions of a
 * previous actor.
 */
import type { NodeKind } from "../../graph/ontology.ts";
import type { Mention } from "./mentions.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { lowerBound } from "./spans.ts";

/** Head nouns and the kinds of actor they can stand for. */
const HEADS: [RegExp, NodeKind[]][] = [
  [/^(?:gang|cartel|faction|militia|clan|syndicate)$/i, ["Cartel"]],
  [/^(?:coalition)$/i, ["Cartel"]],
  // An armed group named by its fighters ("the rebels", "the guerrillas").
  [/^(?:rebels|guerrillas|insurgents|militants|dissidents)$/i, ["Cartel"]],
  [/^(?:group|organi[sz]ation)$/i, ["Cartel", "Institution"]],
  [
    /^(?:agency|ministry|department|office|council|committee|commission|bloc|alliance|force|service|court|party)$/i,
    ["Institution"],
  ],
  [/^(?:mission)$/i, ["Institution", "Operation"]],
  [/^(?:operation|offensive)$/i, ["Operation"]],
  [/^(?:country|nation|government|administration|state)$/i, ["Government"]],
];

/**
 * "the administration": the last state named as an administration ("the Trump administration"),
 * else the United States when the text has named it (the word is American usage), else undefined
 * (the nearest state then, as for other descriptions).
 */
function administrationBefore(mentions: Mention[], end: number): Mention | undefined {
  const before = mentions.slice(0, end).filter((m) => m.kind === "Government" && !m.quoted);
  return (
    before.filter((m) => /administration/i.test(m.text)).pop() ??
    before.filter((m) => m.key === "United States").pop()
  );
}

/** True when `pos` is inside a double-quoted passage of its paragraph (an odd number of quote marks before it). */
export function quotedAt(text: string, pos: number): boolean {
  const para = text.lastIndexOf("\n", pos) + 1;
  return (text.slice(para, pos).match(/["“”]/g)?.length ?? 0) % 2 === 1;
}

/** How far back (characters) an antecedent may be. */
const WINDOW = 500;

const DESCRIPTION =
  /\b(?:[Tt]he|[Tt]his)\s+(?:(?:same|latter|criminal|armed|jihadist|militant|drug|national|federal|multinational|international|islamic)\s+)?([a-z]+)\b(?!,?\s+(?:of\s+(?:the\s+)?\p{Lu}|(?:for|that|which|who|known\s+as|called|named|dubbed)\b))(?!['’]s\s+own)/gu;

/** Where the sentence holding `pos` begins (after the last sentence end before it). */
function sentenceStartBefore(text: string, pos: number): number {
  const head = text.slice(Math.max(0, pos - 600), pos);
  let at = -1;
  for (const m of head.matchAll(/[.!?]["”]?\s+(?=["“]?\p{Lu})|\n/gu)) at = m.index + m[0].length;
  return at < 0 ? Math.max(0, pos - 600) : pos - head.length + at;
}

/**
 * The subject of the sentence before a description when the nearest candidate stands there
 * after it: "The PCC has fought the Red Command for years. ... the gang's" is the PCC, the
 * sentence's topic, not the object named last.
 */
function sentenceSubject(
  text: string,
  mentions: Mention[],
  start: number,
  nearest: Mention | undefined,
  kinds: NodeKind[],
): Mention | undefined {
  if (!nearest || nearest.end > sentenceStartBefore(text, start)) return undefined;
  const from = sentenceStartBefore(text, nearest.start);
  const first = mentions[lowerBound(mentions, from)];
  return first &&
    first !== nearest &&
    first.start < nearest.start &&
    kinds.includes(first.kind) &&
    !first.quoted &&
    !first.actor?.collective
    ? first
    : undefined;
}

/** A word-bounded test for each description noun, built once per noun. */
const nounTests = new Map<string, RegExp>();
const nounIn = (noun: string): RegExp => {
  const key = noun.toLowerCase();
  const known = nounTests.get(key);
  if (known) return known;
  const re = new RegExp(`\\b${key}\\b`, "i");
  nounTests.set(key, re);
  return re;
};

/**
 * Mentions of `text` that definite descriptions add, resolved against `mentions` (sorted by start).
 * "the government" outside quotes is the document's `home` state (its
 * dateline's) when it has one, as wire copy writes it; "the country" with no state nearby too.
 */
export function descriptionMentions(text: string, mentions: Mention[], home?: Mention): Mention[] {
  const out: Mention[] = [];
  for (const d of text.matchAll(DESCRIPTION)) {
    const kinds = HEADS.find(([re]) => re.test(d[1]!))?.[1];
    if (!kinds) continue;
    const start = d.index;
    const end = start + d[0].length;
    const i = lowerBound(mentions, start);
    if (mentions[i] && mentions[i]!.start < end) continue;
    const homeFirst = home && /^government$/i.test(d[1]!) && !quotedAt(text, start);
    let antecedent: Mention | undefined = homeFirst
      ? home
      : /^administration$/i.test(d[1]!)
        ? administrationBefore(mentions, i)
        : undefined;
    // The nearest actor of the kind, unless one a little farther bears the noun in its name ("the
    // council" after "the Transitional Presidential Council asked the United Nations").
    const head = nounIn(d[1]!);
    let nearest: Mention | undefined;
    for (let j = i - 1; !antecedent && j >= 0 && start - mentions[j]!.end <= WINDOW; j--) {
      const m = mentions[j]!;
      // A singular description ("the cartel") is one actor, never a collective ("Mexican cartels").
      if (m.end > start || m.quoted || m.actor?.collective || !kinds.includes(m.kind)) continue;
      nearest ??= m;
      if (head.test(m.name)) antecedent = m;
    }
    // "the mission" long after the Multinational Security Support Mission: the institution named by
    // the noun, however far back, before the nearest actor of its kind.
    for (let j = i - 1; !antecedent && j >= 0; j--) {
      const m = mentions[j]!;
      // Institutions only: "the operation" far from its name is the event, whoever conducted it.
      if (
        m.end <= start &&
        !m.quoted &&
        m.kind === "Institution" &&
        kinds.includes(m.kind) &&
        head.test(m.name)
      )
        antecedent = m;
    }
    antecedent ??= sentenceSubject(text, mentions, start, nearest, kinds) ?? nearest;
    if (!antecedent && home && kinds.includes("Government") && !quotedAt(text, start)) antecedent = home;
    if (!antecedent) continue;
    out.push({ ...antecedent, start, end, text: d[0], rule: `coreference:${d[1]!.toLowerCase()}` });
  }
  return out;
}

/** "it" as the subject of an action verb (not "it is", "it seems", "it remains unclear"...). */
const IT_SUBJECT =
  /(?<![\p{L}'’])[Ii]t\s+(?:(?:also|now|still|reportedly|allegedly|has|had|would|will|could|did|does|then|later)\s+){0,2}(?!(?:is|was|has|seems|appears|remains|means|takes|matters|follows|happens|became|becomes|depends|comes|goes|costs|looks|sounds|feels|makes|helps|needs|includes|contains)\b)(?:\p{Ll}{3,}(?:s|ed)|said|told|sent|sought|fought|struck|held|led|ran|paid|won|lost|began)\b/gu;

/** A reporting verb right before "it": "it" is the speaker ("The agency said it arrested..."). */
const SAID_IT = /\b(?:said|says|added|announced|stated|confirmed|claimed|insisted)\s+(?:that\s+)?$/;
/** A speaker named by a plural noun ("U.S. officials", "authorities") is no "it". */
const PLURAL_SPEAKER =
  /\b(?:officials|authorities|officers|agents|sources|leaders|prosecutors|investigators|diplomats|members)$/i;

/** Where a sentence starts (before its first word, "The" allowed). */
const SENTENCE_OPENING = /^\s*(?:(?:The|the)\s+)?$/;

/**
 * "it" as the subject of an action ("Los Lobos ... It works with the CJNG"; "officials say it
 * works with"): the actor that opens the previous sentence, when that actor is no person and opens
 * it (the sentence's topic), within 300 characters; right after "said", the actor that opens the
 * sentence itself when it is no plural ("The agency said it arrested"). Inside quotes, or with no
 * such topic, no link.
 */
export function itMentions(text: string, mentions: Mention[], split?: Sentence[]): Mention[] {
  const out: Mention[] = [];
  let sentences = split;
  for (const it of text.matchAll(IT_SUBJECT)) {
    const start = it.index;
    if (quotedAt(text, start)) continue;
    sentences ??= splitSentences(text);
    const k = sentences.findIndex((x) => x.start <= start && start < x.end);
    // "X said it ...": the speaker that opens this sentence; otherwise the previous sentence's topic.
    const own =
      sentences[k] && SAID_IT.test(text.slice(sentences[k]!.start, start)) ? sentences[k] : undefined;
    const from = own ?? (k > 0 ? sentences[k - 1] : undefined);
    if (!from) continue;
    const topic = mentions[lowerBound(mentions, from.start)];
    if (!topic || topic.start >= Math.min(from.end, start) || start - topic.end > 300) continue;
    if (topic.kind === "Person" || topic.quoted || (own && PLURAL_SPEAKER.test(topic.text))) continue;
    if (!SENTENCE_OPENING.test(text.slice(from.start, topic.start))) continue;
    out.push({ ...topic, start, end: start + 2, text: it[0].slice(0, 2), rule: "coreference:it" });
  }
  return out;
}

/** What links a name to the one before it as the same actor: ", which calls itself the", ", also known as". */
const SELF_NAME =
  /^,?\s+(?:(?:which|who)\s+(?:also\s+)?(?:calls|called)\s+(?:itself|themselves|himself|herself)|(?:also\s+|formerly\s+)?(?:known|referred\s+to)\s+as)\s+(?:the\s+)?$/;

/**
 * Names a text gives as another name of the actor just before them ("the Gulf Clan, which calls
 * itself the Gaitanist Army of Colombia"): every mention of the second name becomes the first actor's.
 */
export function selfNames(text: string, mentions: Mention[]): Mention[] {
  const renamed = new Map<string, Mention>();
  for (let i = 1; i < mentions.length; i++) {
    const [a, b] = [mentions[i - 1]!, mentions[i]!];
    if (a.kind === "Person" || b.kind === "Person" || a.key === b.key || b.actor) continue;
    if (b.start - a.end > 60 || !SELF_NAME.test(text.slice(a.end, b.start))) continue;
    renamed.set(b.key, renamed.get(a.key) ?? a);
  }
  if (!renamed.size) return mentions;
  return mentions.map((m) => {
    const to = renamed.get(m.key);
    return to ? { ...m, key: to.key, name: to.name, kind: to.kind, actor: to.actor } : m;
  });
}
