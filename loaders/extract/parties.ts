/**
 * Party membership told by a possessive or an apposition: "Sheinbaum's Morena party", "President
 * X's ruling Y party", "Morena, Sheinbaum's party", "X, from the opposition Y Party", "X, a
 * Republican from Kentucky", "X, a Virginia Democrat" give the person MEMBER_OF the party. A party is an
 * institution whose name ends in "Party" or that the text follows with "party" or "movement".
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** Words that place a party ("the ruling Morena party", "the opposition Y Party"). */
const LEANING = "ruling|governing|leftist|left-wing|right-wing|conservative|centrist|populist|opposition";

/** Between the person and the party: "'s", "'s ruling", "'s own". */
const POSSESSIVE_BEFORE = new RegExp(`^['’]s[ \\t]+(?:(?:own|${LEANING})[ \\t]+)?$`);
/** "X, from the opposition Y party", "X, a lawmaker from the Y Party". */
const FROM_PARTY = new RegExp(
  `^,[ \\t]+(?:an?[ \\t]+[\\p{Ll}-]+[ \\t]+)?(?:from|of)[ \\t]+the[ \\t]+(?:(?:${LEANING})[ \\t]+)?$`,
  "u",
);
/** A party's member named by the party ("a Republican", "a Virginia Democrat"). */
const PARTISAN = /^(?:Republican|Democrat)$/;
/** Between the person and that word: ", a ", ", a Virginia ", ", a veteran ". */
const PARTISAN_BEFORE = /^,[ \t]+an?[ \t]+(?:[\p{L}.-]+[ \t]+){0,2}$/u;

/** After the person of "Morena, Sheinbaum's party". */
const POSSESSIVE_AFTER = new RegExp(
  `^['’]s[ \\t]+(?:own[ \\t]+)?(?:(?:${LEANING})[ \\t]+)?(?:party|movement)\\b`,
);

/** True when `m` is a party: named "... Party", or followed by "party" / "movement". */
function isParty(text: string, m: Mention): boolean {
  if (m.kind !== "Institution") return false;
  return (
    /\b(?:Party|Movement)$/.test(m.name) || /^[ \t]+(?:party|movement)\b/.test(text.slice(m.end, m.end + 10))
  );
}

/** MEMBER_OF relations of people to the party a possessive gives them, in one document. */
export function partyRelations(text: string, sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  const emit = (s: Sentence, person: Mention, party: Mention, cueStart: number, cueEnd: number) => {
    if (validPair("MEMBER_OF", person, party))
      out.push({
        source: person,
        target: party,
        type: "MEMBER_OF",
        confidence: 0.75,
        sentence: s,
        cue: text.slice(cueStart, cueEnd),
        cueStart,
        cueEnd,
        rule: "possessive-party",
      });
  };
  for (const s of sentences) {
    if (!/[Pp]arty|[Mm]ovement|Republican|Democrat/.test(s.text)) continue;
    const ms = mentionsIn(mentions, s);
    for (let i = 0; i + 1 < ms.length; i++) {
      const a = ms[i]!;
      const b = ms[i + 1]!;
      const between = text.slice(a.end, b.start);
      if (
        a.kind === "Person" &&
        isParty(text, b) &&
        (POSSESSIVE_BEFORE.test(between) ||
          FROM_PARTY.test(between) ||
          (PARTISAN.test(b.text) && PARTISAN_BEFORE.test(between)))
      )
        emit(s, a, b, a.start, b.end);
      if (
        a.kind === "Institution" &&
        b.kind === "Person" &&
        /^,[ \t]+(?:(?:President|Senator|Sen\.)[ \t]+)?$/.test(between)
      ) {
        const after = POSSESSIVE_AFTER.exec(text.slice(b.end, b.end + 50));
        if (after) emit(s, b, a, a.start, b.end + after[0].length);
      }
    }
  }
  return out;
}
