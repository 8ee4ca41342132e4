/**
 * An entity's relations for the side panel, one page at a time (the paging contract of
 * `GET /api/entities/:id/relations`): the store answers in one read, ordered by type, then
 * evidence count descending, then id, each relation with its first evidence pieces.
 */
import type { GraphStore } from "../../graph/store/types.ts";
import type { EntityRelationsQuery, EntityRelationsResponse } from "../schemas/api.ts";

/** A page of the relations of `id`; NOT_FOUND for an unknown entity. */
export function entityRelations(
  store: GraphStore,
  id: string,
  page: EntityRelationsQuery,
): Promise<EntityRelationsResponse> {
  return store.entityRelations(id, page);
}
