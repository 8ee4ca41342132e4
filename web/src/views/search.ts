/**
 * A search box with autocomplete: keyboard navigation (arrows, Enter, Escape) over a listbox, typo
 * tolerance (when the query finds nothing, short prefixes are searched and ranked by edit distance,
 * so "Sheinbam" finds Sheinbaum), and an unknown name + Enter says so instead of doing nothing.
 */
import type { SearchHit } from "../../../graph/model.ts";
import { api } from "../api.ts";
import { fallbackQueries, rankFuzzy } from "../core/fuzzy.ts";
import { el, fill } from "../dom.ts";

/** Hits for `q`: the server's ranking, or typo-tolerant matches when it has none. */
export async function findActors(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const { hits } = await api.search(q, 8, signal);
  if (hits.length) return hits;
  const more = await Promise.all(fallbackQueries(q).map((p) => api.search(p, 50, signal)));
  const seen = new Map(more.flatMap((r) => r.hits).map((h) => [h.id, h]));
  return rankFuzzy(q, [...seen.values()]).slice(0, 8);
}

let counter = 0;

/** The search box; `onPick` gets the chosen actor, `onMiss` the text nobody matched. */
export function searchBox(
  label: string,
  testid: string,
  onPick: (hit: SearchHit) => void,
  onMiss: (text: string) => void = () => {},
): HTMLElement {
  const listId = `suggestions-${++counter}`;
  const input = el("input", {
    type: "search",
    placeholder: label,
    "aria-label": label,
    "data-testid": testid,
    autocomplete: "off",
    role: "combobox",
    "aria-controls": listId,
    "aria-expanded": "false",
  });
  const list = el("ul", { class: "suggestions", role: "listbox", id: listId });
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let ctrl: AbortController | undefined;

  const show = () => {
    fill(
      list,
      ...hits.map((h, i) =>
        el("li", {
          role: "option",
          id: `${listId}-${i}`,
          "aria-selected": String(i === active),
          class: i === active ? "active" : "",
          text: `${h.name} · ${h.kind}`,
          onmousedown: (e) => e.preventDefault(),
          onclick: () => pick(h),
        }),
      ),
    );
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    hits = [];
    active = -1;
    show();
  };
  const pick = (h: SearchHit) => {
    input.value = h.name;
    close();
    onPick(h);
  };
  const lookup = async (q: string): Promise<SearchHit[]> => {
    ctrl?.abort();
    ctrl = new AbortController();
    return findActors(q, ctrl.signal);
  };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      if (!q) return close();
      try {
        hits = await lookup(q);
        active = hits.length ? 0 : -1;
        show();
      } catch (e) {
        if ((e as Error).name !== "AbortError") throw e;
      }
    }, 120);
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));
  input.addEventListener("keydown", async (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (e.key === "Escape") close();
    else if (e.key === "Enter") {
      e.preventDefault();
      window.clearTimeout(timer);
      const q = input.value.trim();
      if (!q) return;
      const chosen = hits[active] ?? (await lookup(q))[0];
      if (chosen) pick(chosen);
      else {
        close();
        onMiss(q);
      }
    }
  });
  return el("div", { class: "search" }, input, list);
}
