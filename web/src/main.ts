/**
 * The explorer's entry point: builds the page skeleton, creates the store from the URL, starts the
 * effects and mounts the views. No logic lives here.
 */
import "./style.css";
import { Store } from "./core/store.ts";
import { initialState } from "./core/update.ts";
import { decodeView } from "./core/url.ts";
import { el } from "./dom.ts";
import { startDataEffects } from "./effects/data.ts";
import { startLayoutEffect } from "./effects/layout.ts";
import { mountBanner } from "./views/banner.ts";
import { mountConsole } from "./views/console.ts";
import { mountCorrections } from "./views/corrections.ts";
import { evidenceSearch } from "./views/evidence-search.ts";
import { exporter } from "./views/export.ts";
import { mountFilters } from "./views/filters.ts";
import { mountGraph } from "./views/graph.ts";
import { mountLasso } from "./views/lasso.ts";
import { mountLegend } from "./views/legend.ts";
import { mountOverview } from "./views/overview.ts";
import { mountPanel } from "./views/panel.ts";
import { pathFinder } from "./views/paths.ts";
import { exposeProbe } from "./views/probe.ts";
import { mountReady } from "./views/ready.ts";
import { searchBox } from "./views/search.ts";
import { mountStatus } from "./views/status.ts";
import { mountTimeline } from "./views/timeline.ts";
import { toolbar } from "./views/toolbar.ts";
import { mountTooltip } from "./views/tooltip.ts";
import { mountUrl } from "./views/url.ts";

const store = new Store(initialState(decodeView(location.hash)));
const part = (tag: "div" | "aside" | "nav" | "section", cls: string, testid?: string) =>
  el(tag, { class: cls, ...(testid ? { "data-testid": testid } : {}) });

const stage = part("div", "stage", "stage");
const overview = part("section", "overview", "overview");
const panel = el("aside", { class: "panel", "aria-label": "Details", "data-testid": "panel" });
const filters = part("div", "filters");
const banner = part("div", "banners");
const status = el("div", { class: "status", role: "status", "data-testid": "status" });
const legend = part("div", "legend");
const timeline = part("div", "timeline");
const drawer = part("div", "drawer-body");
const link = el("input", { readonly: true, "aria-label": "Link to this view", "data-testid": "link" });
const corrections = part("section", "tool");
const left = el(
  "nav",
  { class: "left", "aria-label": "Filters and tools" },
  filters,
  pathFinder(store),
  corrections,
);
/** The left column folds away from its own corner and comes back from the graph's corner. */
const toggleLeft = () => {
  left.hidden = !left.hidden;
  expandLeft.hidden = !left.hidden;
};
const collapse = el("button", {
  type: "button",
  class: "collapse-left small",
  "aria-label": "Collapse the filters",
  title: "Collapse the filters",
  text: "«",
  onclick: toggleLeft,
});
const expandLeft = el("button", {
  type: "button",
  class: "expand-left small",
  "aria-label": "Show the filters",
  title: "Show the filters",
  text: "»",
  hidden: true,
  onclick: toggleLeft,
});
left.prepend(collapse);

const exportSlot = part("div", "inline");
const toolSlot = part("div", "inline");
document.getElementById("app")!.append(
  el(
    "header",
    {},
    el("h1", { text: "kg-explorer" }),
    searchBox(
      "Search actors",
      "search",
      (hit) => {
        store.dispatch({ type: "searched", id: hit.id });
        store.dispatch({ type: "expand", ids: [hit.id] });
      },
      (text) =>
        store.dispatch({
          type: "notice",
          text: `No actor matches “${text}”. Check the spelling or try part of the name.`,
        }),
    ),
    evidenceSearch(store),
    toolbar(store),
    toolSlot,
    exportSlot,
    link,
  ),
  banner,
  el(
    "main",
    {},
    left,
    el(
      "section",
      { class: "center" },
      el("div", { class: "canvas-area" }, stage, overview, expandLeft),
      legend,
      status,
      timeline,
    ),
    panel,
  ),
  el("details", { class: "drawer" }, el("summary", { text: "Cypher console" }), drawer),
);

const graph = mountGraph(stage, store);
exportSlot.append(exporter(graph, store));
toolSlot.append(mountLasso(stage, graph, store));
exposeProbe(graph, store);
mountBanner(banner, store);
mountFilters(filters, store);
mountOverview(overview, store);
mountPanel(panel, store);
mountCorrections(corrections, store);
mountLegend(legend);
mountStatus(status, store);
mountTimeline(timeline, store);
mountTooltip(stage, store);
mountConsole(drawer, store);
mountUrl(link, store);
startLayoutEffect(store);
startDataEffects(store);
mountReady(store);
store.dispatch({ type: "notice", text: undefined });
