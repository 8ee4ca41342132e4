/**
 * Re-extraction on the embedded store's extracted graph: removes what the given documents
 * contributed (their mentions and evidence; relations and actors left with nothing are dropped),
 * so that the new extraction can be merged in, and tells which relations appeared, went, or
 * changed type between the same actors.
 */

import type { StoreGraph } from "../../ops/store-graph.ts";
import type { ReplaceStats } from "../types.ts";

/** Removes the content of `documents` from `graph` in place; returns the relation ids it had before. */
export function removeDocuments(graph: StoreGraph, documents: Set<string>): Set<string> {
  const before = new Set(graph.edges());
  for (const id of graph.edges()) {
    const e = graph.getEdgeAttributes(id);
    if (!e.evidence.some((x) => documents.has(x.document))) continue;
    const evidence = e.evidence.filter((x) => !documents.has(x.document));
    if (evidence.length) graph.replaceEdgeAttributes(id, { ...e, evidence });
    else graph.dropEdge(id);
  }
  for (const id of graph.nodes()) {
    const n = graph.getNodeAttributes(id);
    if (!n.mentions.some((m) => documents.has(m.document))) continue;
    const mentions = n.mentions.filter((m) => !documents.has(m.document));
    if (!mentions.length && graph.degree(id) === 0) graph.dropNode(id);
    else graph.replaceNodeAttributes(id, { ...n, mentions });
  }
  return before;
}

/** What changed between the relation ids `before` and `after` (type changes: same ends, new type). */
export function relationChanges(before: Set<string>, after: Set<string>): Omit<ReplaceStats, "documents"> {
  const added = [...after].filter((id) => !before.has(id)).sort();
  const removed = [...before].filter((id) => !after.has(id)).sort();
  const ends = (id: string) => {
    const [s, , t] = id.split("|");
    return `${s}|${t}`;
  };
  const changedType: ReplaceStats["changedType"] = [];
  for (const from of removed) {
    const to = added.find((a) => ends(a) === ends(from));
    if (to) changedType.push({ from, to });
  }
  const moved = new Set(changedType.flatMap((c) => [c.from, c.to]));
  return {
    added: added.filter((a) => !moved.has(a)),
    removed: removed.filter((r) => !moved.has(r)),
    changedType,
  };
}
