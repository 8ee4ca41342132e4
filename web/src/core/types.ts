/**
 * The explorer's state, in one place: the undoable view (what the URL holds) and the session around
 * it (data fetched so far, selection, hover, errors, overview). Plain data only, updated by the pure
 * functions of update.ts and rendered by the views.
 */
import type { EdgeAttributes, GraphStats, NodeAttributes } from "../../../graph/model.ts";
import type { NodeKind, RelationType } from "../../../graph/ontology.ts";

/** Filters applied to the visible graph (graph/ops/filter.ts gives their one meaning). */
export interface Filters {
  kinds: NodeKind[];
  types: RelationType[];
  from?: string | undefined;
  to?: string | undefined;
  minConfidence: number;
  documents: string[];
}

/** A position in graph coordinates. */
export type Point = [x: number, y: number];

/** Everything that defines the picture: undo/redo steps through it and the URL holds it. */
export interface ViewState {
  focus?: string | undefined;
  expanded: string[];
  pinned: string[];
  hidden: string[];
  filters: Filters;
  positions: Record<string, Point>;
}

/**
 * A relation as the client holds it; once fetched, `dates` are its distinct evidence dates and
 * `evidence` its pieces as the one filter reads them.
 */
export interface EdgeData {
  source: string;
  target: string;
  attributes: EdgeAttributes;
  dates?: string[] | undefined;
  evidence?: { date?: string | undefined; document: string }[] | undefined;
}

/** Everything fetched so far: actors, relations, each expanded actor's neighbours. */
export interface GraphData {
  nodes: Record<string, NodeAttributes>;
  edges: Record<string, EdgeData>;
  neighbours: Record<string, string[]>;
  more: Record<string, number>;
  /** The actors (ids joined by commas) whose relations among each other the last full fetch brought. */
  among?: string | undefined;
}

/** An error shown to the user, with what failed and whether a retry makes sense. */
export interface Problem {
  what: string;
  message: string;
  code?: string | undefined;
  retry: boolean;
}

/** Paths found by the path finder, drawn in the graph. */
export interface PathHighlight {
  nodes: string[];
  edges: string[];
}

/** An actor of the overview. */
export interface TopActor {
  id: string;
  name: string;
  kind: NodeKind;
  degree: number;
}

/** The whole client state. */
export interface AppState {
  view: ViewState;
  data: GraphData;
  selection: string[];
  selectedEdge?: string | undefined;
  hoverNode?: string | undefined;
  hoverEdge?: string | undefined;
  searched?: string | undefined;
  path?: PathHighlight | undefined;
  stats?: GraphStats | undefined;
  /** The most connected actors of the whole graph (first-load overview). */
  top?: TopActor[] | undefined;
  /** Ids of the URL or history that the store does not know (shown, then dropped from the view). */
  missing: string[];
  problem?: Problem | undefined;
  /** Bumped by "retry": effects refetch what failed. */
  attempt: number;
  notice?: string | undefined;
  theme: "light" | "dark";
}
