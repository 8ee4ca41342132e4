/**
 * Colours by node kind and relation type, shared by the picture exports and the web view's
 * reducers (data apart from rendering: the graph holds kinds and types, this file their colours).
 */
import type { NodeKind, RelationType } from "../ontology.ts";

/** Node colour per kind. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  Person: "#4e79a7",
  Government: "#e15759",
  Cartel: "#b07aa1",
  Operation: "#f28e2b",
  Institution: "#59a14f",
};

/** Edge colour per relation type. */
export const TYPE_COLOURS: Record<RelationType, string> = {
  THREATENS: "#d62728",
  OPPOSES: "#ff7f0e",
  DESIGNATES: "#8c564b",
  COOPERATES_WITH: "#2ca02c",
  LEADS: "#1f77b4",
  MEMBER_OF: "#17becf",
  CONDUCTS: "#bcbd22",
  TARGETS: "#9467bd",
};
