/**
 * Selection of a subgraph, the same everywhere (web view, API, `kgx export`): an entity (id, name
 * or alias) and a depth, or an explicit list of ids; then relation types, node kinds, a date range
 * on evidence, and a minimum confidence. A pure function over the interchange format.
 */
import { z } from "zod";
import { AppError } from "../../src/errors.ts";
import { type Interchange, IsoDate } from "../interchange.ts";
import { NodeKind, RelationType } from "../ontology.ts";
import { sameName } from "../text.ts";

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
});
export type Selection = z.infer<typeof SelectionSchema>;

/** Defaults of {@link selectSubgraph}. */
export const DEFAULTS = { depth: 1 };

/** The subgraph of `graph` that `selection` names, with only the documents it cites. */
export function selectSubgraph(graph: Interchange, selection: Selection): Interchange {
  const { depth } = { ...DEFAULTS, ...selection };
  const kinds = selection.kinds?.length ? new Set(selection.kinds) : undefined;
  const types = selection.types?.length ? new Set(selection.types) : undefined;
  const nodeOk = new Set(graph.nodes.filter((n) => !kinds || kinds.has(n.kind)).map((n) => n.id));
  const edges = graph.edges
    .filter(
      (e) =>
        (!types || types.has(e.type)) &&
        (selection.minConfidence === undefined || e.confidence >= selection.minConfidence),
    )
    .filter((e) => nodeOk.has(e.source) && nodeOk.has(e.target))
    .map((e) => ({
      ...e,
      evidence: e.evidence.filter(
        (v) =>
          (!selection.from || (v.date ?? "") >= selection.from) &&
          (!selection.to || (v.date ?? "9999") <= selection.to),
      ),
    }))
    .filter((e) => e.evidence.length > 0 || (!selection.from && !selection.to));
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
