/**
 * Full-text search over evidence sentences in the header ("fentanyl labs"): a box whose results list
 * the matching relations (source, type, target) with their best sentence and the matched words
 * marked. Arrows and Enter pick a result, Escape closes; picking one adds both actors to the view
 * (pinned, one undo step) and opens the relation's evidence in the panel.
 */
import type { EvidenceHit } from "../../../graph/ops/evidence-search.ts";
import { api } from "../api.ts";
import type { Store } from "../core/store.ts";
import { el, fill } from "../dom.ts";
import { report } from "../effects/report.ts";

/** The sentence with every matched word wrapped in <mark>. */
function marked(sentence: string, spans: readonly [number, number][]): DocumentFragment {
  const f = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    f.append(sentence.slice(at, start), el("mark", { text: sentence.slice(start, end) }));
    at = end;
  }
  f.append(sentence.slice(at));
  return f;
}

/** The evidence search box; results open under it. */
export function evidenceSearch(store: Store): HTMLElement {
  const input = el("input", {
    type: "search",
    placeholder: "Search evidence sentences",
    "aria-label": "Search evidence sentences",
    "data-testid": "evidence-search",
    autocomplete: "off",
    role: "combobox",
    "aria-controls": "evidence-hits",
    "aria-expanded": "false",
  });
  const list = el("ul", {
    class: "suggestions evidence-hits",
    role: "listbox",
    id: "evidence-hits",
    "data-testid": "evidence-hits",
  });
  let hits: EvidenceHit[] = [];
  let active = -1;
  let searched = "";
  let timer: number | undefined;
  let ctrl: AbortController | undefined;

  const show = () => {
    const items = hits.map((h, i) =>
      el(
        "li",
        {
          role: "option",
          id: `evidence-hit-${i}`,
          "aria-selected": String(i === active),
          class: i === active ? "active" : "",
          "data-relation": h.relation,
          onmousedown: (e) => e.preventDefault(),
          onclick: () => pick(h),
        },
        el(
          "div",
          { class: "hit-relation" },
          `${h.sourceName} `,
          el("b", { text: h.type }),
          ` ${h.targetName}`,
        ),
        el("div", { class: "hit-sentence" }, marked(h.sentence, h.spans)),
        el("div", {
          class: "muted small",
          text: [
            h.documentTitle ?? h.document,
            h.date,
            h.matches > 1 ? `${h.matches} matching sentences` : "",
          ]
            .filter(Boolean)
            .join(" · "),
        }),
      ),
    );
    const none =
      searched && !hits.length
        ? el("li", {
            class: "muted",
            role: "presentation",
            text: `No evidence sentence matches “${searched}”.`,
          })
        : null;
    fill(list, ...items, none);
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `evidence-hit-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const close = () => {
    hits = [];
    active = -1;
    searched = "";
    show();
  };
  const pick = (h: EvidenceHit) => {
    close();
    store.dispatch({ type: "pin", ids: [h.source, h.target] });
    store.dispatch({ type: "selectEdge", id: h.relation });
  };
  const run = async () => {
    const q = input.value.trim();
    if (!q) return close();
    ctrl?.abort();
    ctrl = new AbortController();
    try {
      hits = (await api.evidenceSearch(q, 20, ctrl.signal)).hits;
      searched = q;
      active = hits.length ? 0 : -1;
      show();
    } catch (e) {
      report(store, `Searching evidence for “${q}”`, e);
    }
  };
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  input.addEventListener("blur", () => window.setTimeout(close, 150));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      show();
    } else if (e.key === "Escape") close();
    else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = hits[active];
      if (chosen) pick(chosen);
      else {
        window.clearTimeout(timer);
        void run();
      }
    }
  });
  return el("div", { class: "search evidence" }, input, list);
}
