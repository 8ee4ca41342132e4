/**
 * The status line: what is on screen (the visible graph's actors and relations, never hidden ones),
 * how many more neighbours the hubs have, and how many actors are hidden.
 */
import type { Store } from "../core/store.ts";
import { visibleGraph } from "../core/visible.ts";
import { fill } from "../dom.ts";

/** Mounts the status line in `root`. */
export function mountStatus(root: HTMLElement, store: Store): void {
  store.subscribe((s, prev) => {
    if (s.data === prev.data && s.view === prev.view) return;
    const g = visibleGraph(s.data, s.view);
    const more = Object.entries(s.data.more)
      .filter(([id, n]) => n > 0 && s.view.expanded.includes(id))
      .map(([id, n]) => `${s.data.nodes[id]?.name ?? id}: ${n} more`);
    fill(
      root,
      [
        `${g.nodes.length} actors, ${g.edges.length} relations`,
        ...(more.length ? [more.join(", ")] : []),
        ...(s.view.hidden.length ? [`${s.view.hidden.length} hidden`] : []),
      ].join(" · "),
    );
  });
}
