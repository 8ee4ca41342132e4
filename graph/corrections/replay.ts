/**
 * Replaying corrections on a store graph: the curated graph is the extracted graph with every
 * correction applied in replay order. Each op is a pure edit of the graph; a correction whose
 * actor or relation is absent (yet, or no more) is skipped, so replaying twice changes nothing.
 * Merged ids redirect: from a merge on (even one that found its actor already gone), an actor or
 * relation id naming the merged actor is read as the actor it went into.
 */
import type { Evidence, Mention } from "../interchange.ts";
import { entityId, type RelationType } from "../ontology.ts";
import type { StoreGraph } from "../ops/store-graph.ts";
import { sameName } from "../text.ts";
import { copyStoreGraph, moveEdge, putEdge, relationEnds, unionSpans } from "./graph-edit.ts";
import { byReplayOrder, type Correction, type RejectedRelation } from "./schema.ts";

export type { RejectedRelation };

/** What replay needs besides the graph: the stored text of a document (for splits and sentences). */
export interface ReplayOptions {
  textOf?: (document: string) => string | undefined;
}

/** What a replay did. */
export interface ReplayReport {
  applied: string[];
  /** Corrections that found nothing to act on, with why. */
  skipped: { id: string; reason: string }[];
  /** Merged actor id → the actor it now is. */
  redirects: Map<string, string>;
  rejected: RejectedRelation[];
}

/** Follows merges from `id` to the actor it now is. */
export function resolveActor(redirects: Map<string, string>, id: string): string {
  let at = id;
  for (let i = 0; i < 1000 && redirects.has(at); i++) at = redirects.get(at)!;
  return at;
}

/** The relation id `key` names now that merged actors redirect. */
export function resolveRelation(redirects: Map<string, string>, key: string): string {
  const [s, type, t] = key.split("|") as [string, RelationType, string];
  return relationEnds(resolveActor(redirects, s), type, resolveActor(redirects, t)).id;
}

const surface = (s: string) => s.replace(/\s+/g, " ").replace(/^the\s+/i, "");

function merge(g: StoreGraph, from: string, into: string): string | undefined {
  if (from === into) return "an actor cannot be merged into itself";
  if (!g.hasNode(from) || !g.hasNode(into))
    return `actor ${g.hasNode(from) ? into : from} is not in the graph`;
  const a = g.getNodeAttributes(from);
  const b = g.getNodeAttributes(into);
  const aliases = [...new Set([...b.aliases, a.name, ...a.aliases])].filter((x) => x !== b.name);
  g.replaceNodeAttributes(into, { ...b, aliases, mentions: unionSpans(b.mentions, a.mentions) });
  for (const e of [...g.edges(from)]) moveEdge(g, e, from, into);
  g.dropNode(from);
  return undefined;
}

function split(g: StoreGraph, c: Extract<Correction, { op: "split" }>, actor: string, o: ReplayOptions) {
  if (!g.hasNode(actor)) return `actor ${actor} is not in the graph`;
  const n = g.getNodeAttributes(actor);
  if (!n.aliases.some((a) => sameName(a, c.alias))) return `"${c.alias}" is not an alias of ${actor}`;
  const name = c.name ?? c.alias;
  const kind = c.kind ?? n.kind;
  const id = entityId(kind, name);
  if (id === actor) return "the split-off actor would keep the same id";
  const isAlias = (m: Mention) => {
    const text = o.textOf?.(m.document)?.slice(m.start, m.end);
    return text !== undefined && sameName(surface(text), c.alias);
  };
  const moved = n.mentions.filter(isAlias);
  const kept = n.mentions.filter((m) => !isAlias(m));
  g.replaceNodeAttributes(actor, {
    ...n,
    aliases: n.aliases.filter((a) => !sameName(a, c.alias)),
    mentions: kept,
  });
  const aliases = sameName(name, c.alias) ? [] : [c.alias];
  if (!g.hasNode(id)) g.addNode(id, { name, kind, aliases, mentions: moved });
  else {
    const t = g.getNodeAttributes(id);
    const all = [...new Set([...t.aliases, ...aliases])].filter((a) => a !== t.name);
    g.replaceNodeAttributes(id, { ...t, aliases: all, mentions: unionSpans(t.mentions, moved) });
  }
  const inside = (ms: Mention[], x: Evidence) =>
    ms.some((m) => m.document === x.document && m.start >= x.start && m.end <= x.end);
  for (const e of [...g.edges(actor)]) {
    const edge = g.getEdgeAttributes(e);
    const go = edge.evidence.filter((x) => inside(moved, x) && !inside(kept, x));
    if (!go.length) continue;
    const source = g.source(e) === actor ? id : g.source(e);
    const target = g.target(e) === actor ? id : g.target(e);
    if (go.length === edge.evidence.length) moveEdge(g, e, actor, id);
    else {
      g.replaceEdgeAttributes(e, { ...edge, evidence: edge.evidence.filter((x) => !go.includes(x)) });
      putEdge(g, source, target, { type: edge.type, confidence: edge.confidence, evidence: go });
    }
  }
  return undefined;
}

function addRelation(
  g: StoreGraph,
  c: Extract<Correction, { op: "addRelation" }>,
  r: Map<string, string>,
  o: ReplayOptions,
) {
  const source = resolveActor(r, c.source);
  const target = resolveActor(r, c.target);
  for (const id of [source, target]) if (!g.hasNode(id)) return `actor ${id} is not in the graph`;
  if (source === target) return "a relation needs two different actors";
  const v = c.evidence;
  const evidence: Evidence[] = v
    ? [
        {
          document: v.document,
          start: v.start,
          end: v.end,
          sentence: v.sentence ?? o.textOf?.(v.document)?.slice(v.start, v.end) ?? "",
          rule: "analyst",
          confidence: 1,
        },
      ]
    : [];
  const existed = g.hasEdge(relationEnds(source, c.type, target).id);
  putEdge(g, source, target, {
    type: c.type,
    confidence: 1,
    evidence,
    ...(existed ? {} : { curation: "analyst" as const }),
  });
  return undefined;
}

/** Applies one correction to `graph` (in place); returns why it was skipped, if it was. */
export function applyCorrection(
  g: StoreGraph,
  c: Correction,
  report: ReplayReport,
  o: ReplayOptions = {},
): string | undefined {
  const r = report.redirects;
  switch (c.op) {
    case "merge": {
      const from = resolveActor(r, c.from);
      const into = resolveActor(r, c.into);
      const why = merge(g, from, into);
      if (!why || (from !== into && !g.hasNode(from))) r.set(from, into);
      return why;
    }
    case "split":
      return split(g, c, resolveActor(r, c.actor), o);
    case "rename":
    case "kind": {
      const id = resolveActor(r, c.actor);
      if (!g.hasNode(id)) return `actor ${id} is not in the graph`;
      const n = g.getNodeAttributes(id);
      if (c.op === "kind") g.replaceNodeAttributes(id, { ...n, kind: c.kind });
      else {
        const aliases = [...new Set([...n.aliases, n.name])].filter((a) => a !== c.name);
        g.replaceNodeAttributes(id, { ...n, name: c.name, aliases });
      }
      return undefined;
    }
    case "reject":
    case "confirm": {
      const id = resolveRelation(r, c.relation);
      if (!g.hasEdge(id)) return `relation ${id} is not in the graph`;
      const e = g.getEdgeAttributes(id);
      if (c.op === "confirm") {
        if (e.curation !== "analyst") g.replaceEdgeAttributes(id, { ...e, curation: "confirmed" });
        return undefined;
      }
      report.rejected.push({
        id,
        source: g.source(id),
        target: g.target(id),
        type: e.type,
        correction: c.id,
        reason: c.reason,
        evidenceCount: e.evidence.length,
      });
      g.dropEdge(id);
      return undefined;
    }
    case "addRelation":
      return addRelation(g, c, r, o);
  }
}

/** An empty report. */
export function emptyReport(): ReplayReport {
  return { applied: [], skipped: [], redirects: new Map(), rejected: [] };
}

/** Graph attribute: ids of the corrections a graph carries. */
const CARRIED = "corrections";

/** Applies `corrections` to `graph` in place, in replay order; those it already carries are kept as they are. */
export function replay(
  graph: StoreGraph,
  corrections: Correction[],
  options: ReplayOptions = {},
): ReplayReport {
  const report = emptyReport();
  // The graph keeps the ids of the corrections it carries: one applied before is not applied again.
  const carried = new Set<string>(graph.getAttribute(CARRIED) ?? []);
  for (const c of [...corrections].sort(byReplayOrder)) {
    if (carried.has(c.id)) {
      report.applied.push(c.id);
      continue;
    }
    const why = applyCorrection(graph, c, report, options);
    if (why) report.skipped.push({ id: c.id, reason: why });
    else {
      report.applied.push(c.id);
      carried.add(c.id);
    }
  }
  graph.setAttribute(CARRIED, [...carried]);
  return report;
}

/** The curated graph: a copy of `extracted` with `corrections` replayed (`extracted` is left as it is). */
export function curate(extracted: StoreGraph, corrections: Correction[], options: ReplayOptions = {}) {
  const graph = copyStoreGraph(extracted);
  return { graph, report: replay(graph, corrections, options) };
}
