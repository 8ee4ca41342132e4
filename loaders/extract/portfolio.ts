/**
 * A minister leads their ministry: "Interior Minister X", "Minister of Security X", "X, the justice
 * minister", "Homeland Security Secretary X", "acting Commissioner of Police X" give X LEADS the
 * document's one ministry, department or secretariat of that portfolio (the portfolios are
 * `WORDS.portfolios`), or its one police force. Conservative: no such institution in the document,
 * or several, gives nothing; a deputy, vice or former minister gives nothing, nor a minister whose
 * title names another state ("Colombia's defence minister" and the Ecuadorian Defence Ministry).
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { WORDS } from "./words.ts";

/** "[Ii]nterior" for "Interior": a word in either case of its first letter. */
const either = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
const ONE_PORTFOLIO = WORDS.portfolios.map((p) => p.split(" ").map(either).join("[ \\t]+")).join("|");
/** One portfolio or two joined ("Justice and Security"). */
const PORTFOLIO = `(?:${ONE_PORTFOLIO})(?:[ \\t]+and[ \\t]+(?:${ONE_PORTFOLIO}))?`;
const HEAD = `(?:${either("minister")}|${either("secretary")})`;
const POLICE = `(?:${either("police")}[ \\t]+(?:${either("commissioner")}|${either("chief")}|${either("director")})|(?:${either("commissioner")}|${either("chief")}|${either("director")})[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:National[ \\t]+)?${either("police")})`;
/** A portfolio title: group 1 or 2 is the portfolio, group 3 a police title. */
const TITLE = `(?:(${PORTFOLIO})[ \\t]+${HEAD}|${HEAD}[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?(${PORTFOLIO})|(${POLICE}))`;
const TITLE_ONLY = new RegExp(TITLE, "u");
/** A cheap test a sentence must pass first. */
const TITLE_WORD = /[Mm]inister|[Ss]ecretary|[Pp]olice/;
const NOT_HEAD = /^(?:[Dd]eputy|[Vv]ice|[Ff]ormer|[Ee]x|[Aa]ssistant|[Uu]nder|[Jj]unior)/;

/** The title right before a name ("Interior Minister ", "acting Commissioner of Police "); the lazy word before it leaves "Homeland" to the portfolio. */
const BEFORE = new RegExp(`(?:^|[^\\p{L}-])((?:[\\p{L}-]+[ \\t]+)??)${TITLE}[ \\t]*,?[ \\t]*$`, "u");
/** The title in an apposition after a name (", the justice minister", ", Peru's interior minister"). */
const AFTER = new RegExp(
  `^,[ \\t]+(?:the[ \\t]+(?:\\p{Lu}\\p{Ll}+[ \\t]+)?|(?:\\p{Lu}[\\p{L}.]*[ \\t]+){0,2}\\p{Lu}[\\p{L}.]*['’]s[ \\t]+)?((?:new|acting|interim|current|deputy|vice|former)[ \\t]+)?${TITLE}(?![\\p{L}])`,
  "u",
);

/** Words of a ministry's name that make it one ("Interior Ministry", "Department of Homeland Security"). */
const MINISTRY = /\b(?:Ministry|Department|Secretariat|Ministerio|Secretar[ií]a)\b/;
const POLICE_FORCE = /\b(?:Police|Constabulary|Carabineros|Gendarmerie)\b/;

const words = (s: string) => s.replace(/Defense/g, "Defence").split(/[ \t]+/);

/** Words that tell portfolios apart ("Homeland" in "Homeland Security"); "Public", "Affairs" and the like do not. */
const DISTINCT = new Set([...WORDS.portfolios.flatMap(words), "Homeland"].filter((w) => w !== "Affairs"));

/** The distinctive portfolio words of a name or title, capitalised. */
const portfolioWords = (s: string) =>
  new Set(words(s.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase())).filter((w) => DISTINCT.has(w)));

/** The document's one institution of `portfolio` (a ministry) or, with no portfolio, its one police force. */
function holder(institutions: Mention[], portfolio: string | undefined): Mention | undefined {
  const wanted = portfolio ? portfolioWords(portfolio) : new Set<string>();
  const fits = institutions.filter((m) => {
    if (!portfolio) return POLICE_FORCE.test(m.name) && !/\bMilitary Police\b/.test(m.name);
    const own = portfolioWords(m.name);
    return MINISTRY.test(m.name) && own.size === wanted.size && [...own].every((w) => wanted.has(w));
  });
  const keys = new Set(fits.map((m) => m.key));
  return keys.size === 1 ? fits[0] : undefined;
}

/** A state's name or demonym right before a title ("Colombia's defence minister", "Colombian Defence Minister"). */
const QUALIFIER = /(\p{Lu}\p{Ll}+)(?:['’]s)?[ \t]+$/u;

/**
 * False when the title names a state ("Colombia's defence minister") and `org` is another state's
 * ("Ecuadorian Defence Ministry"): the org's name or its parent state must start as the qualifier does.
 */
function ofNamedState(before: string, org: Mention, states: string[]): boolean {
  const q = QUALIFIER.exec(before)?.[1]?.slice(0, 4);
  const state = q && states.find((g) => g.startsWith(q));
  if (!q || !state) return true;
  return org.name.includes(q) || org.actor?.partOf === state;
}

/** LEADS relations of ministers and police chiefs to their ministry or force, in one document. */
export function portfolioRelations(text: string, sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const institutions = mentions.filter((m) => m.kind === "Institution");
  if (!institutions.length) return [];
  const states = [...new Set(mentions.filter((m) => m.kind === "Government").map((m) => m.name))];
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (!TITLE_WORD.test(s.text)) continue;
    for (const m of mentionsIn(mentions, s)) {
      if (m.kind !== "Person") continue;
      const from = Math.max(s.start, m.start - 70);
      const window = text.slice(from, m.start);
      const tail = text.slice(m.end, Math.min(s.end, m.end + 90));
      const before = TITLE_WORD.test(window) ? BEFORE.exec(window) : null;
      const after = before || !TITLE_WORD.test(tail) ? undefined : AFTER.exec(tail);
      const hit = before ?? after;
      if (!hit || NOT_HEAD.test(hit[1] ?? "")) continue;
      const titleAt = (before ? from : m.end) + hit.index;
      const around = institutions.filter((x) => x.end <= titleAt || x.start >= m.start);
      const org = holder(around, hit[2] ?? hit[3]);
      if (!org || !validPair("LEADS", m, org)) continue;
      // "Kenyan police chief X" in a report on Haiti's police: a foreign force's head, not this one's.
      const qualifier = /^\p{Lu}\p{Ll}+/u.exec(hit[1] ?? "")?.[0];
      if (hit[4] && qualifier && !org.name.includes(qualifier.slice(0, 4))) continue;
      const title = TITLE_ONLY.exec(hit[0])!;
      const cue = title[0];
      const cueStart = titleAt + title.index;
      if (!ofNamedState(text.slice(Math.max(0, cueStart - 30), cueStart), org, states)) continue;
      out.push({
        source: m,
        target: org,
        type: "LEADS",
        confidence: 0.8,
        sentence: s,
        cue,
        cueStart,
        cueEnd: cueStart + cue.length,
        rule: `portfolio:${hit[2] ?? hit[3] ?? "police"}`,
      });
    }
  }
  return out;
}
