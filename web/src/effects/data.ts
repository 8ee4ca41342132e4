/**
 * Data effects: after each change, fetch only what the view lacks — the neighbours of newly expanded
 * actors (filtered by the server with the view's filter and hidden ids; refetched when they change), the relations among the actors now wanted, the evidence dates of new relations, the
 * statistics once — and cancel requests whose answer is no longer wanted (AbortController). Ids
 * the store does not know are reported as `missing` (the rest of the view stays).
 */
import { ApiError, api } from "../api.ts";
import { allowsNothing, toFilter } from "../core/filter-input.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { fetchedIds } from "../core/visible.ts";
import { report } from "./report.ts";

/** Counts requests in flight, so tests and the view know when the picture is complete. */
export const inFlight = { count: 0 };

async function tracked<T>(p: Promise<T>): Promise<T> {
  inFlight.count++;
  try {
    return await p;
  } finally {
    inFlight.count--;
  }
}

/** Starts the data effects on `store`. */
export function startDataEffects(store: Store): void {
  const neighbourhoods = new Map<string, { key: string; ctrl: AbortController }>();
  /** The filter (as JSON) each expanded actor's neighbours were fetched with. */
  const fetchedWith = new Map<string, string>();
  let subgraph: { key: string; ctrl: AbortController } | undefined;
  let dates: { key: string; ctrl: AbortController } | undefined;
  let statsAttempt = -1;
  let lastAttempt = 0;

  const run = (s: AppState) => {
    if (s.attempt !== lastAttempt) {
      lastAttempt = s.attempt;
      subgraph = undefined;
      dates = undefined;
    }
    if (!s.stats && statsAttempt !== s.attempt) {
      statsAttempt = s.attempt;
      tracked(Promise.all([api.stats(), api.overview()]))
        .then(([stats, o]) => store.dispatch({ type: "stats", stats, top: o.top }))
        .catch((e) => report(store, "Loading the overview", e));
    }
    const filter = toFilter(s.view.filters, s.view.hidden);
    const fkey = JSON.stringify(filter);
    for (const [id, q] of neighbourhoods)
      if (!s.view.expanded.includes(id) || q.key !== fkey) {
        q.ctrl.abort();
        neighbourhoods.delete(id);
      }
    for (const id of s.view.expanded) {
      const done = s.data.neighbours[id] && fetchedWith.get(id) === fkey;
      if (done || neighbourhoods.has(id) || s.problem || allowsNothing(s.view.filters)) continue;
      const ctrl = new AbortController();
      neighbourhoods.set(id, { key: fkey, ctrl });
      tracked(api.neighbourhood({ ...filter, ids: [id], depth: 1, limit: 100 }, ctrl.signal))
        .then((r) => {
          neighbourhoods.delete(id);
          fetchedWith.set(id, fkey);
          store.dispatch({ type: "neighbourhood", id, graph: r.graph, more: r.more[id] ?? 0 });
        })
        .catch((e) => {
          if (neighbourhoods.get(id)?.ctrl === ctrl) neighbourhoods.delete(id);
          if ((e as Error).name === "AbortError") return;
          if (e instanceof ApiError && e.status === 404) store.dispatch({ type: "missing", ids: [id] });
          else report(store, `Expanding ${s.data.nodes[id]?.name ?? id}`, e);
        });
    }
    const wanted = fetchedIds(s.data, s.view, s.missing);
    const key = wanted.join(",");
    if (wanted.length && subgraph?.key !== key && !s.problem) {
      subgraph?.ctrl.abort();
      const ctrl = new AbortController();
      subgraph = { key, ctrl };
      tracked(api.subgraph(wanted, ctrl.signal))
        .then((r) => {
          const known = new Set(r.graph.nodes.map((n) => n.key));
          const anchors = [...s.view.pinned, ...(s.view.focus ? [s.view.focus] : [])];
          const gone = anchors.filter((id) => !known.has(id));
          store.dispatch({ type: "graph", graph: r.graph, among: key });
          if (gone.length) store.dispatch({ type: "missing", ids: gone });
        })
        .catch((e) => {
          if (subgraph?.ctrl === ctrl) subgraph = undefined;
          report(store, "Loading the actors of the view", e);
        });
    }
    const undated = Object.keys(s.data.edges)
      .filter((id) => !s.data.edges[id]!.dates)
      .slice(0, 2000);
    const dkey = undated.join(",");
    if (undated.length && dates?.key !== dkey && !s.problem) {
      dates?.ctrl.abort();
      const ctrl = new AbortController();
      dates = { key: dkey, ctrl };
      tracked(api.relationDates(undated, ctrl.signal))
        .then((r) => store.dispatch({ type: "dates", dates: r.dates, evidence: r.evidence }))
        .catch((e) => report(store, "Loading relation dates", e));
    }
  };
  store.subscribe((s, prev) => {
    if (
      s.view !== prev.view ||
      s.data !== prev.data ||
      s.attempt !== prev.attempt ||
      s.missing !== prev.missing
    )
      run(s);
  });
  run(store.state);
}
