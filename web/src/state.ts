/**
 * The view state (focus, expanded actors, pinned actors, filters) and its URL form: the whole view
 * lives in the location hash, so a copied link reproduces it. Pure functions, tested with fast-check.
 */
import { NODE_KINDS, type NodeKind, RELATION_TYPES, type RelationType } from "../../graph/ontology.ts";

/** Filters applied to the view and to the next expansion. */
export interface Filters {
  kinds: NodeKind[];
  types: RelationType[];
  from?: string;
  to?: string;
  minConfidence: number;
  documents: string[];
}

/** Everything that defines what the explorer shows. */
export interface ViewState {
  focus?: string;
  expanded: string[];
  pinned: string[];
  filters: Filters;
}

/** The initial state: nothing shown, every kind and type allowed. */
export function initialState(): ViewState {
  return {
    expanded: [],
    pinned: [],
    filters: { kinds: [...NODE_KINDS], types: [...RELATION_TYPES], minConfidence: 0, documents: [] },
  };
}

const list = (p: URLSearchParams, k: string) => (p.get(k) ? p.get(k)!.split(",").filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The URL hash (without '#') for a state. */
export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.focus) p.set("focus", s.focus);
  if (s.expanded.length) p.set("expanded", s.expanded.join(","));
  if (s.pinned.length) p.set("pinned", s.pinned.join(","));
  if (s.filters.kinds.length !== NODE_KINDS.length) p.set("kinds", s.filters.kinds.join(","));
  if (s.filters.types.length !== RELATION_TYPES.length) p.set("types", s.filters.types.join(","));
  if (s.filters.from) p.set("from", s.filters.from);
  if (s.filters.to) p.set("to", s.filters.to);
  if (s.filters.minConfidence > 0) p.set("min", String(s.filters.minConfidence));
  if (s.filters.documents.length) p.set("docs", s.filters.documents.join(","));
  return p.toString();
}

/** The state a URL hash describes; unknown or malformed parts fall back to defaults. */
export function decodeState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s = initialState();
  const focus = p.get("focus");
  if (focus) s.focus = focus;
  s.expanded = list(p, "expanded");
  s.pinned = list(p, "pinned");
  if (p.has("kinds"))
    s.filters.kinds = list(p, "kinds").filter((k): k is NodeKind =>
      (NODE_KINDS as readonly string[]).includes(k),
    );
  if (p.has("types"))
    s.filters.types = list(p, "types").filter((t): t is RelationType =>
      (RELATION_TYPES as readonly string[]).includes(t),
    );
  const from = p.get("from");
  const to = p.get("to");
  if (from && DATE.test(from)) s.filters.from = from;
  if (to && DATE.test(to)) s.filters.to = to;
  const min = Number(p.get("min") ?? 0);
  s.filters.minConfidence = Number.isFinite(min) && min >= 0 && min <= 1 ? min : 0;
  s.filters.documents = list(p, "docs");
  return s;
}
