/**
 * National institutions with generic names. "The Interior Ministry", "the National Police" or
 * "Congress" exist in every country: a discovered institution whose name is made only of such
 * generic words is named after its state ("Peruvian Interior Ministry"), so that one node stands
 * for one real body across documents. The bare form stays as the node's alias (its surface).
 * The state is the one named right before it ("Peru's National Police"), else the state of the
 * previous qualified mention of the same name, else the document's home state; with none, the
 * name is left as it is.
 */
import type { Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import { WORDS } from "./words.ts";

/** Words that name a kind of national body, not one body (loaders/gazetteer/words.json). */
const GENERIC = new Set(WORDS.genericInstitution);

/** One-word bodies every state has: alone they are still named after their state ("Peru's Congress"). */
const LEGISLATURES = new Set(["Congress", "Senate", "Parliament", "Legislature"]);

/** Words that alone are no institution's whole name. */
const FUNCTION_WORDS = new Set(["of", "the", "for", "and", "de"]);

/** True when every word of `name` is generic and two are more than function words ("National Police", not "Police"). */
export function genericInstitution(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length === 1) return LEGISLATURES.has(name);
  return words.every((w) => GENERIC.has(w)) && words.filter((w) => !FUNCTION_WORDS.has(w)).length >= 2;
}

/** "Peru's " / "Peruvian " right before an institution (`mentions[i]`): the state named there. */
export function stateBefore(text: string, mentions: Mention[], i: number): Mention | undefined {
  const m = mentions[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const p = mentions[j]!;
    if (p.end > m.start) continue;
    const gap = text.slice(p.end, m.start);
    if (p.kind === "Government" && /^(?:['’]s)?\s+(?:the\s+)?$/.test(gap)) return p;
    return undefined;
  }
  return undefined;
}

/**
 * The state-qualified name of an institution: the one the document already uses ("Trinidad and
 * Tobago Defence Force"), else "<demonym> <name>", else "<name> of <state>".
 */
function qualified(name: string, state: string, gaz: Gazetteer, used: Set<string>): string {
  const demonym = gaz.get(state)?.demonyms.find((d) => /^\p{Lu}\p{Ll}+$/u.test(d));
  const forms = [demonym && `${demonym} ${name}`, `${state} ${name}`, `${name} of ${state}`].filter(
    (f): f is string => !!f,
  );
  return forms.find((f) => used.has(f)) ?? forms.find((f) => gaz.get(f)) ?? forms[0]!;
}

/**
 * `mentions` with every generic discovered institution named after its state (see the header);
 * its acronyms and repeats ("the PNP") follow the discovered mention before them, else the first.
 */
export function nationalInstitutions(
  text: string,
  mentions: Mention[],
  home: Mention | undefined,
  gaz: Gazetteer,
): Mention[] {
  const state = new Map<number, string>();
  const lastState = new Map<string, string>();
  const first = new Map<string, string>();
  mentions.forEach((m, i) => {
    if (m.kind !== "Institution" || m.actor || !m.rule.startsWith("discovered:")) return;
    if (!genericInstitution(m.name)) return;
    const found = stateBefore(text, mentions, i)?.key ?? lastState.get(m.name) ?? home?.key;
    if (!found) return;
    state.set(i, found);
    lastState.set(m.name, found);
    if (!first.has(m.name)) first.set(m.name, found);
  });
  const used = new Set(mentions.filter((m) => m.kind === "Institution").map((m) => m.name));
  const current = new Map<string, string>();
  return mentions.map((m, i) => {
    if (m.kind !== "Institution" || m.actor || !first.has(m.name)) return m;
    const s = state.get(i) ?? current.get(m.name) ?? first.get(m.name)!;
    current.set(m.name, s);
    const name = qualified(m.name, s, gaz, used);
    // A body the gazetteer lists under that name ("Attorney General's Office of Mexico") is that actor.
    const actor = gaz.get(name);
    if (actor?.kind === "Institution")
      return { ...m, key: actor.name, name: actor.name, actor, rule: `${m.rule}+national` };
    return { ...m, key: `Institution:${name}`, name, rule: `${m.rule}+national` };
  });
}
