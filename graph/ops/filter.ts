/**
 * The one filter of the explorer, with one meaning everywhere (embedded store, Neo4j store, export
 * selection, web view). An edge passes when ALL the fields that are set hold:
 * - `types`: its relation type is one of them;
 * - `kinds`: the kinds of BOTH its ends are among them;
 * - `minConfidence`: its confidence is at least that;
 * - `hidden`: neither of its ends is a hidden id;
 * - `from` / `to` / `documents`: at least ONE evidence piece is dated inside [from, to] (inclusive;
 *   an undated piece never passes a date bound) AND comes from one of the documents. The bounds
 *   and the documents apply to the same piece: evidence dated 10 Jan and 10 Mar, filtered to
 *   February, does not pass.
 * Each field is defined once below, as a JavaScript test and as the Cypher that Neo4j runs.
 */
import { z } from "zod";
import { GraphFilterSchema } from "../model.ts";
import type { NodeKind, RelationType } from "../ontology.ts";

/** The filter: GraphFilter's fields plus ids of hidden actors. */
export const FilterSchema = GraphFilterSchema.extend({ hidden: z.array(z.string()).optional() });
export type Filter = z.infer<typeof FilterSchema>;

/** What the filter looks at on one edge. */
export interface FilterEdge {
  type: RelationType;
  confidence: number;
  source: string;
  target: string;
  sourceKind: NodeKind;
  targetKind: NodeKind;
  evidence: readonly { date?: string; document: string }[];
}

/** Names of the Cypher variables the generated predicate uses. */
export interface CypherNames {
  r: string;
  a: string;
  b: string;
}

type Field = {
  /** True when this field of `f` constrains anything. */
  set: (f: Filter) => boolean;
  test: (f: Filter, e: FilterEdge) => boolean;
  cypher: (n: CypherNames) => string;
  params: (f: Filter) => Record<string, unknown>;
};

const some = (xs: readonly unknown[] | undefined) => !!xs && xs.length > 0;

/** True when evidence piece `v` is inside the filter's date range and documents. */
export function evidencePasses(f: Filter, v: { date?: string | null; document: string }): boolean {
  if (some(f.documents) && !f.documents!.includes(v.document)) return false;
  if (f.from && !(v.date && v.date >= f.from)) return false;
  if (f.to && !(v.date && v.date <= f.to)) return false;
  return true;
}

const FIELDS: Field[] = [
  {
    set: (f) => some(f.types),
    test: (f, e) => f.types!.includes(e.type),
    cypher: ({ r }) => `type(${r}) IN $filterTypes`,
    params: (f) => ({ filterTypes: f.types }),
  },
  {
    set: (f) => some(f.kinds),
    test: (f, e) => f.kinds!.includes(e.sourceKind) && f.kinds!.includes(e.targetKind),
    cypher: ({ a, b }) => `${a}.kind IN $filterKinds AND ${b}.kind IN $filterKinds`,
    params: (f) => ({ filterKinds: f.kinds }),
  },
  {
    set: (f) => f.minConfidence !== undefined,
    test: (f, e) => e.confidence >= f.minConfidence!,
    cypher: ({ r }) => `${r}.confidence >= $filterMinConfidence`,
    params: (f) => ({ filterMinConfidence: f.minConfidence }),
  },
  {
    set: (f) => some(f.hidden),
    test: (f, e) => !f.hidden!.includes(e.source) && !f.hidden!.includes(e.target),
    cypher: ({ a, b }) => `NOT ${a}.id IN $filterHidden AND NOT ${b}.id IN $filterHidden`,
    params: (f) => ({ filterHidden: f.hidden }),
  },
  {
    set: (f) => !!f.from || !!f.to || some(f.documents),
    test: (f, e) => e.evidence.some((v) => evidencePasses(f, v)),
    cypher: ({ r }) =>
      `EXISTS { MATCH (ev:Evidence {relation: ${r}.id}) WHERE ($filterDocuments IS NULL OR ev.document IN $filterDocuments) AND ($filterFrom IS NULL OR ev.date >= $filterFrom) AND ($filterTo IS NULL OR ev.date <= $filterTo) }`,
    params: (f) => ({
      filterDocuments: some(f.documents) ? f.documents : null,
      filterFrom: f.from ?? null,
      filterTo: f.to ?? null,
    }),
  },
];

/** True when no field of the filter is set: every edge passes. */
export function filterIsEmpty(f: Filter): boolean {
  return FIELDS.every((field) => !field.set(f));
}

/** True when the edge passes the filter (see the module header for the meaning). */
export function edgePasses(f: Filter, e: FilterEdge): boolean {
  return FIELDS.every((field) => !field.set(f) || field.test(f, e));
}

/** The same filter as a Cypher predicate over relationship `r` from `a` to `b`, with its parameters. */
export function filterCypher(
  f: Filter,
  names: CypherNames = { r: "r", a: "a", b: "b" },
): { where: string; params: Record<string, unknown> } {
  const active = FIELDS.filter((field) => field.set(f));
  return {
    where: active.length ? active.map((field) => `(${field.cypher(names)})`).join(" AND ") : "true",
    params: Object.assign({}, ...active.map((field) => field.params(f))),
  };
}
