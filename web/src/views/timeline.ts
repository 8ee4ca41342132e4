/**
 * The time histogram under the graph: relations in view per day or month (bars), a two-handle range
 * that filters the view live while dragged (one undo step per drag), a play button that moves the
 * window through time, and a clear button.
 */
import { nodePasses, relationPasses, toFilter } from "../core/filter-input.ts";
import { type Bin, histogram } from "../core/histogram.ts";
import type { Store } from "../core/store.ts";
import type { AppState } from "../core/types.ts";
import { wantedIds } from "../core/visible.ts";
import { el, fill } from "../dom.ts";

/** Evidence dates of the relations the view would show with no date filter. */
function datesInView(s: AppState): string[][] {
  const f = { ...s.view.filters, from: undefined, to: undefined };
  const filter = toFilter(f);
  const ids = new Set(wantedIds(s.data, s.view).filter((id) => !s.view.hidden.includes(id)));
  const out: string[][] = [];
  for (const e of Object.values(s.data.edges)) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    const a = s.data.nodes[e.source];
    const b = s.data.nodes[e.target];
    if (!a || !b || !nodePasses(a, f) || !nodePasses(b, f) || !relationPasses(e, s.data.nodes, filter, f))
      continue;
    out.push(e.dates ?? [e.attributes.firstDate, e.attributes.lastDate].filter((d): d is string => !!d));
  }
  return out;
}

/** Mounts the timeline in `root`. */
export function mountTimeline(root: HTMLElement, store: Store): void {
  let bins: Bin[] = [];
  let key = "";
  let playing: number | undefined;
  const bars = el("div", { class: "bars", "data-testid": "histogram" });
  const lo = el("input", {
    type: "range",
    min: 0,
    max: 0,
    value: 0,
    "aria-label": "Start of the time range",
    "data-testid": "time-from",
  });
  const hi = el("input", {
    type: "range",
    min: 0,
    max: 0,
    value: 0,
    "aria-label": "End of the time range",
    "data-testid": "time-to",
  });
  const label = el("span", { class: "muted", "data-testid": "time-label" });
  let dragging = false;
  let stepTaken = false;
  const apply = (record: boolean) => {
    const a = Math.min(Number(lo.value), Number(hi.value));
    const b = Math.max(Number(lo.value), Number(hi.value));
    const from = bins[a]?.from;
    const to = bins[b]?.to;
    if (!from || !to) return;
    const f = store.state.view.filters;
    if (f.from === from && f.to === to) return;
    store.dispatch({ type: "filters", filters: { ...f, from, to }, replace: !record && stepTaken });
    stepTaken = true;
  };
  for (const input of [lo, hi]) {
    input.addEventListener("pointerdown", () => {
      dragging = true;
      stepTaken = false;
    });
    input.addEventListener("input", () => apply(!dragging));
    input.addEventListener("change", () => {
      dragging = false;
    });
  }
  const play = el("button", {
    type: "button",
    class: "small",
    text: "▶ Play",
    "data-testid": "time-play",
    onclick: () => {
      if (playing !== undefined) return stop();
      if (!bins.length) return;
      const width = Math.max(0, Number(hi.value) - Number(lo.value));
      let start = width >= bins.length - 1 ? 0 : Number(lo.value);
      const w = width >= bins.length - 1 ? Math.max(0, Math.floor(bins.length / 4)) : width;
      play.textContent = "■ Stop";
      stepTaken = false;
      const step = () => {
        if (start + w >= bins.length) return stop();
        lo.value = String(start);
        hi.value = String(start + w);
        apply(false);
        start++;
      };
      step();
      playing = window.setInterval(step, 800);
    },
  });
  const stop = () => {
    window.clearInterval(playing);
    playing = undefined;
    play.textContent = "▶ Play";
  };
  const clear = el("button", {
    type: "button",
    class: "small",
    text: "All dates",
    "data-testid": "time-clear",
    onclick: () => {
      stop();
      store.dispatch({
        type: "filters",
        filters: { ...store.state.view.filters, from: undefined, to: undefined },
      });
    },
  });
  const render = (s: AppState) => {
    const sets = datesInView(s);
    const next = histogram(sets);
    const k = next.map((b) => `${b.from}:${b.count}`).join(",");
    const f = s.view.filters;
    const inRange = (b: Bin) => (!f.from || b.to >= f.from) && (!f.to || b.from <= f.to);
    if (k !== key) {
      key = k;
      bins = next;
      lo.max = hi.max = String(Math.max(0, bins.length - 1));
    }
    const max = Math.max(1, ...bins.map((b) => b.count));
    fill(
      bars,
      ...bins.map((b) => {
        const bar = el("div", {
          class: inRange(b) ? "bar on" : "bar",
          title: `${b.from === b.to ? b.from : `${b.from} – ${b.to}`}: ${b.count} relations`,
        });
        bar.style.height = `${Math.round((100 * b.count) / max)}%`;
        return bar;
      }),
    );
    if (!dragging && playing === undefined) {
      const a = f.from ? bins.findIndex((b) => b.to >= f.from!) : 0;
      const b = f.to ? bins.findLastIndex((x) => x.from <= f.to!) : bins.length - 1;
      lo.value = String(Math.max(0, a));
      hi.value = String(Math.max(0, b));
    }
    label.textContent = bins.length
      ? f.from || f.to
        ? `${f.from ?? "…"} – ${f.to ?? "…"}`
        : `${bins[0]!.from} – ${bins[bins.length - 1]!.to} (all dates)`
      : "no dated relations in view";
  };
  fill(
    root,
    el("div", { class: "timeline-head" }, el("strong", { text: "Time" }), label, play, clear),
    bars,
    el("div", { class: "ranges" }, lo, hi),
  );
  store.subscribe((s, prev) => {
    if (
      s.data !== prev.data ||
      s.view.filters !== prev.view.filters ||
      s.view.expanded !== prev.view.expanded ||
      s.view.pinned !== prev.view.pinned ||
      s.view.hidden !== prev.view.hidden
    )
      render(s);
  });
  render(store.state);
}
