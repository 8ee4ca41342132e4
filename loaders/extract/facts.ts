/**
 * Relations from gazetteer facts and from who acts for whom:
 * - an institution that is part of a government is MEMBER_OF it ("CIA" → United States);
 * - a named operation is CONDUCTED by its known operators;
 * - what a head of government or a government body does to an organisation or state, its government
 *   does too (lower confidence); an OPPOSES aimed at a government body is aimed at its government.
 */
import type { RelationType } from "../../graph/ontology.ts";
import { type Candidate, validPair } from "./candidate.ts";
import type { Actor, Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

const PROPAGATED: ReadonlySet<RelationType> = new Set([
  "THREATENS",
  "OPPOSES",
  "COOPERATES_WITH",
  "TARGETS",
  "DESIGNATES",
  "CONDUCTS",
]);

function asMention(gaz: Gazetteer, name: string, like: Mention): Mention | undefined {
  const a = gaz.get(name);
  return a
    ? { ...like, key: a.name, name: a.name, kind: a.kind, actor: a, rule: "gazetteer:fact" }
    : undefined;
}

/** The government an actor acts for: an institution's parent, a head of government's state. */
export function principal(gaz: Gazetteer, m: Mention, date?: string): string | undefined {
  const a = m.actor;
  if (!a) return undefined;
  if (a.kind === "Institution") return a.partOf ?? a.actsFor;
  if (a.kind === "Person") {
    const r = a.roles.find(
      (x) =>
        x.type === "LEADS" &&
        gaz.get(x.org)?.kind === "Government" &&
        (!date || ((!x.from || x.from <= date) && (!x.to || date <= x.to))),
    );
    return r?.org;
  }
  return undefined;
}

/** True when the text ties `key` to its state `parent`: "Russia's X" (one mention or two), "Russian X" (two). */
function tiedTo(mentions: Mention[], key: string, parent: Actor): boolean {
  const possessives = [parent.name, ...parent.aliases].flatMap((n) => [`${n}'s `, `${n}’s `]);
  return mentions.some(
    (m, i) =>
      m.key === key &&
      ((i > 0 && mentions[i - 1]!.key === parent.name && m.start - mentions[i - 1]!.end <= 3) ||
        possessives.some((p) => m.text.startsWith(p))),
  );
}

/** Membership and operator facts for the actors mentioned in one document. */
export function factRelations(sentences: Sentence[], mentions: Mention[], gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const first = new Map<string, Mention>();
  for (const m of mentions) if (m.actor && !first.has(m.key)) first.set(m.key, m);
  for (const m of first.values()) {
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
    if (!s) continue;
    const add = (type: RelationType, src: Mention | undefined, tgt: Mention | undefined, rule: string) => {
      if (src && tgt && validPair(type, src, tgt))
        out.push({
          source: src,
          target: tgt,
          type,
          confidence: 0.5,
          sentence: s,
          cue: m.text,
          cueStart: m.start,
          cueEnd: m.end,
          rule,
        });
    };
    const parent = m.actor!.partOf;
    // A body's state is a relation of the text only where the text ties them ("Russia's Africa
    // Corps"); a body's parent body ("OFAC" of the Treasury) always.
    const state = parent ? gaz.get(parent) : undefined;
    if (parent && (state?.kind !== "Government" || tiedTo(mentions, m.key, state)))
      add("MEMBER_OF", m, asMention(gaz, parent, m), "gazetteer-part-of");
    for (const op of m.actor!.conductedBy) add("CONDUCTS", asMention(gaz, op, m), m, "gazetteer-operator");
  }
  return out;
}

/** Adds the government-level relations implied by candidates, and lifts OPPOSES targets. */
export function propagate(cands: Candidate[], gaz: Gazetteer, date?: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    let target = c.target;
    if (c.type === "OPPOSES" && target.kind === "Institution") {
      const p = principal(gaz, target, date);
      const lifted = p ? asMention(gaz, p, target) : undefined;
      if (lifted) target = lifted;
    }
    out.push({ ...c, target });
    if (!PROPAGATED.has(c.type) || (target.kind === "Person" && c.type !== "TARGETS")) continue;
    const p = principal(gaz, c.source, date);
    const gov = p ? asMention(gaz, p, c.source) : undefined;
    if (gov && validPair(c.type, gov, target))
      out.push({ ...c, source: gov, target, confidence: c.confidence * 0.6, rule: `${c.rule}+acts-for` });
  }
  return out;
}

/** Relations an actor does not have with its own side. */
const HOSTILE: ReadonlySet<RelationType> = new Set(["THREATENS", "TARGETS"]);

/**
 * Drops threats and targeting aimed at the source's own side, which a clause after "warned that"
 * or "said" names as the one who will act ("Trump warned that U.S. forces could finish the job",
 * "the gang leader warned that his coalition would ..."): an institution of the source's own
 * government, or a group the document says the source leads or belongs to. `validPair`
 * (candidate.ts) already refuses what the gazetteer alone tells (a leader against their own state);
 * this adds what needs the document's other relations and its date.
 */
export function withoutOwnSide(cands: Candidate[], gaz: Gazetteer, date?: string): Candidate[] {
  const belongs = new Set(
    cands
      .filter((c) => c.type === "LEADS" || c.type === "MEMBER_OF")
      .map((c) => `${c.source.key}\u0000${c.target.key}`),
  );
  return cands.filter((c) => {
    if (!HOSTILE.has(c.type)) return true;
    if (belongs.has(`${c.source.key}\u0000${c.target.key}`)) return false;
    if (c.target.kind !== "Institution") return true;
    const side = principal(gaz, c.target, date);
    if (!side) return true;
    const own = c.source.kind === "Government" ? c.source.key : principal(gaz, c.source, date);
    return own !== side;
  });
}
