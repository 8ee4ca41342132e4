/**
 * A relation found in one sentence, before merging: both mentions, the type, the cue and the rule,
 * and a confidence that reflects how it was found.
 */
import type { RelationType } from "../../graph/ontology.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";
import { lowerBound, spansWithin } from "./spans.ts";

/** One relation candidate. */
export interface Candidate {
  source: Mention;
  target: Mention;
  type: RelationType;
  confidence: number;
  sentence: Sentence;
  cue: string;
  cueStart: number;
  cueEnd: number;
  rule: string;
}

/** Mentions inside a sentence, in order (`mentions` sorted by start; binary search). */
export function mentionsIn(mentions: Mention[], s: Sentence): Mention[] {
  return spansWithin(mentions, s.start, s.end);
}

/** The longest a mention can be for backward scans to stop early. */
const LONGEST_MENTION = 200;

/**
 * The last Person mentioned before `pos`, within `window` characters (for he/she/his/her);
 * `mentions` sorted by start, scanned backwards from `pos` only.
 */
export function lastPersonBefore(mentions: Mention[], pos: number, window = 600): Mention | undefined {
  for (let i = lowerBound(mentions, pos) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (pos - m.start > window + LONGEST_MENTION) break;
    if (m.end <= pos && m.kind === "Person" && pos - m.end <= window && !m.quoted) return m;
  }
  return undefined;
}

const VALID_TARGET: Record<RelationType, (m: Mention) => boolean> = {
  THREATENS: (m) => m.kind !== "Operation",
  OPPOSES: () => true,
  DESIGNATES: (m) => m.kind === "Cartel" || m.kind === "Institution" || m.kind === "Person",
  COOPERATES_WITH: (m) => m.kind !== "Operation",
  LEADS: (m) => m.kind !== "Person" && m.kind !== "Operation",
  MEMBER_OF: (m) => m.kind !== "Person" && m.kind !== "Operation",
  CONDUCTS: (m) => m.kind === "Operation",
  TARGETS: (m) => m.kind !== "Operation",
};

const VALID_SOURCE: Record<RelationType, (m: Mention) => boolean> = {
  THREATENS: () => true,
  OPPOSES: (m) => m.kind !== "Operation",
  DESIGNATES: (m) => m.kind === "Government" || m.kind === "Institution" || m.kind === "Person",
  COOPERATES_WITH: (m) => m.kind !== "Operation",
  LEADS: (m) => m.kind === "Person",
  MEMBER_OF: (m) => m.kind === "Person" || m.kind === "Institution" || m.kind === "Cartel",
  CONDUCTS: (m) => m.kind !== "Operation",
  TARGETS: () => true,
};

const HOSTILE: ReadonlySet<RelationType> = new Set(["THREATENS", "OPPOSES", "TARGETS", "DESIGNATES"]);

/** True when `a` heads `b` or is part of it according to the gazetteer (a leader and their own state). */
function ownSide(a: Mention, b: Mention): boolean {
  return (
    !!a.actor &&
    (a.actor.partOf === b.key || a.actor.roles.some((r) => r.type === "LEADS" && r.org === b.key))
  );
}

/** True when the pair fits the ontology (a state may lead a mission or force, not another actor), is not a self-loop, and is not an actor turning on, or working with, its own side. */
export function validPair(type: RelationType, source: Mention, target: Mention): boolean {
  // Hostility towards one's own side is no relation, nor is working with it ("the U.S. Drug
  // Enforcement Administration was assisting": no United States-DEA cooperation).
  if (
    (HOSTILE.has(type) || type === "COOPERATES_WITH") &&
    (ownSide(source, target) || ownSide(target, source))
  )
    return false;
  if (type === "MEMBER_OF" && source.kind === "Cartel" && target.kind !== "Cartel") return false;
  if (type === "LEADS" && source.kind === "Government")
    return target.kind === "Institution" || target.kind === "Operation";
  return source.key !== target.key && VALID_SOURCE[type](source) && VALID_TARGET[type](target);
}
