/**
 * A state acting through words around its name, as one mention of the state (or of its force):
 * "the government of X", "X's administration", "Police in X" / "authorities in X", "Colombia's
 * army" (the force the gazetteer lists), and "her government" (the government the last-named
 * leader heads).
 */
import { lastPersonBefore } from "./candidate.ts";
import type { Actor, Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";

/** Before a state: "the government of ", "the administration of " (its own government, one mention). */
const GOVERNMENT_OF = /\b(?:government|administration|regime)[ \t]+of[ \t]+$/i;

/** Before a state: its own law enforcement named by where it acts ("Police in ", "authorities in the "). */
const AUTHORITIES_IN =
  /(?:[Aa]uthorities|[Pp]olice|[Pp]rosecutors|[Oo]fficials)[ \t]+in[ \t]+(?:the[ \t]+)?$/;
/**
 * What may stand before them: the start of the text or of a sentence, a quote or parenthesis, or a
 * word that keeps them domestic ("the", "local", "federal", "said"). Never a nationality or another
 * actor ("U.S. officials in Mexico" are not Mexico's), nor "foreign" or "international".
 */
const DOMESTIC_BEFORE =
  /(?:^|(?:^|[\p{Ll}\d)"”’])[.!?]["”’]?\s+|[;:"“(]\s*|\b(?:[Tt]he|and|said|says|that|when|after|as|while|local|federal|national|state|provincial|municipal|judicial|prison|security|border|regional)[ \t]+)$/u;

/**
 * "Trump's administration" / "Mexico's government" / "the government of Mexico" → the government,
 * as one mention; "Police in Ecuador" / "authorities in Peru" → that state acting, one mention.
 */
export function administrations(text: string, mentions: Mention[], gaz: Gazetteer): Mention[] {
  return mentions.map((m) => {
    const head =
      m.kind === "Government" ? GOVERNMENT_OF.exec(text.slice(Math.max(0, m.start - 30), m.start)) : null;
    if (head) {
      const start = m.start - head[0].length;
      return { ...m, start, text: text.slice(start, m.end), rule: "administration" };
    }
    const agents =
      m.kind === "Government" ? AUTHORITIES_IN.exec(text.slice(Math.max(0, m.start - 30), m.start)) : null;
    const start = agents ? m.start - agents[0].length : -1;
    if (agents && DOMESTIC_BEFORE.test(text.slice(Math.max(0, start - 30), start)))
      return { ...m, start, text: text.slice(start, m.end), rule: "authorities-in" };
    const force = m.kind === "Government" ? stateForce(text, m, gaz) : undefined;
    if (force) return force;
    const tail = /^['’]s\s+(?:administration|government|regime|cabinet)\b/.exec(
      text.slice(m.end, m.end + 30),
    );
    if (!tail) return m;
    const actor =
      m.kind === "Person" ? governmentLedBy(m, gaz) : m.kind === "Government" ? gaz.get(m.key) : undefined;
    if (!actor) return m;
    return {
      ...m,
      end: m.end + tail[0].length,
      text: text.slice(m.start, m.end + tail[0].length),
      key: actor.name,
      name: actor.name,
      kind: actor.kind,
      actor,
      rule: "administration",
    };
  });
}

/** After a state: one of its forces written in lower case ("Colombia's army", "Ecuador's navy"). */
const STATE_FORCE =
  /^['’]s\s+(army|navy|military|armed forces|air force|coast guard|national police|police|marines)\b/;

/**
 * "Colombia's army" → the force the gazetteer lists as "<demonym> army" (any capitalisation), as
 * one mention, as the demonym form "the Colombian army" already is; undefined when it lists none.
 */
function stateForce(text: string, m: Mention, gaz: Gazetteer): Mention | undefined {
  const tail = STATE_FORCE.exec(text.slice(m.end, m.end + 30));
  if (!tail) return undefined;
  // The gazetteer's own matcher, so aliases and any capitalisation count ("Venezuelan military").
  const named = (form: string) =>
    gaz
      .matchAt(form, 0)
      .find((x) => x.end === form.length)
      ?.entries.find((e) => e.actor.kind === "Institution" && e.mode === "name")?.actor;
  const actor = (gaz.get(m.key)?.demonyms ?? []).map((d) => named(`${d} ${tail[1]}`)).find((a) => !!a);
  if (!actor) return undefined;
  const end = m.end + tail[0].length;
  return {
    ...m,
    end,
    text: text.slice(m.start, end),
    key: actor.name,
    name: actor.name,
    kind: actor.kind,
    actor,
    rule: "state-force",
  };
}

/** The government `person` heads by the gazetteer's roles ("Petro" → Colombia), if any. */
export function governmentLedBy(person: Mention | undefined, gaz: Gazetteer): Actor | undefined {
  const org = person?.actor?.roles.find(
    (r) => r.type === "LEADS" && gaz.get(r.org)?.kind === "Government",
  )?.org;
  return org ? gaz.get(org) : undefined;
}

/** "her government", "his administration" → the government the last-named leader heads. */
export function pronounGovernments(text: string, mentions: Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const p of text.matchAll(/\b(?:[Hh]is|[Hh]er)\s+(?:government|administration|cabinet)\b/g)) {
    const actor = governmentLedBy(lastPersonBefore(mentions, p.index), gaz);
    if (actor)
      out.push({
        start: p.index,
        end: p.index + p[0].length,
        text: p[0],
        key: actor.name,
        name: actor.name,
        kind: actor.kind,
        actor,
        rule: "pronoun-government",
      });
  }
  return out;
}
