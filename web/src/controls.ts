/**
 * The toolbar controls: search with autocomplete, filters (kinds, relation types, date range,
 * minimum confidence, documents), path finder and the legend. Each reports changes through callbacks;
 * the explorer turns them into new view states.
 */

import { KIND_COLOURS, TYPE_COLOURS } from "../../graph/export/palette.ts";
import { NODE_KINDS, type NodeKind, RELATION_TYPES, type RelationType } from "../../graph/ontology.ts";
import { api } from "./api.ts";
import { el, fill } from "./dom.ts";
import type { Filters } from "./state.ts";

/** A search box with an autocomplete list; `onPick` gets the chosen actor id. */
export function searchBox(
  label: string,
  onPick: (id: string, name: string) => void,
  testid: string,
): HTMLElement {
  const input = el("input", {
    type: "search",
    placeholder: label,
    "aria-label": label,
    "data-testid": testid,
    autocomplete: "off",
  });
  const list = el("ul", { class: "suggestions", role: "listbox" });
  let timer: number | undefined;
  const pick = (id: string, name: string) => {
    input.value = name;
    fill(list);
    onPick(id, name);
  };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (!q) return fill(list);
      const { hits } = await api.search(q);
      fill(
        list,
        ...hits.map((h) =>
          el("li", {
            role: "option",
            tabindex: 0,
            text: `${h.name} · ${h.kind}`,
            onclick: () => pick(h.id, h.name),
            onkeydown: (e) => (e as KeyboardEvent).key === "Enter" && pick(h.id, h.name),
          }),
        ),
      );
    }, 120);
  });
  input.addEventListener("keydown", async (e) => {
    if (e.key === "Escape") fill(list);
    if (e.key === "Enter") {
      const { hits } = await api.search(input.value.trim() || "?");
      if (hits[0]) pick(hits[0].id, hits[0].name);
    }
  });
  return el("div", { class: "search" }, input, list);
}

/** The filter form; `onChange` gets the new filters. */
export function filterForm(
  current: Filters,
  documents: { id: string; title?: string | undefined; source: string }[],
  onChange: (f: Filters) => void,
): HTMLElement {
  const f: Filters = structuredClone(current);
  const changed = () => onChange(structuredClone(f));
  const box = (value: string, checked: boolean, colour: string, toggle: (on: boolean) => void) =>
    el(
      "label",
      { class: "check" },
      el("input", {
        type: "checkbox",
        checked,
        "data-filter": value,
        onchange: (e) => toggle((e.target as HTMLInputElement).checked),
      }),
      el("span", { class: "swatch", style: `background:${colour}` }),
      value,
    );
  const set = <T>(arr: T[], v: T, on: boolean) =>
    on ? [...new Set([...arr, v])] : arr.filter((x) => x !== v);
  const checks = (
    legend: string,
    values: readonly string[],
    colours: Record<string, string>,
    get: () => string[],
    put: (xs: string[]) => void,
  ) =>
    el(
      "fieldset",
      {},
      el("legend", { text: legend }),
      ...values.map((v) =>
        box(v, get().includes(v), colours[v]!, (on) => {
          put(set(get(), v, on));
          changed();
        }),
      ),
    );
  return el(
    "form",
    { class: "filters", onsubmit: (e) => e.preventDefault() },
    checks(
      "Kinds",
      NODE_KINDS,
      KIND_COLOURS,
      () => f.kinds,
      (xs) => {
        f.kinds = xs as NodeKind[];
      },
    ),
    checks(
      "Relations",
      RELATION_TYPES,
      TYPE_COLOURS,
      () => f.types,
      (xs) => {
        f.types = xs as RelationType[];
      },
    ),
    el(
      "fieldset",
      {},
      el("legend", { text: "Dates and confidence" }),
      el(
        "label",
        {},
        "From ",
        el("input", {
          type: "date",
          value: f.from ?? "",
          "data-testid": "from",
          onchange: (e) => {
            f.from = (e.target as HTMLInputElement).value || undefined;
            changed();
          },
        }),
      ),
      el(
        "label",
        {},
        "To ",
        el("input", {
          type: "date",
          value: f.to ?? "",
          "data-testid": "to",
          onchange: (e) => {
            f.to = (e.target as HTMLInputElement).value || undefined;
            changed();
          },
        }),
      ),
      el(
        "label",
        {},
        "Min confidence ",
        el("input", {
          type: "range",
          min: 0,
          max: 1,
          step: 0.05,
          value: f.minConfidence,
          "data-testid": "min-confidence",
          onchange: (e) => {
            f.minConfidence = Number((e.target as HTMLInputElement).value);
            changed();
          },
        }),
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
          onchange: (e) => {
            f.documents = [...(e.target as HTMLSelectElement).selectedOptions].map((o) => o.value);
            changed();
          },
        },
        ...documents.map((d) =>
          el("option", { value: d.id, selected: f.documents.includes(d.id), text: d.title ?? d.source }),
        ),
      ),
    ),
  );
}

/** The legend of kinds and relation types. */
export function legend(): HTMLElement {
  return el(
    "div",
    { class: "legend", "aria-label": "Legend" },
    ...NODE_KINDS.map((k) =>
      el("span", { class: "item" }, el("span", { class: "dot", style: `background:${KIND_COLOURS[k]}` }), k),
    ),
    ...RELATION_TYPES.map((t) =>
      el("span", { class: "item" }, el("span", { class: "bar", style: `background:${TYPE_COLOURS[t]}` }), t),
    ),
  );
}
