/**
 * The first-load overview (shown while the view is empty): what the graph holds — documents, actors,
 * relations, evidence, counts by kind and by relation type (from /api/stats) — and the most connected
 * actors, each one click from its neighbourhood.
 */
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import type { NodeKind, RelationType } from "../../../graph/ontology.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { el, fill } from "../dom.ts";
import { swatch } from "./filters.ts";

/** Mounts the overview in `root` (hidden while something is shown). */
export function mountOverview(root: HTMLElement, store: Store): void {
  const render = (s: AppState) => {
    const empty = !s.view.expanded.length && !s.view.pinned.length && !s.view.focus;
    root.hidden = !empty;
    if (!empty) return;
    const st = s.stats;
    if (!st)
      return fill(
        root,
        el("p", {
          class: "muted",
          text: s.problem ? "The overview could not be loaded." : "Loading the overview…",
        }),
      );
    const n = (x: number) => x.toLocaleString("en");
    fill(
      root,
      el("h2", { text: "What is in the graph" }),
      el("p", {
        class: "big",
        "data-testid": "overview-counts",
        text: `${n(st.entities)} actors · ${n(st.relations)} relations · ${n(st.evidence)} evidence sentences · ${n(st.documents)} documents`,
      }),
      el(
        "div",
        { class: "columns" },
        el(
          "section",
          {},
          el("h3", { text: "Most connected actors" }),
          el(
            "ol",
            { class: "top", "data-testid": "overview-top" },
            ...(s.top ?? []).map((a) =>
              el(
                "li",
                {},
                el(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onclick: () => store.dispatch({ type: "expand", ids: [a.id] }),
                  },
                  swatch(KIND_COLOURS[a.kind]),
                  ` ${a.name}`,
                ),
                el("span", { class: "muted", text: ` ${a.degree} relations` }),
              ),
            ),
          ),
          (s.top ?? []).length > 1
            ? el("button", {
                type: "button",
                class: "small",
                text: "Open the five most connected",
                "data-testid": "overview-top5",
                onclick: () =>
                  store.dispatch({ type: "expand", ids: (s.top ?? []).slice(0, 5).map((a) => a.id) }),
              })
            : null,
        ),
        el(
          "section",
          {},
          el("h3", { text: "Actors by kind" }),
          el(
            "ul",
            { class: "plain" },
            ...Object.entries(st.byKind).map(([k, c]) =>
              el(
                "li",
                {},
                swatch(KIND_COLOURS[k as NodeKind] ?? "#999"),
                ` ${k} `,
                el("span", { class: "muted", text: n(c) }),
              ),
            ),
          ),
          el("h3", { text: "Relations by type" }),
          el(
            "ul",
            { class: "plain" },
            ...Object.entries(st.byType).map(([t, c]) =>
              el(
                "li",
                {},
                swatch(TYPE_COLOURS[t as RelationType] ?? "#999", "bar"),
                ` ${t} `,
                el("span", { class: "muted", text: n(c) }),
              ),
            ),
          ),
        ),
      ),
      el("p", {
        class: "muted",
        text: "Search an actor above, or click one here to open its neighbourhood.",
      }),
    );
  };
  store.subscribe((s, prev) => {
    if (s.stats !== prev.stats || s.view !== prev.view || s.problem !== prev.problem) render(s);
  });
  render(store.state);
}
