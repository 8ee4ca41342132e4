/**
 * Arrests listed without their agent, in a story that names who made them: after "Brazil's Federal
 * Police on Thursday raided ...", the sentence "Among those detained was X" gives the Federal Police
 * TARGETS X. The agent is the source of the last act against someone (a TARGETS relation of the cue
 * rules) that the document told before, when it is an institution or a government; with none
 * before, nothing. A bare passive ("X was detained in Houston") is left alone: it often tells of an
 * arrest elsewhere, by someone else.
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** "Among those detained was ", "Among the people arrested on Friday were the gang's ": up to the named person. */
const AMONG =
  /\bAmong\s+(?:those\s+|the\s+(?:[\p{Ll}-]+\s+){0,2})(arrested|detained|captured|apprehended|caught)\s+(?:(?:on|in|last)\s+\w+\s+)?(?:was|were)\s+(?:the\s+|an?\s+)?(?:[\p{Ll}'’-]+\s+){0,3}$/u;

/** The acts whose agents a later list of arrests inherits: by an institution or a government. */
function agentActs(acts: Candidate[]): Candidate[] {
  return acts
    .filter(
      (c) =>
        c.type === "TARGETS" &&
        c.rule.startsWith("cue:targets-verb") &&
        !c.rule.includes("+acts-for") &&
        (c.source.kind === "Institution" || c.source.kind === "Government"),
    )
    .sort((a, b) => a.cueStart - b.cueStart);
}

/** TARGETS relations of "Among those detained was X" in `sentences`, given the relations `acts` found so far. */
export function passiveActRelations(
  sentences: Sentence[],
  mentions: Mention[],
  acts: Candidate[],
): Candidate[] {
  const agents = agentActs(acts);
  if (!agents.length) return [];
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (!s.text.includes("Among ")) continue;
    const prior = agents.filter((a) => a.cueStart < s.start).pop();
    if (!prior) continue;
    for (const m of mentionsIn(mentions, s)) {
      if (m.kind !== "Person" && m.kind !== "Cartel") continue;
      const hit = AMONG.exec(s.text.slice(0, m.start - s.start));
      if (!hit || !validPair("TARGETS", prior.source, m)) continue;
      const cueStart = s.start + hit.index + hit[0].indexOf(hit[1]!);
      out.push({
        source: prior.source,
        target: m,
        type: "TARGETS",
        confidence: 0.55,
        sentence: s,
        cue: hit[1]!,
        cueStart,
        cueEnd: cueStart + hit[1]!.length,
        rule: "passive-act",
      });
    }
  }
  return out;
}
