/**
 * Turns mentions and relation candidates into the interchange format: one node per actor (id from
 * kind and canonical name, every surface form kept as an alias), one edge per (source, type,
 * target) with one piece of evidence per sentence and rule, merged across documents.
 */
import type { Evidence, Interchange, Relation } from "../../graph/interchange.ts";
import { entityId, relationId } from "../../graph/ontology.ts";
import { findDate } from "../read/dates.ts";
import type { Candidate } from "./candidate.ts";
import type { Mention } from "./mentions.ts";

/** Confidence of a relation from its evidence: noisy-or, capped. */
export function combine(confidences: number[]): number {
  const p = 1 - confidences.reduce((acc, c) => acc * (1 - c), 1);
  return Math.round(Math.min(0.99, p) * 100) / 100;
}

/** The nodes of one document. */
export function nodesOf(
  docId: string,
  mentions: Mention[],
  referenced: Mention[] = [],
): Interchange["nodes"] {
  const byId = new Map<string, Interchange["nodes"][number]>();
  for (const m of referenced) {
    const id = entityId(m.kind, m.name);
    if (!byId.has(id)) byId.set(id, { id, kind: m.kind, name: m.name, aliases: [], mentions: [] });
  }
  for (const m of mentions) {
    const id = entityId(m.kind, m.name);
    const n = byId.get(id) ?? { id, kind: m.kind, name: m.name, aliases: [], mentions: [] };
    const surface = m.text.replace(/\s+/g, " ").replace(/^the\s+/i, "");
    if (
      surface !== n.name &&
      !n.aliases.includes(surface) &&
      m.rule !== "gazetteer:demonym" &&
      m.rule !== "pronoun-government" &&
      !m.rule.startsWith("coreference:")
    )
      n.aliases.push(surface);
    n.mentions.push({ document: docId, start: m.start, end: m.end });
    byId.set(id, n);
  }
  return [...byId.values()];
}

/** The edges of one document. */
export function edgesOf(
  docId: string,
  published: string | undefined,
  cands: Candidate[],
  minConfidence: number,
): Relation[] {
  const byId = new Map<string, Relation>();
  for (const c of cands) {
    const s = entityId(c.source.kind, c.source.name);
    const t = entityId(c.target.kind, c.target.name);
    const id = relationId(s, c.type, t);
    const [source, target] = id.split("|").length === 3 ? [id.split("|")[0]!, id.split("|")[2]!] : [s, t];
    const e = byId.get(id) ?? { id, source, target, type: c.type, confidence: 0, evidence: [] };
    const date = findDate(c.sentence.text) ?? published;
    const ev: Evidence = {
      document: docId,
      sentence: c.sentence.text,
      start: c.sentence.start,
      end: c.sentence.end,
      cue: c.cue,
      cueStart: c.cueStart,
      cueEnd: c.cueEnd,
      rule: c.rule,
      confidence: Math.round(c.confidence * 100) / 100,
      ...(date ? { date } : {}),
    };
    const same = e.evidence.find((x) => x.start === ev.start && x.end === ev.end);
    if (same) {
      if ((same.confidence ?? 0) < (ev.confidence ?? 0)) Object.assign(same, ev);
    } else e.evidence.push(ev);
    byId.set(id, e);
  }
  const out: Relation[] = [];
  for (const e of byId.values()) {
    e.confidence = combine(e.evidence.map((x) => x.confidence ?? 0.5));
    if (e.confidence >= minConfidence) out.push(e);
  }
  return out;
}

/** Merges per-document graphs: nodes by id (aliases and mentions united), edges by id (evidence accumulated). */
export function mergeGraphs(parts: Interchange[]): Interchange {
  const nodes = new Map<string, Interchange["nodes"][number]>();
  const edges = new Map<string, Relation>();
  const documents: Interchange["documents"] = [];
  for (const p of parts) {
    documents.push(...p.documents);
    for (const n of p.nodes) {
      const have = nodes.get(n.id);
      if (!have) nodes.set(n.id, { ...n, aliases: [...n.aliases], mentions: [...n.mentions] });
      else {
        for (const a of n.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
        have.mentions.push(...n.mentions);
      }
    }
    for (const e of p.edges) {
      const have = edges.get(e.id);
      if (!have) edges.set(e.id, { ...e, evidence: [...e.evidence] });
      else {
        have.evidence.push(...e.evidence);
        have.confidence = combine(have.evidence.map((x) => x.confidence ?? 0.5));
      }
    }
  }
  return { documents, nodes: [...nodes.values()], edges: [...edges.values()] };
}
