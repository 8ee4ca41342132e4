/**
 * An entity's relations with their evidence and the names at both ends, for the side panel:
 * the 1-hop neighbourhood gives the relation ids, each relation is then read with its evidence.
 */
import type { GraphStore } from "../../graph/store/types.ts";
import type { EntityRelationsResponse } from "../schemas/api.ts";

/** Upper bound of relations returned for one entity. */
export const MAX_ENTITY_RELATIONS = 500;

/** Relations of `id`, strongest first. */
export async function entityRelations(store: GraphStore, id: string): Promise<EntityRelationsResponse> {
  const { graph } = await store.neighbourhood([id], { depth: 1, limit: MAX_ENTITY_RELATIONS });
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name]));
  const edges = graph.edges.filter((e) => e.source === id || e.target === id);
  const relations = await Promise.all(edges.map((e) => store.relation(e.key)));
  return {
    relations: relations
      .map((r) => ({
        ...r,
        sourceName: names.get(r.source) ?? r.source,
        targetName: names.get(r.target) ?? r.target,
      }))
      .sort(
        (a, b) =>
          a.type.localeCompare(b.type) || b.evidence.length - a.evidence.length || a.id.localeCompare(b.id),
      ),
  };
}
