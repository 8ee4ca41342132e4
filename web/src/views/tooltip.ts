/**
 * The graph's tooltip: while an actor or a relation is hovered, a small card by the pointer says
 * what it is (an actor's name, kind and relations in view; a relation's ends, type, confidence and
 * evidence count). It reads the state only, and lives beside sigma's container (which sigma empties
 * when the renderer is swapped).
 */
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { visibleGraph } from "../core/visible.ts";
import { el, fill } from "../dom.ts";

/** Mounts the tooltip over `stage`. */
export function mountTooltip(stage: HTMLElement, store: Store): void {
  const tip = el("div", { class: "tooltip", role: "tooltip", "data-testid": "tooltip", hidden: true });
  stage.parentElement!.append(tip);
  let at = { x: 0, y: 0 };
  /** Next to the pointer, flipped to stay inside the graph area. */
  const place = () => {
    const { width, height } = stage.getBoundingClientRect();
    const x = at.x + 14 + tip.offsetWidth > width ? at.x - 14 - tip.offsetWidth : at.x + 14;
    const y = at.y + 14 + tip.offsetHeight > height ? at.y - 14 - tip.offsetHeight : at.y + 14;
    tip.style.left = `${Math.max(0, x)}px`;
    tip.style.top = `${Math.max(0, y)}px`;
  };
  stage.addEventListener("mousemove", (e) => {
    const r = stage.getBoundingClientRect();
    at = { x: e.clientX - r.left, y: e.clientY - r.top };
    if (!tip.hidden) place();
  });
  stage.addEventListener("mouseleave", () => {
    tip.hidden = true;
  });
  const render = (s: AppState) => {
    const lines = describe(s);
    tip.hidden = !lines;
    if (!lines) return;
    fill(tip, el("strong", { text: lines[0] }), el("div", { class: "muted", text: lines[1] }));
    place();
  };
  store.subscribe((s, prev) => {
    if (s.hoverNode !== prev.hoverNode || s.hoverEdge !== prev.hoverEdge) render(s);
  });
}

/** The tooltip's two lines for what `s` hovers, if anything. */
function describe(s: AppState): [string, string] | undefined {
  const name = (id: string) => s.data.nodes[id]?.name ?? id;
  if (s.hoverEdge) {
    const e = s.data.edges[s.hoverEdge];
    if (!e) return undefined;
    const a = e.attributes;
    const n = a.evidenceCount;
    return [
      `${name(e.source)} → ${name(e.target)}`,
      `${a.type} · confidence ${a.confidence.toFixed(2)} · ${n} evidence ${n === 1 ? "sentence" : "sentences"}`,
    ];
  }
  if (s.hoverNode) {
    const n = s.data.nodes[s.hoverNode];
    if (!n) return undefined;
    const degree = visibleGraph(s.data, s.view).degree[s.hoverNode] ?? 0;
    return [n.name, `${n.kind} · ${degree} ${degree === 1 ? "relation" : "relations"} in view`];
  }
  return undefined;
}
