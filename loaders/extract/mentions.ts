/**
 * Actor mentions in one document from the gazetteer: longest match at word starts, then the
 * per-alias rules — case-sensitive acronyms, surnames only once the person's full name is in the
 * document (two people who share a surname are never merged), demonyms only before a noun that
 * makes the country act ("Mexican troops", "American threats"), contextual aliases only inside a list
 * of cartels.
 */
import type { NodeKind } from "../../graph/ontology.ts";
import type { Actor, AliasEntry, Gazetteer } from "./gazetteer.ts";
import { TITLE_BEFORE } from "./titles.ts";

/** One mention of an actor in a document. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  key: string;
  name: string;
  kind: NodeKind;
  actor?: Actor;
  rule: string;
  /** Inside a quotation (a vocative or a quoted name, not a narrative antecedent). */
  quoted?: boolean;
}

const ACTING_NOUNS =
  /^\s+(?:(?:special|military|security|naval|federal|elite|anti-drug|counter-narcotics)\s+)?(?:government|administration|arrests?|captures?|extradition|crackdown|offensive|sanctions?|designations?|officials?|authorities|forces|troops|soldiers|military|army|navy|marines|armed forces|security forces|sovereignty|threats?|strikes?|intervention|invasion|pressure|counterparts?|side|leaders?|state|regime|agents?|officers|operatives|diplomats|delegation|embassy|ministry|congress|senate|lawmakers|territory|soil|ground|airspace|waters|drones?|raids?|attacks?|war|demands?|campaign|operations?|action|agenda|empire|investigators|prosecutors|police|judges|courts?|negotiators|mediators|envoys?)\b/i;

const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

function caseOk(text: string, e: AliasEntry): boolean {
  if (e.caseSensitive) return text.replace(/’/g, "'") === e.form.replace(/’/g, "'");
  const f = e.form[0]!;
  if (f.toLowerCase() === f.toUpperCase()) return true;
  return f === f.toLowerCase()
    ? true
    : text[0] === text[0]!.toUpperCase() && text[0] !== text[0]!.toLowerCase();
}

/** Capitalised words that may follow a state's name without making it part of a longer name. */
const FOLLOWER =
  /^[ \t](?:The|But|And|On|In|President|Prime|Vice|Foreign|Defen[cs]e|Interior|Security|Justice|Finance|Minister|Ministry|Secretary|Ambassador|Embassy|Government|Senate|Congress|Parliament|Supreme)\b/;
const FUNCTION_WORD =
  /^(?:The|In|On|At|From|For|But|And|As|Both|While|When|After|Before|Neighbouring|Neighboring|Landlocked|Oil-rich)$/;

/** True when [start, end) is not part of a longer capitalised name: no capitalised word right after, none right before but a function word ("In Mali"). */
function standalone(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 8);
  if (/^[ \t]\p{Lu}/u.test(after) && !FOLLOWER.test(after)) return false;
  const before = /([\p{Lu}][\p{L}.'’-]*)[ \t]$/u.exec(text.slice(Math.max(0, start - 30), start));
  // "... in May. Paraguay said": a word that ends the sentence before is no part of the name.
  return !before || FUNCTION_WORD.test(before[1]!) || /^\p{Lu}\p{Ll}+[.!?]$/u.test(before[1]!);
}

/** Raw gazetteer matches (before the per-alias rules). */
function rawMatches(text: string, gaz: Gazetteer): (Mention & { entry: AliasEntry })[] {
  const out: (Mention & { entry: AliasEntry })[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isWordChar(text[i - 1]) || (!isWordChar(text[i]) && text[i] !== "'")) continue;
    for (const { end, entries } of gaz.matchAt(text, i)) {
      if (
        isWordChar(text[end]) ||
        (text[end - 1] !== "." && text[end] === "." && /\p{L}/u.test(text[end + 1] ?? ""))
      )
        continue;
      const surface = text.slice(i, end);
      const entry = entries.find(
        (e) =>
          caseOk(surface, e) &&
          (!(e.actor.standalone || (e.mode === "metonym" && e.actor.kind === "Government")) ||
            standalone(text, i, end)),
      );
      if (!entry) continue;
      out.push({
        start: i,
        end,
        text: surface,
        key: entry.actor.name,
        name: entry.actor.name,
        kind: entry.actor.kind,
        actor: entry.actor,
        rule: `gazetteer:${entry.mode}`,
        entry,
      });
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * True when a surname at `start` follows a capitalised given name that is no title ("Rafael Ortega",
 * "Cláudio Castro"): the name is someone else's, not the listed actor's short form.
 */
function otherGivenName(text: string, start: number): boolean {
  const w = /([\p{Lu}][\p{Ll}\p{M}]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return !!w && !HONORIFIC.test(w[1]!) && !TITLE_BEFORE.test(`${w[1]} `);
}

const HONORIFIC =
  /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Gov|Lt|Col|Capt|Sgt|Former|Ex|Then|The|But|And|When|After|As|If|While|Since|Before|Then)$/;

const LOCATIVE =
  /\b(?:in|at|near|inside|into|across|around|outside|toward|towards|via|visit(?:ed|s|ing)?|streets of|flew to|travel(?:led|ed|s)? to|arrived in)\s+(?:the\s+)?$/i;

/**
 * What follows a dateline's city: a second city ("/WASHINGTON"), a date ("Jan 5", "March 3, 2026"),
 * a wire credit ("(Reuters)", "(wire)"), then a dash.
 */
const DATELINE_TAIL =
  /^(?:,?\s*D\.?\s?C\.?)?(?:\s*\/\s*[\p{Lu}][\p{Lu}\p{Ll} .'-]{1,30})?(?:,\s*[\p{Lu}][\p{Ll}\p{Lu}]{2,8}\.?\s+\d{1,2}(?:,?\s*\d{4})?)?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]/u;

/** A capital at the start of a line followed by a dash, a date or a wire credit ("WASHINGTON, Jan 5 (Reuters) —") is a dateline. */
function dateline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  return (
    /^\s*(?:[\p{Lu}][\p{Lu} .'-]{1,30}\/\s*)?$/u.test(text.slice(lineStart, m.start)) &&
    DATELINE_TAIL.test(text.slice(m.end, m.end + 70))
  );
}

/** A dateline's wire credit ("QUITO, June 2 (AP) -"): the agency that filed the copy, not an actor in it. */
const WIRE_CREDIT =
  /^[ \t]*\p{Lu}[\p{Lu}\p{M} .'’/-]{2,40}?(?:,[^\n—–()]{0,40})?[ \t]*(\([^()\n]{1,30}\))[ \t]*(?:[—–]|-[ \t])/mu;

/** The span of the first dateline's wire credit, if the document has one in its first lines. */
function wireCredit(text: string): { start: number; end: number } | undefined {
  const d = WIRE_CREDIT.exec(text.slice(0, 400));
  if (!d) return undefined;
  const start = d.index + d[0].indexOf(d[1]!);
  return { start, end: start + d[1]!.length };
}

const LIST_GAP = /^[\s,;:()]*(?:(?:and|or|&|as well as)\s+)?(?:the\s+)?$/;

/**
 * The state a collective actor belongs to, from the demonym its name starts with ("Mexican cartels"
 * → Mexico); undefined when its name has none.
 */
function homeState(actor: Actor, gaz: Gazetteer): string | undefined {
  if (!HOMES.has(actor)) {
    const first = actor.name.split(/\s+/)[0]!;
    HOMES.set(actor, gaz.stateOfDemonym(first)?.name);
  }
  return HOMES.get(actor);
}

const HOMES = new WeakMap<Actor, string | undefined>();

/**
 * A generic lower-case name of a collective actor ("drug trafficking organizations", "the cartels")
 * stands for it only in a document that names the actor's home state or the actor itself by a
 * capitalised name; elsewhere (a report on Brazil) it is nobody in particular. A singular one
 * after a definite determiner ("the cartel") is one group, not the collective.
 */
function genericCollective(
  text: string,
  m: Mention & { entry: AliasEntry },
  named: ReadonlySet<string>,
  gaz: Gazetteer,
): boolean {
  if (!m.actor?.collective || !lowerForm(m.entry)) return true;
  // "the cartel" is one group the text named before (coref.ts), not all of them.
  if (!/s$/.test(m.entry.form) && DEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)))
    return false;
  const home = homeState(m.actor, gaz);
  return (home !== undefined && named.has(home)) || named.has(`capitalised:${m.key}`);
}

/** A definite determiner right before a name ("the ", "its "). */
const DEFINITE_BEFORE = /\b(?:the|this|that|its|their)\s+$/i;

const lowerForm = (e: AliasEntry) => e.form[0] === e.form[0]!.toLowerCase();

/**
 * A state body named by a word any state's body has ("Congress", "Senate") is that state's only in a document
 * where its state is named at least half as often as any other: "Congress" in a report on Peru is not
 * the U.S. Congress.
 */
const GENERIC_BODY =
  /^(?:Congress|Senate|House|Parliament|Treasury|Army|Navy|Air Force|Marines|Police|Cabinet|Supreme Court|Justice Department|State Department)$/;

function bareBody(m: Mention & { entry: AliasEntry }, states: Map<string, number>): boolean {
  const parent = m.actor?.partOf;
  if (!parent || m.kind !== "Institution" || !GENERIC_BODY.test(m.entry.form)) return true;
  const own = states.get(parent) ?? 0;
  return own > 0 && [...states.values()].every((n) => n <= 2 * own);
}

/** Gazetteer mentions of `text` after the per-alias rules. */
export function gazetteerMentions(text: string, gaz: Gazetteer): Mention[] {
  const raw = rawMatches(text, gaz);
  const full = new Set(raw.filter((m) => m.entry.mode === "name").map((m) => m.key));
  const states = new Map<string, number>();
  const named = new Set<string>();
  for (const r of raw) {
    if (r.kind === "Government") states.set(r.key, (states.get(r.key) ?? 0) + 1);
    named.add(r.key);
    if (!lowerForm(r.entry)) named.add(`capitalised:${r.key}`);
  }
  const credit = wireCredit(text);
  const kept = raw.filter((m) => {
    if (credit && m.start >= credit.start && m.end <= credit.end) return false;
    switch (m.entry.mode) {
      case "name":
        return genericCollective(text, m, named, gaz) && bareBody(m, states);
      case "short":
        if (otherGivenName(text, m.start)) return false;
        return (
          full.has(m.key) ||
          m.actor!.roles.some((r) => r.type === "LEADS" && gaz.get(r.org)?.kind === "Government") ||
          (m.actor!.roles.some((r) => gaz.get(r.org)?.kind === "Government") && gaz.uniqueSurname(m.text))
        );
      case "metonym":
        return !LOCATIVE.test(text.slice(Math.max(0, m.start - 30), m.start)) && !dateline(text, m);
      case "demonym":
        return ACTING_NOUNS.test(text.slice(m.end, m.end + 40));
      default:
        return false;
    }
  });
  return [...kept, ...contextualInLists(text, raw, kept)]
    .sort((a, b) => a.start - b.start)
    .map(({ entry: _e, ...m }) => m);
}

/**
 * Contextual aliases kept because they stand in a list with a cartel ("Sinaloa, Gulf and the CJNG")
 * or before "cartels"; a kept one makes its list neighbours eligible in turn. Raw matches do not
 * overlap, so a mention's list neighbours are its previous and next raw match: linear in matches.
 */
function contextualInLists<T extends Mention & { entry: AliasEntry }>(
  text: string,
  raw: T[],
  kept: T[],
): T[] {
  const cartel = new Set(kept.filter((k) => k.kind === "Cartel"));
  const added: T[] = [];
  const listed = (a: T, b: T) => LIST_GAP.test(text.slice(a.end, b.start));
  const eligible = (i: number) => {
    const c = raw[i]!;
    const prev = raw[i - 1];
    const next = raw[i + 1];
    return (
      (!!next && cartel.has(next) && listed(c, next)) ||
      (!!prev && cartel.has(prev) && listed(prev, c)) ||
      (/^[\s,]*(?:(?:and|or)\s+)?(?:other\s+)?(?:drug\s+)?cartels\b/i.test(text.slice(c.end, c.end + 30)) &&
        /,|\band\b/.test(text.slice(Math.max(0, c.start - 3), c.end + 8)))
    );
  };
  const visit = (i: number) => {
    const c = raw[i];
    if (c?.entry.mode !== "contextual" || cartel.has(c) || !eligible(i)) return false;
    cartel.add(c);
    added.push(c);
    return true;
  };
  for (let i = 0; i < raw.length; i++) {
    if (!visit(i)) continue;
    for (let j = i - 1; visit(j); j--);
  }
  return added;
}
