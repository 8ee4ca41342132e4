/**
 * Titles that introduce people, and what they say: a head (LEADS) or a member (MEMBER_OF) of an
 * organisation (lists in loaders/gazetteer/words.json). Longest title wins ("security chief" is a
 * member, "chief" alone a head).
 */
import type { RelationType } from "../../graph/ontology.ts";
import { WORDS } from "./words.ts";

const LEADS = WORDS.titles.leads;
const MEMBERS = WORDS.titles.members;

/** Title → relation type, longest first. */
export const TITLES: [string, RelationType][] = [
  ...LEADS.map((t): [string, RelationType] => [t, "LEADS"]),
  ...MEMBERS.map((t): [string, RelationType] => [t, "MEMBER_OF"]),
].sort((a, b) => b[0].length - a[0].length);

/** Every title, escaped for a regular expression, longest first, as one alternation. */
export const TITLE_ALTERNATION = TITLES.map(([t]) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/**
 * Matches a title (optionally "Deputy"/"Vice"/"former") at the end of a string, past a rank after
 * it ("Southern Command's chief, General ").
 */
export const TITLE_BEFORE = new RegExp(
  `(?:^|[\\s(—–-])((?:[Ff]ormer |[Ee]x-|then-)?(?:Deputy |Acting |deputy |acting )?(?:${TITLE_ALTERNATION}))(?:,\\s+(?:General|Gen\\.|Admiral|Adm\\.|Colonel|Col\\.|Major|Maj\\.|Captain|Capt\\.|Dr\\.))?[\\s,]*$`,
);

/** Matches a title at the start of a string (for appositions: "X, the leader of Y"; a list's "X: the leader of Y"). */
export const TITLE_AFTER = new RegExp(
  `^[,:]?\\s+(?:one\\s+of\\s+)?(?:(?:the|a|an|its|his|her|their)\\s+)?(?:(?:former|senior|top|veteran|alleged|suspected|reputed|presumed|known|regional|local|high-ranking|key|most)\\s+)*(?:(?<=(?:the|a|an)\\s+)(?:[\\p{Ll}-]+\\s+){1,2}(?=[\\p{Ll}]))?(?:([\\p{Lu}][\\p{L}\\p{N}.-]+(?:\\s+(?:de|del|la|los|[\\p{Lu}][\\p{L}\\p{N}.-]+|\\p{N}{1,3})){0,3}(?:\\s+(?:faction|gang|cartel|clan|cell))?(?:['’]s|s['’])?|(?<=\\bthe\\s+)(?:gang|group|cartel|faction|organi[sz]ation|militia|coalition|agency|ministry|party)['’]s)\\s+(?:(?:top|senior|reputed|alleged|longtime|new|current|main|former)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2})?(${TITLE_ALTERNATION})(?<=[\\p{L}.])s?\\b(?:\\s+(?:of|for|at|with|from|on|in|within)\\s+(?:the\\s+)?(?:(?:opposition|ruling|governing|rival|conservative|leftist|right-wing|left-wing)\\s+)?)?`,
  "u",
);

/** A title without "former", "ex-", "then-", "Deputy" or "Acting" ("Deputy Foreign Minister" → "Foreign Minister"). */
export function bareTitle(title: string): string {
  return title.replace(/^(?:[Ff]ormer |[Ee]x-|then-)?(?:Deputy |Acting |deputy |acting )?/, "");
}

/** The relation a title implies. */
export function titleRelation(title: string): RelationType | undefined {
  const t = bareTitle(title);
  if (/^(?:[Ff]ormer|[Ee]x-)/.test(title)) return undefined;
  const hit = BY_TITLE.get(t) ?? BY_LOWER_TITLE.get(t.toLowerCase());
  if (!hit) return undefined;
  return /^(Deputy|deputy|Acting|acting)/.test(title.replace(/^(then-)/, "")) && hit === "LEADS"
    ? "MEMBER_OF"
    : hit;
}

/** Title → relation, exact spelling first (the longest-first order of TITLES decides between equal keys). */
const BY_TITLE = new Map([...TITLES].reverse());
const BY_LOWER_TITLE = new Map([...TITLES].reverse().map(([t, r]) => [t.toLowerCase(), r] as const));
