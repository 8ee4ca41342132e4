/**
 * Resolves an export selection against a store and renders it with the one export module:
 * entity (id, name or alias) and depth, or explicit ids, then the selection's filters, then the
 * format. Used by `kgx export` and `POST /api/export` alike.
 */
import { type ExportFormat, exportGraph } from "../../graph/export/index.ts";
import { type Selection, selectSubgraph } from "../../graph/ops/select.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import { sameName } from "../../graph/text.ts";
import { AppError } from "../errors.ts";

/** Finds an entity id by id, exact name or alias (case- and accent-insensitive). */
export async function resolveEntity(store: GraphStore, ref: string): Promise<string> {
  const hits = await store.search(ref, { limit: 20 });
  const exact = hits.find(
    (h) => h.id === ref || sameName(h.name, ref) || h.aliases.some((a) => sameName(a, ref)),
  );
  if (exact) return exact.id;
  try {
    return (await store.entity(ref)).id;
  } catch {
    const suggestions = hits
      .slice(0, 3)
      .map((h) => `"${h.name}"`)
      .join(", ");
    throw new AppError(
      "NOT_FOUND",
      `No entity named "${ref}".${suggestions ? ` Did you mean ${suggestions}?` : " Try `kgx query` or the search box."}`,
    );
  }
}

/** Renders the selection from `store` in `format`. */
export async function exportSelection(store: GraphStore, selection: Selection, format: ExportFormat) {
  let ids: string[];
  let entity: string | undefined;
  if (selection.ids?.length) ids = selection.ids;
  else if (selection.entity) {
    entity = await resolveEntity(store, selection.entity);
    const depth = selection.depth ?? 1;
    const { graph } = await store.neighbourhood([entity], {
      depth,
      limit: 10_000,
      ...(selection.types ? { types: selection.types } : {}),
      ...(selection.kinds ? { kinds: selection.kinds } : {}),
      ...(selection.minConfidence !== undefined ? { minConfidence: selection.minConfidence } : {}),
      ...(selection.from ? { from: selection.from } : {}),
      ...(selection.to ? { to: selection.to } : {}),
    });
    ids = graph.nodes.map((n) => n.key);
  } else
    throw new AppError(
      "BAD_REQUEST",
      "An export needs a selection: an entity (with a depth) or a list of ids.",
    );
  const whole = await store.exportInterchange(ids);
  const selected = selectSubgraph(whole, { ...selection, ...(entity ? { entity } : {}) });
  return exportGraph(selected, format, {
    title: selection.entity ? `${selection.entity} (depth ${selection.depth ?? 1})` : "Selection",
  });
}
