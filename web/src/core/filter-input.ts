/**
 * The explorer's filters fed to the one filter predicate of graph/ops/filter.ts: the panel's filter
 * fields become a `Filter`, a relation the client holds becomes a `FilterEdge`. No predicate lives
 * here; the meaning is the shared module's (one evidence piece dated inside the range, from an
 * allowed document). A relation whose evidence is not fetched yet is judged on stand-in pieces: its
 * first and last dates in each of its documents.
 */
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import { edgePasses, type Filter, type FilterEdge } from "../../../graph/ops/filter.ts";
import type { EdgeData, Filters } from "./types.ts";

/** One evidence piece as the filter reads it. */
export type EvidenceStub = { date?: string | undefined; document: string };

/** The shared filter for these panel filters and hidden ids (fields left at "everything" are unset). */
export function toFilter(f: Filters, hidden: readonly string[] = []): Filter {
  return {
    kinds: f.kinds,
    types: f.types,
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.minConfidence > 0 ? { minConfidence: f.minConfidence } : {}),
    ...(f.documents.length ? { documents: f.documents } : {}),
    ...(hidden.length ? { hidden: [...hidden] } : {}),
  };
}

/** True when nothing can pass (no kind or no type allowed): the shared filter reads [] as "unset". */
export function allowsNothing(f: Filters): boolean {
  return f.kinds.length === 0 || f.types.length === 0;
}

/** True when an actor of this kind may be shown. */
export function nodePasses(node: Pick<NodeAttributes, "kind">, f: Filters): boolean {
  return f.kinds.includes(node.kind);
}

/** Stand-in evidence of a relation whose pieces are not fetched yet. */
function stubEvidence(a: EdgeAttributes): EvidenceStub[] {
  const dates = [...new Set([a.firstDate, a.lastDate])];
  const docs = a.documents.length ? a.documents : [""];
  return docs.flatMap((document) => dates.map((date) => (date ? { date, document } : { document })));
}

const NO_EVIDENCE: readonly EvidenceStub[] = [];

/** True when the filter reads evidence pieces (a date range or documents). */
function readsEvidence(f: Filter): boolean {
  return !!f.from || !!f.to || !!f.documents?.length;
}

/**
 * The relation as the shared filter reads it; `withEvidence` false skips building stand-in pieces
 * for a filter that does not read them.
 */
export function filterEdge(
  e: Pick<EdgeData, "source" | "target" | "attributes" | "evidence">,
  nodes: Record<string, Pick<NodeAttributes, "kind">>,
  withEvidence = true,
): FilterEdge | undefined {
  const a = nodes[e.source];
  const b = nodes[e.target];
  if (!a || !b) return undefined;
  return {
    type: e.attributes.type,
    confidence: e.attributes.confidence,
    source: e.source,
    target: e.target,
    sourceKind: a.kind,
    targetKind: b.kind,
    evidence: e.evidence ?? (withEvidence ? stubEvidence(e.attributes) : NO_EVIDENCE),
  };
}

/** True when the relation passes the filters (shared predicate; ends must be known). */
export function relationPasses(
  e: Pick<EdgeData, "source" | "target" | "attributes" | "evidence">,
  nodes: Record<string, Pick<NodeAttributes, "kind">>,
  filter: Filter,
  f: Filters,
): boolean {
  if (allowsNothing(f)) return false;
  const fe = filterEdge(e, nodes, readsEvidence(filter));
  return fe !== undefined && edgePasses(filter, fe);
}
