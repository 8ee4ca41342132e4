/**
 * Parts of criminal and armed groups, as news about gangs writes them: "X, a cell of Y",
 * "Y's \"X\" faction", "a Y cell known as X", "X, Y's armed wing", "Y split into two factions: X
 * and Z", "the two factions of Y: X and Z", "Y’s rival factions, X and Z" → X MEMBER_OF Y; "X, the
 * faction loyal to P", "P's X gang" and "the X (short name) of P" → P LEADS X. Each shape is a named rule with
 * its confidence; both ends of a part must be groups (Cartel kind).
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

const PART =
  "(?:cells?|factions?|wings?|branch(?:es)?|offshoots?|splinter groups?|clicas?|chapters?|affiliates?)";

interface Shape {
  rule: string;
  confidence: number;
  /** Text between the first mention and the second. */
  gap: RegExp;
  /** Which of the two mentions is the part. */
  part: "first" | "second";
}

const SHAPES: Shape[] = [
  {
    // "Los Trinitarios, a cell of the Tren de Aragua"
    rule: "faction:apposition-of",
    confidence: 0.75,
    gap: new RegExp(
      `^["”]?,?\\s+(?:a|an|the|one)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${PART}\\s+(?:of|within|inside)\\s+(?:the\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?$`,
      "u",
    ),
    part: "first",
  },
  {
    // "the Los Pepes faction of the Los Choneros gang"
    rule: "faction:named-of",
    confidence: 0.75,
    gap: new RegExp(`^["”]?\\s+${PART}\\s+(?:of|within|inside)\\s+(?:the\\s+)?$`, "u"),
    part: "first",
  },
  {
    // "Tren de Aragua's \"Los Gallegos\" faction", "Barrio 18's Revolucionarios faction"
    rule: "faction:possessive",
    confidence: 0.75,
    gap: /^['’]s\s+["“]?$/u,
    part: "second",
  },
  {
    // "a Tren de Aragua cell known as \"Los Piratas\""
    rule: "faction:known-as",
    confidence: 0.7,
    gap: new RegExp(`^\\s+${PART}\\s+(?:known|called|named)\\s+(?:as\\s+)?["“]?$`, "u"),
    part: "second",
  },
  {
    // "Los Choneros, the Sinaloa Cartel's armed wing"
    rule: "faction:apposition-possessive",
    confidence: 0.7,
    gap: /^["”]?,?\s+(?:a|an|the)\s+$/u,
    part: "first",
  },
];

/** "X has split into two factions: A and B" / "the two factions of X, A and B": A and B are parts of X. */
const SPLIT_INTO = new RegExp(
  `^\\s+(?:(?:has|had|have)\\s+)?(?:split|splintered|divided|broken\\s+up)\\s+into\\s+(?:(?:two|three|four|rival|several)\\s+)?(?:[\\p{Ll}-]+\\s+)?${PART}\\s*[:,—–]\\s*(?:the\\s+)?$`,
  "u",
);
/** "Y's two main factions, A and B": the gap between Y and A. */
const POSSESSIVE_PARTS = new RegExp(
  `^['’]s\\s+(?:(?:two|three|four|main|rival|largest|biggest|warring)\\s+){0,3}${PART}\\s*[:,—–]\\s*(?:the\\s+)?$`,
  "u",
);
/** "the two main factions of Y: A and B": before Y, and the gap between Y and A. */
const PARTS_OF = new RegExp(`${PART}\\s+of\\s+(?:the\\s+)?$`, "u");
const LIST_OPENS = /^\s*[:—–]\s*(?:the\s+)?$/;

/** Between the parts of a list: ", ", " and ", ", and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/;
/** "X, the faction loyal to Y": Y leads X. */
const LOYAL_TO = new RegExp(
  `^,\\s+(?:the|a)\\s+(?:[\\p{Ll}-]+\\s+)?${PART}\\s+(?:still\\s+)?loyal\\s+to\\s+$`,
  "u",
);

/** Between a group (and its bracketed short name) and the person it is "of". */
const OF_LEADER = /^\)?\s*(?:\([^()\n]{1,12}\)\s*)?of\s+$/;

/** The possessive tail after the second mention that the last shape needs ("'s armed wing"). */
const POSSESSIVE_PART = new RegExp(`^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}${PART}\\b`, "u");
/** After a possessive part: "faction" right after the quoted name. */
const NAME_THEN_PART = new RegExp(`^["”]?\\s+${PART}\\b`, "u");

/** Faction relations of the sentences of one document. */
export function factionRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const emit = (s: Sentence, source: Mention, target: Mention, type: "MEMBER_OF" | "LEADS", rule: string) => {
    if (!validPair(type, source, target)) return;
    const [first, second] = source.start < target.start ? [source, target] : [target, source];
    out.push({
      source,
      target,
      type,
      confidence: 0.7,
      sentence: s,
      cue: s.text.slice(first.end - s.start, second.start - s.start).trim(),
      cueStart: first.end,
      cueEnd: second.start,
      rule,
    });
  };
  for (const s of sentences) {
    const all = mentionsIn(mentions, s).filter((m) => !m.rule.startsWith("coreference:"));
    for (let i = 0; i + 1 < all.length; i++) {
      const [a, b] = [all[i]!, all[i + 1]!];
      const gap = s.text.slice(a.end - s.start, b.start - s.start);
      if (a.kind === "Cartel" && b.kind === "Person" && LOYAL_TO.test(gap))
        emit(s, b, a, "LEADS", "faction:loyal-to");
      // "the Estado Mayor Central (EMC) of Néstor Gregorio Vera": a group named as its leader's.
      if (a.kind === "Cartel" && b.kind === "Person" && OF_LEADER.test(gap))
        emit(s, b, a, "LEADS", "faction:of-leader");
      // "Vitel'Homme Innocent's Kraze Baryè gang": the gang's owner leads it.
      if (
        a.kind === "Person" &&
        b.kind === "Cartel" &&
        /^['’]s\s+$/.test(gap) &&
        /^\s+(?:gang|faction|militia|cartel|group)\b/.test(
          s.text.slice(b.end - s.start, b.end - s.start + 12),
        )
      )
        emit(s, a, b, "LEADS", "faction:possessive-leader");
      if (a.kind !== "Cartel" || b.kind !== "Cartel") continue;
      const rule = SPLIT_INTO.test(gap)
        ? "faction:split-into"
        : POSSESSIVE_PARTS.test(gap) ||
            (LIST_OPENS.test(gap) &&
              PARTS_OF.test(s.text.slice(Math.max(0, a.start - s.start - 40), a.start - s.start)))
          ? "faction:parts-of"
          : undefined;
      if (!rule) continue;
      emit(s, b, a, "MEMBER_OF", rule);
      for (let j = i + 2; j < all.length; j++) {
        const c = all[j]!;
        const between = s.text.slice(all[j - 1]!.end - s.start, c.start - s.start);
        if (c.kind !== "Cartel" || !LIST_GAP.test(between)) break;
        emit(s, c, a, "MEMBER_OF", rule);
      }
    }
    const ms = all.filter((m) => m.kind === "Cartel");
    for (let i = 0; i + 1 < ms.length; i++) {
      const [a, b] = [ms[i]!, ms[i + 1]!];
      if (a.key === b.key) continue;
      const gap = s.text.slice(a.end - s.start, b.start - s.start);
      const after = s.text.slice(b.end - s.start, b.end - s.start + 40);
      for (const shape of SHAPES) {
        if (!shape.gap.test(gap)) continue;
        if (shape.rule === "faction:possessive" && !NAME_THEN_PART.test(after)) continue;
        if (shape.rule === "faction:apposition-possessive" && !POSSESSIVE_PART.test(after)) continue;
        const [part, whole] = shape.part === "first" ? [a, b] : [b, a];
        if (!validPair("MEMBER_OF", part, whole)) break;
        const cueStart = a.end;
        out.push({
          source: part,
          target: whole,
          type: "MEMBER_OF",
          confidence: shape.confidence,
          sentence: s,
          cue: gap.trim() || "'s",
          cueStart,
          cueEnd: b.start,
          rule: shape.rule,
        });
        break;
      }
    }
  }
  return out;
}
