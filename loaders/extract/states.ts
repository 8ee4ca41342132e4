/**
 * Every sovereign state as a Government actor, from the `world-countries` data package (independent
 * states): common and official names, alternative spellings (country codes left out), the English
 * demonym (acting only before a noun such as "troops" or "government"), "<Demonym> government" and
 * "Government of X" as aliases, and capitals (and the seats of government of seats.json) as
 * metonyms under the capital rules of mentions.ts.
 * States the hand-written gazetteer already has keep its richer entries.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";
import { foldAccents } from "../../graph/text.ts";
import type { Actor } from "./gazetteer.ts";

interface Country {
  name: { common: string; official: string };
  independent?: boolean;
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** loaders/gazetteer/seats.json: seats of government besides the listed capital, by common name. */
const SeatsSchema = z.object({ about: z.string(), seats: z.record(z.string(), z.array(z.string().min(2))) });
const SEATS_FILE = new URL("../gazetteer/seats.json", import.meta.url);
const parsedSeats = SeatsSchema.safeParse(JSON.parse(readFileSync(SEATS_FILE, "utf8")));
if (!parsedSeats.success)
  throw new Error(
    `loaders/gazetteer/seats.json: ${parsedSeats.error.issues[0]!.path.join(".")}: ${parsedSeats.error.issues[0]!.message}`,
  );
const SEATS = parsedSeats.data.seats;

const key = (s: string) =>
  foldAccents(s)
    .toLowerCase()
    .replace(/^the\s+/, "");

/** A spelling worth matching: not a code ("CI", "USA"), not a native-language form with non-Latin letters. */
const usable = (s: string) => s.length > 3 && /\p{Ll}/u.test(s) && /^[\p{Script=Latin}\s'’.,()-]+$/u.test(s);

/**
 * The sovereign states of `world-countries` that `existing` lacks, as gazetteer actors; states
 * `existing` has get their capitals added as metonyms (in place) when missing.
 */
export function stateActors(existing: readonly Actor[]): Actor[] {
  const countries = createRequire(import.meta.url)("world-countries") as Country[];
  const taken = new Set<string>();
  for (const a of existing) for (const n of [a.name, ...a.aliases, ...a.metonyms]) taken.add(key(n));
  // A demonym several states share ("Dominican", "Congolese") names only the one whose name starts
  // with it (the Dominican Republic), else none of them.
  const sharing = new Map<string, number>();
  for (const c of countries) {
    const d = c.independent ? c.demonyms?.eng?.m : undefined;
    if (d) sharing.set(d, (sharing.get(d) ?? 0) + 1);
  }
  const out: Actor[] = [];
  for (const c of countries) {
    if (!c.independent) continue;
    const names = [c.name.common, c.name.official, ...c.altSpellings].filter(usable);
    const have = existing.find((a) => a.kind === "Government" && names.some((n) => key(n) === key(a.name)));
    if (have) {
      for (const cap of [...(c.capital ?? []), ...(SEATS[c.name.common] ?? [])].filter(usable))
        if (!taken.has(key(cap))) {
          have.metonyms.push(cap);
          taken.add(key(cap));
        }
      continue;
    }
    if (names.some((n) => taken.has(key(n)))) continue;
    const own = c.demonyms?.eng?.m;
    const demonym = own && (sharing.get(own) === 1 || c.name.common.startsWith(own)) ? own : undefined;
    const aliases = [...new Set(names.slice(1))].filter((n) => n !== c.name.common);
    aliases.push(`Government of ${c.name.common}`, `${c.name.common}'s government`);
    if (demonym) aliases.push(`${demonym} government`, `${demonym} authorities`, `${demonym} officials`);
    for (const n of names) taken.add(key(n));
    out.push({
      name: c.name.common,
      kind: "Government",
      aliases,
      demonyms: demonym ? [demonym] : [],
      metonyms: [...(c.capital ?? []), ...(SEATS[c.name.common] ?? [])].filter(
        (x) => usable(x) && !taken.has(key(x)),
      ),
      caseSensitive: [],
      contextual: [],
      roles: [],
      conductedBy: [],
      collective: false,
      standalone: true,
    });
  }
  return out;
}
