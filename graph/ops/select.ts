/**
 * Selection of a subgraph, the same everywhere (web view, API, `kgx export`): an entity (id, name
 * or alias) and a depth, or an explicit list of ids; then the one filter (graph/ops/filter.ts):
 * relation types, node kinds, a date range and documents on evidence, a minimum confidence and
 * hidden actors. A pure function over the interchange format.
 */
import { z } from "zod";
import { AppError } from "../errors.ts";
import { type Interchange, IsoDate } from "../interchange.ts";
import { NodeKind, RelationType } from "../ontology.ts";
import { sameName } from "../text.ts";
import { edgePasses, evidencePasses } from "./filter.ts";

/** What to select. */
export const SelectionSchema = z.object({
  entity: z.string().min(1).optional(),
  depth: z.number().int().min(0).max(5).optional(),
  ids: z.array(z.string().min(1)).max(10_000).optional(),
  types: z.array(RelationType).optional(),
  kinds: z.array(NodeKind).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  documents: z.array(z.string()).optional(),
  hidden: z.array(z.string()).optional(),
});
export type Selection = z.infer<typeof SelectionSchema>;

/** Defaults of {@link selectSubgraph}. */
export const DEFAULTS = { depth: 1 };

/**
 * The subgraph of `graph` that `selection` names, with only the documents it cites. Edges pass the
 * one filter of graph/ops/filter.ts; an edge that passes keeps only the evidence pieces inside the
 * selection's date range and documents.
 */
export function selectSubgraph(graph: Interchange, selection: Selection): Interchange {
  const { depth } = { ...DEFAULTS, ...selection };
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const kinds = selection.kinds?.length ? new Set(selection.kinds) : undefined;
  const nodeOk = new Set(
    graph.nodes
      .filter((n) => (!kinds || kinds.has(n.kind)) && !selection.hidden?.includes(n.id))
      .map((n) => n.id),
  );
  const edges = graph.edges
    .filter((e) =>
      edgePasses(selection, {
        ...e,
        sourceKind: kindOf.get(e.source)!,
        targetKind: kindOf.get(e.target)!,
      }),
    )
    .map((e) => ({ ...e, evidence: e.evidence.filter((v) => evidencePasses(selection, v)) }));
  let keep: Set<string>;
  if (selection.entity) {
    const target = selection.entity;
    const start = graph.nodes.find(
      (n) => n.id === target || sameName(n.name, target) || n.aliases.some((a) => sameName(a, target)),
    );
    if (!start) throw new AppError("NOT_FOUND", `No entity named "${selection.entity}" in the selection.`);
    keep = new Set([start.id]);
    let frontier = [start.id];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const e of edges) {
        for (const [a, b] of [
          [e.source, e.target],
          [e.target, e.source],
        ] as const) {
          if (frontier.includes(a) && !keep.has(b)) {
            keep.add(b);
            next.push(b);
          }
        }
      }
      frontier = next;
    }
  } else if (selection.ids?.length) keep = new Set(selection.ids.filter((id) => nodeOk.has(id)));
  else keep = nodeOk;
  const nodes = graph.nodes.filter((n) => keep.has(n.id));
  const kept = edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const cited = new Set([
    ...nodes.flatMap((n) => n.mentions.map((m) => m.document)),
    ...kept.flatMap((e) => e.evidence.map((v) => v.document)),
  ]);
  return { documents: graph.documents.filter((d) => cited.has(d.id)), nodes, edges: kept };
}
