/**
 * Acronyms that are the initials of an organisation the document named earlier without defining
 * them ("the Guyana Defence Force" ... "a GDF patrol"): news often spell a body out once and then
 * use its initials. The acronym becomes that organisation's mention, never a node of its own.
 */
import type { Mention } from "./mentions.ts";

/** Words an organisation's initials skip ("Secretariat for the Prevention of ..."). */
const SKIPPED = new Set(["of", "the", "and", "for", "on", "in", "de", "del", "la", "las", "los", "y", "&"]);

const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/** The initials of a name of two words or more, capitalised words only ("Guyana Defence Force" → "GDF"). */
export function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join("");
}

/**
 * `mentions` with every acronym that spells the initials of exactly one organisation (any kind but
 * Person) mentioned before it given to that organisation: a mention of the acronym of its own
 * (a discovered "GDF") is replaced, a bare occurrence added.
 */
export function initialsMentions(text: string, mentions: Mention[]): Mention[] {
  const firstOf = new Map<string, Mention>();
  for (const m of mentions)
    if (m.kind !== "Person" && m.text.includes(" ") && !firstOf.has(m.key)) firstOf.set(m.key, m);
  const byInitials = new Map<string, Mention[]>();
  for (const m of firstOf.values()) {
    const initials = initialsOf(m.name);
    if (initials) byInitials.set(initials, [...(byInitials.get(initials) ?? []), m]);
  }
  if (!byInitials.size) return mentions;
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  for (const x of text.matchAll(ACRONYM)) {
    const owners = byInitials.get(x[0]);
    if (owners?.length !== 1 || owners[0]!.start > x.index!) continue;
    const start = x.index!;
    const end = start + x[0].length;
    const over = mentions.filter((m) => m.start < end && start < m.end);
    // An acronym the gazetteer or a definition already gives to an actor keeps it.
    if (over.some((m) => m.key === owners[0]!.key || m.start !== start || m.end !== end || m.actor)) continue;
    for (const m of over) replaced.add(m);
    added.push({ ...owners[0]!, start, end, text: x[0], rule: "acronym-initials" });
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start);
}
