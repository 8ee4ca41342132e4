/**
 * The path finder: two actors and k; the paths found are drawn in the graph (their actors pinned,
 * everything else dimmed, relation types labelled) and listed; "Clear path" ends the highlight.
 */
import { api } from "../api.ts";
import type { Store } from "../core/store.ts";
import { el, fill } from "../dom.ts";
import { report } from "../effects/report.ts";
import { searchBox } from "./search.ts";

/** The path-finder tool. */
export function pathFinder(store: Store): HTMLElement {
  let from = "";
  let to = "";
  const out = el("div", { class: "muted path-result", "data-testid": "path-result" });
  const k = el(
    "select",
    { "aria-label": "Number of paths" },
    ...[1, 2, 3, 5].map((n) => el("option", { value: n, text: `${n} path${n > 1 ? "s" : ""}` })),
  );
  const run = async () => {
    if (!from || !to) return fill(out, "Pick two actors.");
    try {
      const r = await api.paths({ from, to, k: Number(k.value), maxDepth: 4 });
      const names = new Map(r.graph.nodes.map((n) => [n.key, n.attributes.name]));
      const typeOf = (a: string, b: string) =>
        r.graph.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))
          ?.attributes.type ?? "";
      fill(
        out,
        ...(r.paths.length
          ? r.paths.map((p) =>
              el("div", {
                text: p
                  .map((id, i) => (i ? ` → [${typeOf(p[i - 1]!, id)}] ` : "") + (names.get(id) ?? id))
                  .join(""),
              }),
            )
          : ["No path within 4 steps."]),
      );
      store.dispatch({ type: "paths", paths: r.paths, graph: r.graph });
    } catch (e) {
      report(store, "Finding paths", e);
    }
  };
  return el(
    "div",
    { class: "tool" },
    el("h2", { text: "Path finder" }),
    searchBox("From actor", "path-from", (h) => (from = h.id)),
    searchBox("To actor", "path-to", (h) => (to = h.id)),
    el(
      "div",
      { class: "row" },
      k,
      el("button", {
        type: "button",
        text: "Find paths",
        "data-testid": "path-run",
        onclick: () => void run(),
      }),
      el("button", {
        type: "button",
        class: "small",
        text: "Clear path",
        onclick: () => store.dispatch({ type: "clearPaths" }),
      }),
    ),
    out,
  );
}
