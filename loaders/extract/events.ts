/**
 * Reactions to an event the text names by a common noun: "condemned the raid", "her government's
 * condemnation of the intervention". Opposing an operation is opposing whoever carried it out; the
 * document says who that is when one state (and only one) is the source of its TARGETS and
 * CONDUCTS relations. Conservative: two candidate agents, no link.
 */
import { type Candidate, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** An object that is an event, not an actor: "the raid", "this week's strikes", "the U.S. intervention". */
export const EVENT_OBJECT =
  /^\s+(?:the|this|that|its|their|his|her|last\s+\w+['’]s)\s+(?:[\p{L}.-]+\s+){0,2}?(?:operation|raid|intervention|strikes?|attacks?|incursion|invasion|bombings?|offensive|deployment|seizure|capture|assault)\b/iu;

/** A stance taken against an event, waiting for the event's agent. */
export interface EventReaction {
  sources: Mention[];
  sentence: Sentence;
  cue: string;
  cueStart: number;
  cueEnd: number;
  confidence: number;
  rule: string;
}

/** The one state that acts in the document's TARGETS and CONDUCTS relations, if there is exactly one. */
function eventAgent(candidates: Candidate[]): Mention | undefined {
  const agents = new Map<string, Mention>();
  for (const c of candidates)
    if ((c.type === "TARGETS" || c.type === "CONDUCTS") && c.source.kind === "Government")
      agents.set(c.source.key, agents.get(c.source.key) ?? c.source);
  const [only, other] = agents.values();
  return only && !other ? only : undefined;
}

/** OPPOSES relations from reactions to an event, aimed at the event's agent. */
export function eventRelations(reactions: EventReaction[], candidates: Candidate[]): Candidate[] {
  if (!reactions.length) return [];
  const agent = eventAgent(candidates);
  if (!agent) return [];
  return reactions.flatMap((r) =>
    r.sources
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
        rule: `${r.rule}+event`,
      })),
  );
}
