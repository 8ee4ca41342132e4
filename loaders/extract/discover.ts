/**
 * Discovery of actors the gazetteer lacks, each kind by a rule that can be explained:
 * - Operation: "Operation X Y";
 * - Cartel: "X Cartel", "Cártel de X";
 * - Institution: a capitalised name ending in an organisation word (Foundation, Agency, Ministry,
 *   Council, Times, News, ...), or starting with a Spanish/Portuguese one ("Colegio de México",
 *   "Fiscalía General"), or an acronym defined in parentheses after such a name;
 * - Person: a capitalised name after a title ("President X", "Sen. X", "security chief X"), or
 *   a two- to four-word capitalised name followed by a reporting verb ("X Y said").
 * Short forms of a discovered person ("Ruiz" after "Ana Ruiz") resolve to the full name when only
 * one person in the document has that surname.
 */
import { entityId, type NodeKind } from "../../graph/ontology.ts";
import type { Mention } from "./mentions.ts";
import { Claimed, SpanIndex } from "./spans.ts";
import { TITLE_ALTERNATION, TITLES } from "./titles.ts";

const NAME_WORD =
  "(?:[\\p{Lu}](?:\\p{Ll}{1,2}\\p{Lu})?[\\p{Ll}\\p{M}]+(?:[-'’][\\p{Lu}\\p{Ll}][\\p{Ll}\\p{M}]+)*|[\\p{Lu}]\\.)";
const PARTICLE = "(?:de|del|de la|la|los|las|van|von|bin|al|da|dos|y)";
/** A name: two to four capitalised words, with particles between ("de la", "van") or glued Arabic ones ("al-Burhan"). */
const PERSON = `${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+|(?:al|el|ad|ash)-)?${NAME_WORD}){1,3}`;
const ORG_WORDS =
  "Foundation|Institute|Institution|Agency|Department|Ministry|Secretariat|Center|Centre|Council|Committee|Commission|Party|Army|Navy|Command|Times|News|Post|Journal|Tribune|Herald|Gazette|Group|Bureau|Office|Court|Guard|University|Association|Federation|Coalition|Front|Movement|Forum|Brigade|Battalion|Corps|Service|Administration|Network|Radio|Television|TV|Press|Review|Monitor|Observatory|Watch|Police|Force|Forces|Mission|Operations|Battalions|Embassy|Community|Alliance|Union|Directorate|Authority|Unit|Army|Gendarmerie|Prefecture|Chamber|Team|Assembly";

/** "of/for the X Y" after an organisation word ("Economic Community of West African States"). */
const ORG_TAIL = `(?:[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?${NAME_WORD}(?:[ \\t]+(?:(?:of|and|for)[ \\t]+)?${NAME_WORD}){0,3})?`;

const titleAlternation = TITLES.filter(([t]) => /^\p{Lu}/u.test(t) || t.includes(" "))
  .map(([t]) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .join("|");

const TITLE_START = new RegExp(`^(?:${titleAlternation})\\b`, "u");
/**
 * A title and the space after it, at the start of a longer name or after the place it is of
 * ("Governor X Y", "São Paulo Governor X Y" when the match began at "Paulo").
 */
const TITLE_PREFIX = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.'’-]*[ \\t]+){0,2}?(?:${titleAlternation})[ \\t]+(?=\\S+[ \\t]+\\S)`,
  "u",
);
/** A title right before a match ("Senator" before "X Y of the Labor Party"). */
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TITLE_ALTERNATION})[ \\t]+$`, "iu");
/** The last words of every title, lower-cased: a cheap test before TITLE_BEFORE. */
const TITLE_LAST_WORDS = new Set(TITLES.map(([t]) => t.split(" ").pop()!.toLowerCase()));
/** True when `before` ends with a title and a space. */
function titleBefore(before: string): boolean {
  const last = /([\p{L}.-]+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase();
  return !!last && TITLE_LAST_WORDS.has(last) && TITLE_BEFORE.test(before);
}

const RULES: {
  kind: NodeKind;
  rule: string;
  re: RegExp;
  group: number;
  name?: (m: RegExpExecArray) => string;
  /** A word the text must contain for the rule to run at all (a cheap test before the regex). */
  needs?: string;
}[] = [
  {
    kind: "Operation",
    rule: "operation-name",
    re: new RegExp(`\\bOperation[ \\t]+(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})`, "gu"),
    group: 0,
  },
  {
    kind: "Cartel",
    rule: "cartel-name",
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:${NAME_WORD}[ \\t]+(?:(?:de|del|de la|de los)[ \\t]+)?){1,3}Cartel)\\b`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Cartel",
    rule: "cartel-name",
    re: new RegExp(`\\b(C[aá]rtel\\s+(?:de|del|de los)\\s+${NAME_WORD}(?:\\s+${NAME_WORD})?)`, "gu"),
    group: 1,
  },
  {
    kind: "Institution",
    rule: "task-force-name",
    re: new RegExp(
      `\\b((?:(?:Joint|Interagency|Inter-Agency|Combined|Multinational|Regional|National|Naval|Maritime|Presidential)[ \\t]+){0,3}(?:Task[ \\t]+Force|Special[ \\t]+Forces)[ \\t]+${NAME_WORD})\\b`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Institution",
    rule: "embassy",
    needs: " Embassy in ",
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:U\\.S\\.|${NAME_WORD})[ \\t]+Embassy[ \\t]+in[ \\t]+${NAME_WORD}(?:[ \\t]+(?:de[ \\t]+)?${NAME_WORD}){0,2})`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Institution",
    rule: "district-attorney-office",
    needs: "District of",
    // "the U.S. Attorney's Office for the Southern District of New York", "prosecutors in the Eastern
    // District of New York", "the U.S. Attorney for the Southern District of Florida": its federal
    // prosecutors' office, named in full.
    re: new RegExp(
      `(?:(?<![\\p{L}])U\\.S\\.[ \\t]+Attorney['’]s[ \\t]+Office[ \\t]+(?:for|in)[ \\t]+the|(?<![\\p{L}])U\\.S\\.[ \\t]+[Aa]ttorney[ \\t]+for[ \\t]+the|\\b[Pp]rosecutors[ \\t]+(?:in|for|from)[ \\t]+the)[ \\t]+((?:(?:Southern|Northern|Eastern|Western|Middle|Central)[ \\t]+)?District[ \\t]+of[ \\t]+${NAME_WORD}(?:[ \\t]+${NAME_WORD})?)`,
      "gu",
    ),
    group: 1,
    name: (m) => `U.S. Attorney's Office for the ${m[1]}`,
  },
  {
    kind: "Institution",
    rule: "title-office",
    needs: "s Office",
    re: /(?<![\p{L}])((?:(?:Public|Special|State|Federal|National|Chief)[ \t]+)?(?:Ombudsman|Prosecutor|Attorney[ -]General|Solicitor[ -]General|Inspector[ -]General|Comptroller(?:[ -]General)?|Auditor[ -]General|Public Defender|Defender)['’]s[ \t]+Office)\b/gu,
    group: 1,
  },
  {
    kind: "Institution",
    rule: "organisation-suffix",
    re: new RegExp(
      `(?:\\b|(?=[À-Þ]))((?:(?:the|The)[ \\t]+)?(?:(?:UN|U\\.N\\.|EU|OAS|AU)[ \\t]+)?(?:${NAME_WORD}(?:s['’]|['’]s)?[ \\t]+(?:(?:of|for|on|de)[ \\t]+(?:the[ \\t]+)?|and[ \\t]+)?){1,4}(?:Mission[ \\t]+in[ \\t]+${NAME_WORD}|${ORG_WORDS})${ORG_TAIL})\\b`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Institution",
    rule: "romance-organisation",
    re: new RegExp(
      `\\b((?:Universidad|Universidade|Colegio|Instituto|Fiscal[ií]a|Secretar[ií]a|Ministerio|Minist[eé]rio|Polic[ií]a|Comisi[oó]n|Consejo|Procuradur[ií]a|Procuradoria|Defensor[ií]a|Tribunal|Corte|Partido|Movimiento|Frente)(?:[ \\t]+(?:(?:de|del|de la|de los|do|da|dos|das|para|y|e)[ \\t]+)?${NAME_WORD}){1,4})`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Person",
    rule: "list-person",
    needs: ":",
    re: new RegExp(
      `(?:^|\\n)[ \\t]*[-•*][ \\t]+(${PERSON})(?:[ \\t]+\\([^)\\n]{1,30}\\))?:[ \\t]+(?:the|a|an)[ \\t]+(?:[\\p{L}.'’]+[ \\t]+){0,4}?(?:${TITLE_ALTERNATION})\\b`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Person",
    rule: "apposition-person",
    re: new RegExp(
      `(${PERSON}),[ \\t]+(?:(?:an?[ \\t]+[\\p{L}-]+[ \\t]+)?whom[ \\t]+(?:[\\p{L}.'’]+[ \\t]+){1,4}?(?:describe[sd]?|call(?:s|ed)?|consider(?:s|ed)?)[ \\t]+as[ \\t]+)?(?:the|a|an)[ \\t]+(?:former[ \\t]+)?(?:[\\p{L}.'’]+[ \\t]+){0,4}?(?:${TITLE_ALTERNATION})\\b`,
      "gu",
    ),
    group: 1,
  },
  {
    kind: "Person",
    rule: "title-person",
    re: new RegExp(`(?:${titleAlternation}),?[ \\t]+(${PERSON})`, "gu"),
    group: 1,
  },
  {
    kind: "Person",
    rule: "reporting-person",
    re: new RegExp(
      `(?:(?<![\\p{L}.]\\s?)^|[,;:—–(]\\s*|\\band\\s+)(${PERSON}),?\\s+(?:said|says|told|tells|added|wrote|argued|noted|explained|stated)\\b`,
      "gmu",
    ),
    group: 1,
  },
];

const STOP_FIRST = new Set([
  "The",
  "This",
  "That",
  "These",
  "Those",
  "In",
  "On",
  "At",
  "For",
  "But",
  "And",
  "If",
  "When",
  "While",
  "After",
  "Before",
  "Since",
  "As",
  "A",
  "An",
  "Its",
  "His",
  "Her",
  "Their",
  "Our",
  "Mr",
  "Mrs",
  "Ms",
  "Under",
  "With",
  "From",
  "By",
  "Despite",
  "Although",
  "Officials",
  "Critics",
  "Analysts",
]);

/** People of an organisation before its name ("Officers of the National Gendarmerie"). */
const PEOPLE_OF =
  /^(?:Officers|Members|Soldiers|Agents|Troops|Leaders|Officials|Units|Commanders|Heads|Chiefs|Staff|Employees)\s+of\s+(?:the\s+)?/;

/** A name's words before "on/of/for the" and the rest. */
const ORG_JOINED = /^(.*?)\s+(?:on|of|for)\s+the\s+(.+)$/;
/** An organisation word anywhere in a string. */
const ORG_WORD_IN = new RegExp(`\\b(?:${ORG_WORDS})\\b`);

/** Proposed new actors: mentions whose key is a fresh canonical name. */
export function discoverMentions(text: string, known: Mention[]): Mention[] {
  const knownIndex = new SpanIndex(known);
  const claimed = new Claimed(text.length);
  const found: Mention[] = [];
  for (const r of RULES) {
    if (r.needs && !text.includes(r.needs)) continue;
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      let surface = m[r.group]!.replace(/^(?:the|The)\s+/, "");
      if (
        r.rule === "organisation-suffix" &&
        (TITLE_START.test(surface) || titleBefore(text.slice(Math.max(0, m.index - 40), m.index)))
      ) {
        surface = surface.replace(/^.*\bof\s+(?:the\s+)?/, "");
        // "Commissioner of Police": a title, not a body named "Police".
        if (!/\s/.test(surface)) continue;
      }
      surface = surface.replace(/^.*?-based\s+/, "").replace(PEOPLE_OF, "");
      // "Senators on the Senate Armed Services Committee", "a Democrat on the House ... Committee":
      // words before "on/of/for the" that name no organisation are not part of its name.
      const joined = r.rule === "organisation-suffix" ? ORG_JOINED.exec(surface) : null;
      if (joined && !ORG_WORD_IN.test(joined[1]!) && /\s/.test(joined[2]!)) surface = joined[2]!;
      // "Mayor Lucía Ferrer, a member of ...": the title opening a sentence is not part of the name.
      if (r.kind === "Person" && r.rule !== "title-person") surface = surface.replace(TITLE_PREFIX, "");
      let start = m.index + m[0].indexOf(m[r.group]!) + (m[r.group]!.length - surface.length);
      const end = start + surface.length;
      // "Mexico's National Guard", "the United Kingdom's National Crime Agency": the known possessor is not part of the name.
      const possessor = /^(?:\S+\s+){0,2}\S+['’]s\s+/.exec(surface);
      if (possessor && knownIndex.overlaps(start, start + possessor[0].length)) {
        surface = surface.slice(possessor[0].length);
        start += possessor[0].length;
      }
      if (knownIndex.overlaps(start, end) || claimed.any(start, end)) continue;
      const words = surface.split(/\s+/);
      if (STOP_FIRST.has(words[0]!)) continue;
      if (
        r.kind === "Person" &&
        words.some((w) =>
          /^(?:Cartel|Operation|Department|Ministry|House|Senate|Congress|Army|Navy)$/.test(w),
        )
      )
        continue;
      claimed.add(start, end);
      const name = r.name ? r.name(m) : surface;
      found.push({
        start,
        end,
        text: surface,
        key: `${r.kind}:${name}`,
        name,
        kind: r.kind,
        rule: `discovered:${r.rule}`,
      });
    }
  }
  return found;
}

const ACRONYM = "[\\p{Lu}][\\p{Lu}\\d&-]{1,9}";
/** "(FN)", ", or FN", ", known as FN", ", FN," right after a name. */
const ACRONYM_DEFINITION = new RegExp(
  `^\\s*(?:\\((${ACRONYM})\\)|,\\s+(?:or|known as)\\s+(${ACRONYM})(?![\\p{L}\\d])|,\\s+(${ACRONYM}),)`,
  "u",
);

/** Acronyms defined after a mention ("Full Name (FN)", "Full Name, or FN,") → alias of that mention's actor. */
export function acronymMentions(text: string, mentions: Mention[]): Mention[] {
  const index = new SpanIndex(mentions);
  const defined = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const def = ACRONYM_DEFINITION.exec(text.slice(m.end, m.end + 24));
    if (!def || (m.kind === "Person" && !def[1])) continue;
    const acronym = (def[1] ?? def[2] ?? def[3])!;
    if (defined.has(`${acronym}|${m.key}`)) continue;
    defined.add(`${acronym}|${m.key}`);
    const re = new RegExp(`\\b${acronym.replace(/[-&]/g, "\\$&")}\\b`, "g");
    for (let x = re.exec(text); x; x = re.exec(text)) {
      if (index.contains(x.index)) continue;
      out.push({ ...m, start: x.index, end: x.index + acronym.length, text: acronym, rule: "acronym" });
    }
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The words of a person's name that news use alone: the last, and for a name of three words or more
 * the one before it (Spanish names carry two surnames: "Rocha" for "Rubén Rocha Moya").
 */
export function surnamesOf(name: string): string[] {
  const words = name.split(/\s+/);
  const paternal = words.length >= 3 && /^\p{Lu}\p{Ll}/u.test(words.at(-2)!) ? [words.at(-2)!] : [];
  return [words.at(-1)!, ...paternal];
}

/** Surnames and given names of discovered people resolved to the full name, when unambiguous. */
export function shortFormMentions(text: string, mentions: Mention[]): Mention[] {
  const people = new Map<string, Mention>();
  for (const m of mentions) if (m.kind === "Person" && m.text.includes(" ")) people.set(m.key, m);
  const bySurname = new Map<string, Mention[]>();
  for (const p of people.values())
    for (const surname of surnamesOf(p.name)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), p]);
  const firstOf = new Map<string, number>();
  for (const m of mentions) firstOf.set(m.key, Math.min(firstOf.get(m.key) ?? m.start, m.start));
  const index = new SpanIndex(mentions);
  const taken = new Set<number>();
  const out: Mention[] = [];
  for (const [surname, owners] of bySurname) {
    if (owners.length !== 1 || surname.length < 3) continue;
    const owner = owners[0]!;
    const first = firstOf.get(owner.key)!;
    // A word boundary checked by hand: a surname may start or end with an accented letter ("Élan").
    for (let s = text.indexOf(surname, first); s >= 0; s = text.indexOf(surname, s + 1)) {
      if (WORD_CHAR.test(text[s - 1] ?? "") || WORD_CHAR.test(text[s + surname.length] ?? "")) continue;
      if (s < first || index.contains(s) || taken.has(s)) continue;
      taken.add(s);
      out.push({ ...owner, start: s, end: s + surname.length, text: surname, rule: "short-form" });
    }
  }
  return out;
}

/** The entity id of a mention. */
export function mentionEntityId(m: Mention): string {
  return entityId(m.kind, m.name);
}
