/**
 * Pure updates: `update(state, action)` returns the next state and never mutates. View actions
 * (those that change the picture) are recorded by the store's history; data and session actions are not.
 */
import type { GraphStats, SerializedGraph } from "../../../graph/model.ts";
import type {
  AppState,
  Filters,
  GraphData,
  PathHighlight,
  Point,
  Problem,
  TopActor,
  ViewState,
} from "./types.ts";
import { initialView } from "./url.ts";

/** Everything that can happen. */
export type Action =
  | { type: "focus"; id: string | undefined }
  | { type: "expand"; ids: string[] }
  | { type: "collapse"; ids: string[] }
  | { type: "pin"; ids: string[] }
  | { type: "hide"; ids: string[] }
  | { type: "showHidden" }
  | {
      type: "filters";
      filters: Filters /** amend the current undo step (a drag in progress) */;
      replace?: boolean;
    }
  | { type: "resetFilters" }
  | { type: "positions"; positions: Record<string, Point> }
  | { type: "select"; id: string; add: boolean }
  | { type: "selectMany"; ids: string[]; add: boolean }
  | { type: "clearSelection" }
  | { type: "selectEdge"; id: string | undefined }
  | { type: "hover"; node?: string | undefined; edge?: string | undefined }
  | { type: "searched"; id: string | undefined }
  | { type: "paths"; paths: string[][]; graph: SerializedGraph }
  | { type: "clearPaths" }
  | { type: "neighbourhood"; id: string; graph: SerializedGraph; more: number }
  | {
      type: "graph";
      graph: SerializedGraph /** the ids (joined) whose relations it holds in full */;
      among?: string;
    }
  | {
      type: "dates";
      dates: Record<string, string[]>;
      evidence?: Record<string, { date?: string | undefined; document: string }[]>;
    }
  | { type: "missing"; ids: string[] }
  | { type: "missingSeen" }
  | { type: "stats"; stats: GraphStats; top: TopActor[] }
  | { type: "problem"; problem: Problem | undefined }
  | { type: "retry" }
  | { type: "notice"; text: string | undefined }
  | { type: "theme"; theme: "light" | "dark" }
  | { type: "restore"; view: ViewState };

/** Action types that change the view (recorded for undo). */
export const VIEW_ACTIONS = new Set<Action["type"]>([
  "focus",
  "expand",
  "collapse",
  "pin",
  "hide",
  "showHidden",
  "filters",
  "resetFilters",
  "paths",
]);

const uniq = (xs: string[]) => [...new Set(xs)];
const without = (xs: string[], drop: string[]) => xs.filter((x) => !drop.includes(x));

/** The initial state for a view. */
export function initialState(view: ViewState = initialView()): AppState {
  return {
    view,
    data: { nodes: {}, edges: {}, neighbours: {}, more: {} },
    selection: [],
    missing: [],
    attempt: 0,
    theme: "light",
  };
}

/** Adds a serialized graph's actors and relations to the data (dates already known are kept). */
export function mergeGraph(data: GraphData, g: SerializedGraph): GraphData {
  const nodes = { ...data.nodes };
  const edges = { ...data.edges };
  for (const n of g.nodes) nodes[n.key] = n.attributes;
  for (const e of g.edges)
    edges[e.key] = {
      source: e.source,
      target: e.target,
      attributes: e.attributes,
      dates: data.edges[e.key]?.dates,
      evidence: data.edges[e.key]?.evidence,
    };
  return { ...data, nodes, edges };
}

function view(s: AppState, v: Partial<ViewState>): AppState {
  return { ...s, view: { ...s.view, ...v } };
}

/** The next state after `a`. */
export function update(s: AppState, a: Action): AppState {
  const v = s.view;
  switch (a.type) {
    case "focus":
      if (a.id === v.focus && !s.selectedEdge) return s;
      return { ...view(s, { focus: a.id }), selectedEdge: undefined };
    case "expand":
      return {
        ...view(s, {
          expanded: uniq([...v.expanded, ...a.ids]),
          hidden: without(v.hidden, a.ids),
          focus: a.ids.length === 1 ? a.ids[0] : v.focus,
        }),
        selectedEdge: undefined,
        notice: undefined,
      };
    case "collapse":
      return view(s, { expanded: without(v.expanded, a.ids), pinned: without(v.pinned, a.ids) });
    case "pin":
      return view(s, { pinned: uniq([...v.pinned, ...a.ids]), hidden: without(v.hidden, a.ids) });
    case "hide": {
      // Hidden actors keep their place among the expanded and pinned (and a hidden focus is
      // pinned), so "show hidden" brings back exactly what was hidden.
      const focusHidden = v.focus !== undefined && a.ids.includes(v.focus);
      return {
        ...view(s, {
          hidden: uniq([...v.hidden, ...a.ids]),
          pinned: focusHidden && v.focus ? uniq([...v.pinned, v.focus]) : v.pinned,
          focus: focusHidden ? undefined : v.focus,
        }),
        selection: without(s.selection, a.ids),
      };
    }
    case "showHidden":
      return view(s, { hidden: [] });
    case "filters":
      return view(s, { filters: a.filters });
    case "resetFilters":
      return view(s, { filters: initialView().filters });
    case "positions":
      return view(s, { positions: a.positions });
    case "select":
      if (!a.add) return { ...s, selection: [a.id] };
      return {
        ...s,
        selection: s.selection.includes(a.id) ? without(s.selection, [a.id]) : [...s.selection, a.id],
      };
    case "selectMany":
      return { ...s, selection: a.add ? uniq([...s.selection, ...a.ids]) : uniq(a.ids) };
    case "clearSelection":
      return { ...s, selection: [] };
    case "selectEdge":
      return { ...s, selectedEdge: a.id };
    case "hover":
      return { ...s, hoverNode: a.node, hoverEdge: a.edge };
    case "searched":
      return { ...s, searched: a.id };
    case "paths": {
      const nodes = uniq(a.paths.flat());
      const onPath = new Set(a.paths.flatMap((p) => p.slice(1).map((t, i) => `${p[i]}>${t}`)));
      const edges = a.graph.edges
        .filter((e) => onPath.has(`${e.source}>${e.target}`) || onPath.has(`${e.target}>${e.source}`))
        .map((e) => e.key);
      const path: PathHighlight = { nodes, edges };
      return {
        ...view(s, { pinned: uniq([...v.pinned, ...nodes]), hidden: without(v.hidden, nodes) }),
        data: mergeGraph(s.data, a.graph),
        path,
      };
    }
    case "clearPaths":
      return { ...s, path: undefined };
    case "neighbourhood": {
      const data = mergeGraph(s.data, a.graph);
      // Neighbours accumulate over fetches made with different filters: the visible graph filters
      // them, and the time histogram keeps the dates a narrower filter no longer fetches.
      const neighbours = {
        ...data.neighbours,
        [a.id]: uniq([...(data.neighbours[a.id] ?? []), ...a.graph.nodes.map((n) => n.key)]),
      };
      return { ...s, data: { ...data, neighbours, more: { ...data.more, [a.id]: a.more } } };
    }
    case "graph": {
      const data = mergeGraph(s.data, a.graph);
      return { ...s, data: a.among === undefined ? data : { ...data, among: a.among } };
    }
    case "dates": {
      const edges = { ...s.data.edges };
      for (const [id, dates] of Object.entries(a.dates))
        if (edges[id]) edges[id] = { ...edges[id], dates, evidence: a.evidence?.[id] };
      return { ...s, data: { ...s.data, edges } };
    }
    case "missing":
      return {
        ...view(s, {
          expanded: without(v.expanded, a.ids),
          pinned: without(v.pinned, a.ids),
          focus: v.focus && a.ids.includes(v.focus) ? undefined : v.focus,
        }),
        missing: uniq([...s.missing, ...a.ids]),
      };
    case "missingSeen":
      return { ...s, missing: [] };
    case "stats":
      return { ...s, stats: a.stats, top: a.top };
    case "problem":
      return { ...s, problem: a.problem };
    case "retry":
      return { ...s, problem: undefined, attempt: s.attempt + 1 };
    case "notice":
      return { ...s, notice: a.text };
    case "theme":
      return { ...s, theme: a.theme };
    case "restore":
      return { ...s, view: a.view, selectedEdge: undefined };
  }
}
