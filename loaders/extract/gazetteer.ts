/**
 * The gazetteer (loaders/gazetteer/actors.json) indexed for matching: every alias, accent-folded
 * variant and demonym in one character trie, with per-alias rules — case-sensitive acronyms,
 * surnames that need the full name earlier in the document, and contextual aliases ("Sinaloa" is
 * the cartel only in a list of cartels).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { NodeKind, RelationType } from "../../graph/ontology.ts";
import { foldAccents } from "../../graph/text.ts";
import { stateActors } from "./states.ts";

const RoleSchema = z.object({
  type: RelationType,
  org: z.string(),
  titles: z.array(z.string()),
  from: z.string().optional(),
  to: z.string().optional(),
});

/** One actor of the gazetteer. */
export const ActorSchema = z.object({
  name: z.string(),
  kind: NodeKind,
  aliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  metonyms: z.array(z.string()).default([]),
  caseSensitive: z.array(z.string()).default([]),
  contextual: z.array(z.string()).default([]),
  roles: z.array(RoleSchema).default([]),
  partOf: z.string().optional(),
  /** Government this actor acts for without being a member of it (relations propagate, no MEMBER_OF). */
  actsFor: z.string().optional(),
  conductedBy: z.array(z.string()).default([]),
  collective: z.boolean().default(false),
  /** Its names match only on their own, not inside a longer capitalised name ("Niger Delta", "Jordan Peterson"). */
  standalone: z.boolean().default(false),
});
export type Actor = z.infer<typeof ActorSchema>;
export type Role = z.infer<typeof RoleSchema>;

/** How an alias may match. */
export type AliasMode = "name" | "short" | "contextual" | "demonym" | "metonym";

/** A trie hit: which actor, which form, under which rule. */
export interface AliasEntry {
  actor: Actor;
  form: string;
  mode: AliasMode;
  caseSensitive: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** Folded characters, computed once each: the trie folds every character of every text it reads. */
const FOLDED = new Map<string, string>();

/** Folds case and accents and unifies apostrophes, char by char (keeps length). */
export function foldChar(c: string): string {
  let folded = FOLDED.get(c);
  if (folded === undefined) {
    folded = foldAccents(c).replace(/[’‘`]/g, "'").replace(/[“”]/g, '"') || c;
    FOLDED.set(c, folded);
  }
  return folded;
}

/** Nouns news uses for a cartel in place of "Cartel" ("the Santa Rosa de Lima organisation"). */
const GROUP_NOUNS = ["organisation", "organization", "gang", "group", "network"];

/** "X organisation", "X gang"... for a criminal group named "X Cartel" (multi-word X only: "Gulf group" is too vague). */
function groupNounVariants(a: Actor): string[] {
  const m = a.kind === "Cartel" ? /^(.+\s.+)\s+Cartel$/.exec(a.name) : null;
  return m ? GROUP_NOUNS.map((n) => `${m[1]} ${n}`) : [];
}

/** The indexed gazetteer. */
export class Gazetteer {
  readonly actors: Actor[];
  readonly byName = new Map<string, Actor>();
  private readonly root: TrieNode = { next: new Map(), entries: [] };

  constructor(actors: Actor[]) {
    this.actors = actors;
    for (const a of actors) {
      this.byName.set(a.name, a);
      this.add(a.name, a, "name");
      for (const alias of a.aliases)
        this.add(alias, a, alias.includes(" ") || a.kind !== "Person" ? "name" : "short");
      for (const m of a.metonyms) this.add(m, a, "metonym");
      for (const c of a.contextual) this.add(c, a, "contextual");
      for (const d of a.demonyms) this.add(d, a, "demonym");
      for (const v of groupNounVariants(a)) this.add(v, a, "name");
    }
  }

  private add(form: string, actor: Actor, mode: AliasMode): void {
    const caseSensitive =
      actor.caseSensitive.includes(form) ||
      mode === "demonym" ||
      (mode !== "name" && mode !== "metonym" && /^\p{Lu}/u.test(form)) ||
      /^[\p{Lu}\d.-]+$/u.test(form);
    // "the Pentagon" is also "Pentagon", but "The Hill" is never a bare "Hill".
    const bare = form.replace(/^the /i, "");
    const variants = new Set([form, /^The \S+$/.test(form) ? form : bare]);
    for (const v of variants) {
      let node = this.root;
      for (const ch of v) {
        const k = foldChar(ch);
        let n = node.next.get(k);
        if (!n) {
          n = { next: new Map(), entries: [] };
          node.next.set(k, n);
        }
        node = n;
      }
      node.entries.push({ actor, form: v, mode, caseSensitive });
    }
  }

  /** All matches starting at `pos`, longest first: [end, entries]. */
  matchAt(text: string, pos: number): { end: number; entries: AliasEntry[] }[] {
    const found: { end: number; entries: AliasEntry[] }[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = pos; i < text.length && node; i++) {
      node = node.next.get(foldChar(text[i]!));
      if (node?.entries.length) found.push({ end: i + 1, entries: node.entries });
    }
    return found.reverse();
  }

  private surnames?: Map<string, number>;

  /** True when exactly one actor of the gazetteer has a name ending in `word` (a surname no one shares). */
  uniqueSurname(word: string): boolean {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const a of this.actors) {
        const parts = [...a.name].map(foldChar).join("").split(/\s+/);
        for (let i = 1; i < parts.length; i++) {
          const tail = parts.slice(i).join(" ");
          this.surnames.set(tail, (this.surnames.get(tail) ?? 0) + 1);
        }
      }
    }
    return this.surnames.get([...word].map(foldChar).join("")) === 1;
  }

  private demonyms?: Set<string>;

  /** Every demonym of the gazetteer ("Mexican", "Malian"). */
  demonymSet(): Set<string> {
    this.demonyms ??= new Set(this.actors.flatMap((a) => a.demonyms));
    return this.demonyms;
  }

  private statesByDemonym?: Map<string, Actor>;

  /** The state a demonym names ("Peruvian" → Peru), the first such state of the list. */
  stateOfDemonym(word: string): Actor | undefined {
    if (!this.statesByDemonym) {
      this.statesByDemonym = new Map();
      for (const a of this.actors)
        if (a.kind === "Government")
          for (const d of a.demonyms) if (!this.statesByDemonym.has(d)) this.statesByDemonym.set(d, a);
    }
    return this.statesByDemonym.get(word);
  }

  /** The actor named `name`, if any. */
  get(name: string): Actor | undefined {
    return this.byName.get(name);
  }
}

let builtin: Actor[] | undefined;

/** The actors of loaders/gazetteer/actors.json, validated, loaded once (a fresh copy each call). */
export function builtinActors(): Actor[] {
  if (!builtin) {
    const raw = JSON.parse(
      readFileSync(new URL("../gazetteer/actors.json", import.meta.url), "utf8"),
    ) as unknown[];
    builtin = raw.map((a, i) => {
      const parsed = ActorSchema.safeParse(a);
      if (!parsed.success)
        throw new Error(
          `loaders/gazetteer/actors.json entry ${i}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`,
        );
      return parsed.data;
    });
  }
  return structuredClone(builtin);
}

/**
 * A gazetteer of the built-in actors with `extra` merged over them (an extra actor with the name
 * of a built-in one replaces it), plus every sovereign state the list lacks.
 */
export function buildGazetteer(extra: readonly Actor[] = []): Gazetteer {
  const names = new Set(extra.map((a) => a.name));
  const actors = [...builtinActors().filter((a) => !names.has(a.name)), ...structuredClone(extra)];
  return new Gazetteer([...actors, ...stateActors(actors)]);
}

let cached: Gazetteer | undefined;

/** The project's gazetteer, loaded once. */
export function defaultGazetteer(): Gazetteer {
  cached ??= buildGazetteer();
  return cached;
}
