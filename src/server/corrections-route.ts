/**
 * The handlers of the corrections routes (`GET/POST /api/corrections`,
 * `DELETE /api/corrections/:id`): a new correction is checked against the curated graph (unknown
 * ids are 404), given its deterministic id and the time, and stored; making the same correction
 * again returns the stored one with `created: false`.
 */
import { checkCorrection } from "../../graph/corrections/check.ts";
import { correctionId, makeCorrection } from "../../graph/corrections/ids.ts";
import { resolveActor } from "../../graph/corrections/replay.ts";
import type { CorrectionInput } from "../../graph/corrections/schema.ts";
import { isAppError } from "../../graph/errors.ts";
import type { GraphStore } from "../../graph/store/types.ts";

/** The three corrections handlers over `store`. */
export function correctionHandlers(store: GraphStore) {
  return {
    corrections: async ({ query }: { query: { includeRejected: boolean } }) => ({
      corrections: await store.corrections(),
      ...(query.includeRejected ? { rejected: await store.rejectedRelations() } : {}),
    }),
    addCorrection: async ({ body }: { body: CorrectionInput }) => {
      const id = correctionId(body);
      const stored = async () => (await store.corrections()).find((c) => c.id === id);
      const before = await stored();
      if (before) return { correction: before, created: false };
      const correction = makeCorrection(await checkCorrection(store, body));
      const added = await store.addCorrections([correction]);
      return added.length
        ? { correction, created: true }
        : { correction: (await stored()) ?? correction, created: false };
    },
    removeCorrection: async ({ params }: { params: { id: string } }) => ({
      removed: await store.removeCorrection(params.id),
    }),
  };
}

/**
 * Runs `read` on the actor `id`; when no actor has that id and an analyst merged it into another,
 * runs it on the actor it went into (a merged actor's id redirects, e.g. from a shared URL).
 */
export async function followingMerges<T>(store: GraphStore, id: string, read: (id: string) => Promise<T>) {
  try {
    return await read(id);
  } catch (e) {
    if (!isAppError(e) || e.code !== "NOT_FOUND") throw e;
    const redirects = new Map<string, string>();
    for (const c of await store.corrections()) if (c.op === "merge") redirects.set(c.from, c.into);
    const now = resolveActor(redirects, id);
    if (now === id) throw e;
    return read(now);
  }
}
