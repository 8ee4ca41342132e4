/**
 * Office holders named by their office: "the president of Colombia", "Colombia's president", "the
 * Colombian president" resolve to the one person the gazetteer gives that office (a LEADS role with
 * that title) on the document's date. Conservative: a state with no such person, or several, gives
 * no link; an office followed by a name ("Colombia's president, Gustavo Petro") is left to the name.
 */
import type { Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";

const OFFICES = "president|prime minister|premier|head of state|leader|king|emir|junta leader";
const OF_STATE = new RegExp(`\\b[Tt]he\\s+(${OFFICES})\\s+of\\s+(?:the\\s+)?$`);
const POSSESSIVE = new RegExp(`^['’]s\\s+(${OFFICES})\\b`);
const DEMONYM = new RegExp(`^\\s+(${OFFICES})\\b`);
/** A name right after the office: the name is the mention, not the office. */
const NAMED = /^,?\s+(?:[\p{Lu}]|["“])/u;

/** True when a role from `from` to `to` (either open) holds on `date` (any date when none). */
export const active = (from: string | undefined, to: string | undefined, date?: string) =>
  !date || ((!from || from <= date) && (!to || date <= to));

/** The one person holding `office` of `state` on `date` according to the gazetteer. */
function holder(gaz: Gazetteer, state: string, office: string, date?: string) {
  const people = gaz.actors.filter(
    (a) =>
      a.kind === "Person" &&
      a.roles.some(
        (r) =>
          r.type === "LEADS" &&
          r.org === state &&
          active(r.from, r.to, date) &&
          r.titles.some((t) => t.toLowerCase() === office),
      ),
  );
  return people.length === 1 ? people[0] : undefined;
}

/** Mentions of office holders named by their office in `text`; each contains the state's mention, which the caller drops. */
export function officeMentions(text: string, mentions: Mention[], gaz: Gazetteer, date?: string): Mention[] {
  const out: Mention[] = [];
  const demonymOf = new Map(gaz.actors.flatMap((a) => a.demonyms.map((d) => [d, a.name] as const)));
  for (const m of mentions) {
    let start: number | undefined;
    let end = m.end;
    let office: string | undefined;
    let state: string | undefined;
    const of = m.kind === "Government" ? OF_STATE.exec(text.slice(Math.max(0, m.start - 40), m.start)) : null;
    const poss = m.kind === "Government" ? POSSESSIVE.exec(text.slice(m.end, m.end + 30)) : null;
    if (of) {
      [start, office, state] = [m.start - (Math.min(40, m.start) - of.index), of[1], m.key];
    } else if (poss) {
      [start, office, state, end] = [m.start, poss[1], m.key, m.end + poss[0].length];
    }
    if (start === undefined || !office || !state || NAMED.test(text.slice(end, end + 3))) continue;
    const person = holder(gaz, state, office.toLowerCase(), date);
    if (!person) continue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      key: person.name,
      name: person.name,
      kind: "Person",
      actor: person,
      rule: `coreference:office-${of ? "of" : "possessive"}`,
    });
  }
  for (const d of text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+)\s+/gu)) {
    const state = demonymOf.get(d[1]!);
    const o = state ? DEMONYM.exec(text.slice(d.index + d[0].length - 1, d.index + d[0].length + 30)) : null;
    if (!state || !o) continue;
    const end = d.index + d[0].length - 1 + o[0].length;
    if (NAMED.test(text.slice(end, end + 3))) continue;
    const person = holder(gaz, state, o[1]!.toLowerCase(), date);
    if (!person) continue;
    out.push({
      start: d.index,
      end,
      text: text.slice(d.index, end),
      key: person.name,
      name: person.name,
      kind: "Person",
      actor: person,
      rule: "coreference:office-demonym",
    });
  }
  return out;
}
