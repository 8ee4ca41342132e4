/**
 * Plural definite descriptions of two actors: "both gangs", "the two countries", "the two leaders"
 * stand for the last two distinct actors of the matching kind named shortly before (outside quotes,
 * no collective). The description gives two mentions that read as a coordination: its first words
 * ("both", "the two") for the earlier actor, its noun for the later one, so a cue before or after it
 * takes both ("cooperation between the two countries": the first is the source, the other the
 * target). Conservative: fewer than two such actors within the window, no link.
 */
import type { NodeKind } from "../../graph/ontology.ts";
import { quotedAt } from "./coref.ts";
import type { Mention } from "./mentions.ts";
import { lowerBound } from "./spans.ts";

/** Plural head nouns, the kinds of actor they can stand for, and what must come before them if anything. */
const PLURAL_HEADS: [RegExp, NodeKind[], RegExp?][] = [
  [/^(?:gangs|cartels|factions|militias|clans)$/i, ["Cartel"]],
  [/^(?:groups|organi[sz]ations)$/i, ["Cartel", "Institution"]],
  [/^(?:countries|governments|nations|states|neighbou?rs)$/i, ["Government"]],
  [/^(?:leaders|presidents|ministers|men|women)$/i, ["Person"]],
  // "both sides" is two states only in "between both sides" (elsewhere: a war's, a debate's).
  [/^sides$/i, ["Government"], /\bbetween\s+$/i],
];

/** "both gangs", "the two criminal groups" (not "both gangs' leaders": a possessive names people). */
const PAIR_DESCRIPTION =
  /\b((?:[Bb]oth|[Tt]he\s+two))\s+(?:(?:rival|criminal|armed|neighbouring|neighboring|allied)\s+)?([a-z]+)\b(?!['’])/g;

/** How far back (characters) the two actors may be. */
const WINDOW = 600;

/** The last two distinct actors of `kinds` before mention index `i`, earlier one first. */
function lastTwo(mentions: Mention[], i: number, start: number, kinds: NodeKind[]): Mention[] {
  const found: Mention[] = [];
  for (let j = i - 1; j >= 0 && found.length < 2 && start - mentions[j]!.end <= WINDOW; j--) {
    const m = mentions[j]!;
    if (m.end > start || m.quoted || m.actor?.collective || !kinds.includes(m.kind)) continue;
    if (!found.some((f) => f.key === m.key)) found.push(m);
  }
  return found.length === 2 ? found.reverse() : [];
}

/** Mentions the plural descriptions of `text` add, resolved against `mentions` (sorted by start). */
export function pairMentions(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const d of text.matchAll(PAIR_DESCRIPTION)) {
    const [, kinds, after] = PLURAL_HEADS.find(([re]) => re.test(d[2]!)) ?? [];
    if (!kinds || quotedAt(text, d.index)) continue;
    if (after && !after.test(text.slice(Math.max(0, d.index - 12), d.index))) continue;
    const start = d.index;
    const end = start + d[0].length;
    const i = lowerBound(mentions, start);
    if (mentions[i] && mentions[i]!.start < end) continue;
    const [first, second] = lastTwo(mentions, i, start, kinds);
    if (!first || !second) continue;
    const headStart = end - d[2]!.length;
    const rule = `coreference:${d[0].toLowerCase().replace(/\s+/g, " ")}`;
    out.push(
      { ...first, start, end: start + d[1]!.length, text: d[1]!, rule },
      { ...second, start: headStart, end, text: d[2]!, rule },
    );
  }
  return out;
}
