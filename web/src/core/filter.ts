/**
 * The one filter of the visible graph, as a pure predicate. Meaning (the same as graph/ops/edge-filter):
 * a relation passes when its type is allowed, its confidence is at least the minimum, both ends are of
 * allowed kinds, and — when a date range or documents are set — at least one of its evidence pieces is
 * dated inside the range (bounds included) and comes from an allowed document. A relation whose
 * evidence dates are not known yet is judged on its first and last dates: it passes when that span
 * overlaps the range. Kept apart so it can be swapped for the shared graph/ predicate.
 */
import type { EdgeAttributes, NodeAttributes } from "../../../graph/model.ts";
import type { Filters } from "./types.ts";

/** True when a node of this kind may be shown. */
export function nodePasses(node: Pick<NodeAttributes, "kind">, f: Filters): boolean {
  return f.kinds.includes(node.kind);
}

/** True when one evidence date lies inside [from, to]. */
export function dateInRange(date: string | undefined, f: Pick<Filters, "from" | "to">): boolean {
  if (!f.from && !f.to) return true;
  if (!date) return false;
  return (!f.from || date >= f.from) && (!f.to || date <= f.to);
}

/** True when the relation passes the filters (its ends' kinds are checked by the caller). */
export function edgePasses(edge: EdgeAttributes, dates: string[] | undefined, f: Filters): boolean {
  if (!f.types.includes(edge.type)) return false;
  if (edge.confidence < f.minConfidence) return false;
  if (f.documents.length && !edge.documents.some((d) => f.documents.includes(d))) return false;
  if (!f.from && !f.to) return true;
  if (dates) return dates.some((d) => dateInRange(d, f));
  if (!edge.firstDate || !edge.lastDate) return false;
  return (!f.from || edge.lastDate >= f.from) && (!f.to || edge.firstDate <= f.to);
}

/** True when the filters are the defaults (nothing filtered out). */
export function isDefault(f: Filters, kinds: number, types: number): boolean {
  return (
    f.kinds.length === kinds &&
    f.types.length === types &&
    !f.from &&
    !f.to &&
    f.minConfidence === 0 &&
    !f.documents.length
  );
}
