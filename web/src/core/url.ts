/**
 * The view state and its URL form: the whole picture (focus, expanded, pinned and hidden actors,
 * filters, positions) lives in the location hash, so a copied link or a reload gives the same view.
 */
import { NODE_KINDS, type NodeKind, RELATION_TYPES, type RelationType } from "../../../graph/ontology.ts";
import type { Point, ViewState } from "./types.ts";

/** The initial view: nothing shown, every kind and type allowed. */
export function initialView(): ViewState {
  return {
    expanded: [],
    pinned: [],
    hidden: [],
    filters: { kinds: [...NODE_KINDS], types: [...RELATION_TYPES], minConfidence: 0, documents: [] },
    positions: {},
  };
}

const list = (p: URLSearchParams, k: string) => (p.get(k) ? p.get(k)!.split(",").filter(Boolean) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const round = (v: number) => Math.round(v * 10) / 10;

/** The URL hash (without '#') for a view. */
export function encodeView(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.focus) p.set("focus", s.focus);
  if (s.expanded.length) p.set("expanded", s.expanded.join(","));
  if (s.pinned.length) p.set("pinned", s.pinned.join(","));
  if (s.hidden.length) p.set("hidden", s.hidden.join(","));
  if (s.filters.kinds.length !== NODE_KINDS.length) p.set("kinds", s.filters.kinds.join(","));
  if (s.filters.types.length !== RELATION_TYPES.length) p.set("types", s.filters.types.join(","));
  if (s.filters.from) p.set("from", s.filters.from);
  if (s.filters.to) p.set("to", s.filters.to);
  if (s.filters.minConfidence > 0) p.set("min", String(s.filters.minConfidence));
  if (s.filters.documents.length) p.set("docs", s.filters.documents.join(","));
  const pos = Object.entries(s.positions);
  if (pos.length) p.set("pos", pos.map(([id, [x, y]]) => `${id}@${round(x)}@${round(y)}`).join(","));
  return p.toString();
}

function positions(p: URLSearchParams): Record<string, Point> {
  const out: Record<string, Point> = {};
  for (const item of list(p, "pos")) {
    const [id, x, y] = item.split("@");
    const point: Point = [Number(x), Number(y)];
    if (id && Number.isFinite(point[0]) && Number.isFinite(point[1])) out[id] = point;
  }
  return out;
}

/** The view a URL hash describes; unknown or malformed parts fall back to defaults. */
export function decodeView(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s = initialView();
  const focus = p.get("focus");
  if (focus) s.focus = focus;
  s.expanded = list(p, "expanded");
  s.pinned = list(p, "pinned");
  s.hidden = list(p, "hidden");
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
  s.positions = positions(p);
  return s;
}
