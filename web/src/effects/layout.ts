/**
 * Layout effect: when the visible graph has actors without a position, place them (core/layout.ts)
 * and record the positions in the current undo step, so undo, the URL and a reload give the same picture.
 * It waits until the data the view asks for has all arrived: placing actors as each answer comes in
 * would make the picture depend on the order of the answers.
 */
import { placeNodes } from "../core/layout.ts";
import type { Store } from "../core/store.ts";
import { dataComplete, visibleGraph } from "../core/visible.ts";

/** Starts the layout effect on `store`. */
export function startLayoutEffect(store: Store): void {
  const run = () => {
    const s = store.state;
    if (!dataComplete(s.data, s.view, s.missing)) return;
    const g = visibleGraph(s.data, s.view);
    if (g.nodes.every((n) => s.view.positions[n.id])) return;
    const placed = placeNodes(g, s.view.positions);
    const round = (v: number) => Math.round(v * 10) / 10;
    const rounded = Object.fromEntries(
      Object.entries(placed).map(([id, [x, y]]) => [id, [round(x), round(y)] as [number, number]]),
    );
    store.dispatch({ type: "positions", positions: { ...s.view.positions, ...rounded } });
  };
  store.subscribe((s, prev) => {
    if (s.view !== prev.view || s.data !== prev.data || s.missing !== prev.missing) run();
  });
  run();
}
