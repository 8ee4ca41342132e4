/**
 * Reactions to an event the text names by a common noun: "condemned the raid", "her government's
 * condemnation of the intervention". Opposing an operation is opposing whoever carried it out; the
 * document says who that is when one state (and only one) is the source of its TARGETS and
 * CONDUCTS relations. Rejecting an accusation ("rejected the accusation as baseless") is opposing
 * the one actor the document shows accusing the rejecter; opposing a designation ("called the
 * designation an invention") is opposing its one designator. The actor an event or a designation
 * is "of" ("condemned the capture of X") suffered it and is not what is opposed. Conservative: two
 * candidates, no link.
 */
import type { RelationType } from "../../graph/ontology.ts";
import { type Candidate, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** What opens a noun phrase naming an event: "the", "this", "last week's". */
const EVENT_DETERMINER = String.raw`\s+(?:the|this|that|these|its|their|his|her|last\s+\w+['’]s)\s+(?:[\p{L}.-]+\s+){0,2}?`;
const EVENT_NOUN =
  "(?:operation|raid|intervention|strikes?|attacks?|incursion|invasion|bombings?|offensive|deployment|seizure|capture|assault|arrests?|extradition|killing)";
const DESIGNATION_NOUN = "(?:designations?|listings?|classification|blacklisting)";

/** An object that is an event, not an actor: "the raid", "this week's strikes", "the U.S. intervention". */
export const EVENT_OBJECT = new RegExp(`^${EVENT_DETERMINER}${EVENT_NOUN}\\b`, "iu");

/** An object that is a designation: "the designation", "Washington's listing". */
export const DESIGNATION_OBJECT = new RegExp(`^${EVENT_DETERMINER}${DESIGNATION_NOUN}\\b`, "iu");

/** Up to the actor an event or designation is done to: " the capture of ", " the designation of the ". */
const PATIENT_OF = new RegExp(
  `^${EVENT_DETERMINER}(?:${EVENT_NOUN}|${DESIGNATION_NOUN})\\s+(?:of|on|against)\\s+(?:the\\s+)?$`,
  "iu",
);

/**
 * The targets of a stance whose object is an event or designation done to `targets` ("condemned
 * the capture of X by Y"): its agent after "by" in the clause, else none (the stance becomes a
 * reaction); `targets` unchanged when the object is not such a phrase.
 */
export function eventAgentTargets(
  s: Sentence,
  ms: Mention[],
  from: number,
  to: number,
  targets: Mention[],
): Mention[] {
  const first = targets[0];
  if (!first || !PATIENT_OF.test(s.text.slice(from, first.start - s.start))) return targets;
  const last = targets[targets.length - 1]!;
  const by = ms.find(
    (m) =>
      m.start > last.end &&
      m.end - s.start <= to &&
      /^\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?$/.test(s.text.slice(last.end - s.start, m.start - s.start)),
  );
  return by ? [by] : [];
}

/** An object that is what someone said against another: "the accusation", "these allegations". */
export const STATEMENT_OBJECT =
  /^\s+(?:the|these|those|such|its|their|his|her)\s+(?:[\p{L}.-]+\s+){0,2}?(?:accusations?|allegations?)\b/iu;

/** A stance taken against an event (or a statement), waiting for the event's agent (or the accuser). */
export interface EventReaction {
  /** What the stance is against: an event the text names, or an accusation. */
  about: "event" | "designation" | "statement";
  sources: Mention[];
  sentence: Sentence;
  cue: string;
  cueStart: number;
  cueEnd: number;
  confidence: number;
  rule: string;
}

/**
 * The one source of the document's `types` relations, if there is exactly one: among states when
 * some state is one (a state over its own "Treasury"), among all sources only when `statesOnly` is
 * false and no state is.
 */
function soleSource(
  candidates: Candidate[],
  types: RelationType[],
  statesOnly: boolean,
): Mention | undefined {
  const sources = new Map<string, Mention>();
  for (const c of candidates)
    if (types.includes(c.type)) sources.set(c.source.key, sources.get(c.source.key) ?? c.source);
  const all = [...sources.values()];
  const states = all.filter((m) => m.kind === "Government");
  const pool = states.length || statesOnly ? states : all;
  return pool.length === 1 ? pool[0] : undefined;
}

/**
 * The one actor the document shows accusing `reactors`' side ("Mali accused Algeria of ...") other
 * than the reactors themselves, if there is exactly one.
 */
function accuser(candidates: Candidate[], reactors: Mention[]): Mention | undefined {
  const keys = new Set(reactors.map((m) => m.key));
  const accusers = new Map<string, Mention>();
  for (const c of candidates)
    if (
      c.type === "OPPOSES" &&
      /^accus/i.test(c.cue ?? "") &&
      keys.has(c.target.key) &&
      !keys.has(c.source.key)
    )
      accusers.set(c.source.key, accusers.get(c.source.key) ?? c.source);
  const [only, other] = accusers.values();
  return only && !other ? only : undefined;
}

/** OPPOSES relations from reactions to an event (aimed at its agent) or to an accusation (at the accuser). */
export function eventRelations(reactions: EventReaction[], candidates: Candidate[]): Candidate[] {
  if (!reactions.length) return [];
  // An event's agent is a state; a designation's is its one designator, a state preferred.
  const eventAgentOf = soleSource(candidates, ["TARGETS", "CONDUCTS"], true);
  const designatorOf = soleSource(candidates, ["DESIGNATES"], false);
  return reactions.flatMap((r) => {
    const agent =
      r.about === "event"
        ? eventAgentOf
        : r.about === "designation"
          ? designatorOf
          : accuser(candidates, r.sources);
    if (!agent) return [];
    return r.sources
      .filter((src) => validPair("OPPOSES", src, agent))
      .map((src) => ({
        source: src,
        target: agent,
        type: "OPPOSES" as const,
        confidence: r.confidence,
        sentence: r.sentence,
        cue: r.cue,
        cueStart: r.cueStart,
        cueEnd: r.cueEnd,
        rule: `${r.rule}+${r.about}`,
      }));
  });
}
