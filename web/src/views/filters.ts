/**
 * The left filter column (collapsible): kinds and relation types as coloured check boxes, minimum
 * confidence with its value shown, source documents, a reset button and how many actors are hidden.
 * Rebuilt only when the filters change from elsewhere (undo, URL, reset), not on every state change.
 */
import { KIND_COLOURS, TYPE_COLOURS } from "../../../graph/export/palette.ts";
import { NODE_KINDS, type NodeKind, RELATION_TYPES, type RelationType } from "../../../graph/ontology.ts";
import { api } from "../api.ts";
import type { Store } from "../core/store.ts";
import type { Filters } from "../core/types.ts";
import { el, fill } from "../dom.ts";
import { report } from "../effects/report.ts";

/** A coloured swatch (colour set through the CSSOM: the CSP forbids style attributes). */
export function swatch(colour: string, shape: "dot" | "bar" = "dot"): HTMLElement {
  const s = el("span", { class: shape });
  s.style.background = colour;
  return s;
}

/** Mounts the filter form in `root`. */
export function mountFilters(root: HTMLElement, store: Store): void {
  let documents: { id: string; title?: string | undefined; source: string }[] = [];
  let built: Filters | undefined;
  const put = (f: Partial<Filters>) => {
    built = { ...store.state.view.filters, ...f };
    store.dispatch({ type: "filters", filters: built });
  };
  const toggle = <T extends string>(xs: T[], v: T, on: boolean): T[] =>
    on ? [...new Set([...xs, v])] : xs.filter((x) => x !== v);
  const checks = <T extends string>(
    legend: string,
    values: readonly T[],
    colours: Record<T, string>,
    get: (f: Filters) => T[],
    key: "kinds" | "types",
  ) =>
    el(
      "fieldset",
      {},
      el("legend", { text: legend }),
      ...values.map((v) =>
        el(
          "label",
          { class: "check" },
          el("input", {
            type: "checkbox",
            checked: get(store.state.view.filters).includes(v),
            "data-filter": v,
            onchange: (e) =>
              put({
                [key]: toggle(get(store.state.view.filters), v, (e.target as HTMLInputElement).checked),
              }),
          }),
          swatch(colours[v], key === "kinds" ? "dot" : "bar"),
          v,
        ),
      ),
    );
  const build = () => {
    const f = store.state.view.filters;
    built = f;
    const value = el("output", { text: f.minConfidence.toFixed(2), "data-testid": "min-confidence-value" });
    fill(
      root,
      el(
        "div",
        { class: "filter-head" },
        el("h2", { text: "Filters" }),
        el("button", {
          type: "button",
          class: "small",
          text: "Reset",
          "data-testid": "reset-filters",
          onclick: () => store.dispatch({ type: "resetFilters" }),
        }),
      ),
      checks<NodeKind>("Kinds", NODE_KINDS, KIND_COLOURS, (x) => x.kinds, "kinds"),
      checks<RelationType>("Relations", RELATION_TYPES, TYPE_COLOURS, (x) => x.types, "types"),
      el(
        "fieldset",
        {},
        el("legend", { text: "Dates and confidence" }),
        el(
          "label",
          { class: "row" },
          "From ",
          el("input", {
            type: "date",
            value: f.from ?? "",
            "data-testid": "from",
            onchange: (e) => put({ from: (e.target as HTMLInputElement).value || undefined }),
          }),
        ),
        el(
          "label",
          { class: "row" },
          "To ",
          el("input", {
            type: "date",
            value: f.to ?? "",
            "data-testid": "to",
            onchange: (e) => put({ to: (e.target as HTMLInputElement).value || undefined }),
          }),
        ),
        el(
          "label",
          { class: "row" },
          "Min confidence ",
          el("input", {
            type: "range",
            min: 0,
            max: 1,
            step: 0.05,
            value: f.minConfidence,
            "data-testid": "min-confidence",
            oninput: (e) => {
              value.textContent = Number((e.target as HTMLInputElement).value).toFixed(2);
            },
            onchange: (e) => put({ minConfidence: Number((e.target as HTMLInputElement).value) }),
          }),
          value,
        ),
      ),
      el(
        "fieldset",
        {},
        el("legend", { text: "Documents" }),
        el(
          "select",
          {
            multiple: true,
            "aria-label": "Source documents",
            "data-testid": "documents",
            onchange: (e) =>
              put({ documents: [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value) }),
          },
          ...documents.map((d) =>
            el("option", { value: d.id, selected: f.documents.includes(d.id), text: d.title ?? d.source }),
          ),
        ),
      ),
    );
  };
  store.subscribe((s) => {
    if (s.view.filters !== built) build();
  });
  build();
  void api
    .documents()
    .then((r) => {
      documents = r.documents;
      build();
    })
    .catch((e) => report(store, "Loading the document list", e));
}
