/**
 * The document's home state, which titles with no organisation written belong to ("Interior
 * Minister X" in a report from Quito): the state of its dateline's city (or the state written
 * after the city), else the state it names at least three times and twice as often as any other.
 */
import type { Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";

/** A mention of the gazetteer actor `name` where `like` stands (a role's organisation, a home state). */
export function orgMention(gaz: Gazetteer, name: string, like: Mention): Mention | undefined {
  const actor = gaz.get(name);
  return actor
    ? { ...like, key: actor.name, name: actor.name, kind: actor.kind, actor, rule: "gazetteer:role" }
    : undefined;
}

/** Titles of a state's own government: with no organisation written, they are the home state's. */
export const STATE_TITLE =
  /^(?:(?:deputy |acting |vice )?(?:president|prime minister|premier|vice[ -]president|(?:[\p{L}]+ )?minister|(?:[\p{L}]+ )?(?:under-?)?secretary|vice[ -]minister|attorney general|police commissioner|commissioner))$/iu;

/**
 * "QUITO (wire) —", "PORT-AU-PRINCE, March 12 (Reuters) —", "DAJABÓN, Dominican Republic, Feb. 27
 * (Wire) -" on one of the first lines, the dash also at the line's end (the story on the next).
 */
const DATELINE =
  /^[ \t]*(\p{Lu}[\p{Lu}\p{M} .'’-]{2,40}?)(?:,([^\n—–]{0,40}))?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[—–]|-[ \t]|-$)/mu;

/** The state of the dateline's city, or the state written after it, through the gazetteer's names and capitals. */
function datelineState(text: string, gaz: Gazetteer, like: Mention): Mention | undefined {
  const d = DATELINE.exec(text.slice(0, 400));
  if (!d) return undefined;
  // The city ("QUITO"), else the state written after it ("COCHABAMBA, Bolivia, March 2").
  for (const place of [d[1]!.trim(), d[2]?.split(",")[0]?.trim() ?? ""]) {
    const hit = gaz.matchAt(place, 0).find((h) => h.end === place.length);
    const actor = hit?.entries.find((e) => e.actor.kind === "Government")?.actor;
    if (actor) return orgMention(gaz, actor.name, like);
  }
  return undefined;
}

/**
 * The document's home state: the dateline's, else the Government mentioned at least three times
 * and at least twice as often as any other. Titles such as "President X" or "Interior Minister X"
 * with no organisation written belong to it, as wire reports name foreign office-holders with their
 * country.
 */
export function homeState(text: string, mentions: Mention[], gaz: Gazetteer): Mention | undefined {
  const first = mentions[0];
  const dated = first ? datelineState(text, gaz, first) : undefined;
  if (dated) return dated;
  const counts = new Map<string, { m: Mention; n: number }>();
  for (const m of mentions) {
    if (m.kind !== "Government" || m.quoted) continue;
    const c = counts.get(m.key);
    if (c) c.n++;
    else counts.set(m.key, { m, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [best, second] = ranked;
  return best && best.n >= 3 && best.n >= 2 * (second?.n ?? 0) ? best.m : undefined;
}
