/**
 * Actors ranked by degree (number of relations, both directions), ties by name: the overview's
 * "most connected actors". A pure function over any graphology graph whose nodes carry a name and
 * a kind; the Neo4j store answers the same question in Cypher (graph/store/neo4j/top.ts).
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import type { RankedEntity } from "../model.ts";
import type { NodeKind } from "../ontology.ts";

/** Defaults of {@link topByDegree}. */
export const DEFAULTS = { limit: 12 };

/** Options of {@link topByDegree}. */
export interface TopOptions {
  limit?: number;
}

/** The `limit` nodes of highest degree, then by name (code-point order, as Cypher's ORDER BY). */
export function topByDegree<N extends Attributes & { name: string; kind: NodeKind }>(
  graph: AbstractGraph<N>,
  options: TopOptions = {},
): RankedEntity[] {
  const { limit } = { ...DEFAULTS, ...options };
  const ranked: RankedEntity[] = [];
  graph.forEachNode((id, a) => {
    ranked.push({ id, name: a.name, kind: a.kind, degree: graph.degree(id) });
  });
  ranked.sort((x, y) => y.degree - x.degree || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  return ranked.slice(0, limit);
}
