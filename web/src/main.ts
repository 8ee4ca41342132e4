/**
 * The explorer: wires the view state (URL hash, undo/redo) to the sigma view, the side panel and
 * the tools. Every user action produces a new ViewState; `render` fetches what the state needs
 * (neighbourhoods of expanded actors with the filters, plus pinned actors) and draws it.
 */
import "./style.css";
import { api } from "./api.ts";
import { filterForm, legend, searchBox } from "./controls.ts";
import { el, fill } from "./dom.ts";
import { createGraphView } from "./graph-view.ts";
import { History } from "./history.ts";
import { relayout } from "./layout.ts";
import { showEntity } from "./panel.ts";
import { decodeState, encodeState, type ViewState } from "./state.ts";
import { cypherConsole, exporter, pathFinder } from "./tools.ts";

const uniq = (xs: string[]) => [...new Set(xs)];
const app = document.getElementById("app")!;
const stage = el("div", { class: "stage", "data-testid": "stage" });
const panel = el(
  "aside",
  { class: "panel", "aria-label": "Details", "data-testid": "panel" },
  el("p", { class: "muted", text: "Search for an actor to start." }),
);
const status = el("div", { class: "status", role: "status", "data-testid": "status" });
const filters = el("div", { class: "sidebar-filters" });
const link = el("input", { readonly: true, "aria-label": "Link to this view", "data-testid": "link" });
const history = new History<ViewState>(decodeState(location.hash));
let documents: { id: string; title?: string | undefined; source: string }[] = [];
let rendering = Promise.resolve();

function change(next: ViewState): void {
  history.push(next);
  void render();
}

function expand(id: string): void {
  const s = history.current;
  change({ ...s, focus: id, expanded: uniq([...s.expanded, id]) });
}

async function draw(s: ViewState): Promise<void> {
  view.filters = s.filters;
  const f = s.filters;
  const nb = s.expanded.length
    ? await api.neighbourhood({
        ids: s.expanded,
        depth: 1,
        limit: 50,
        types: f.types,
        kinds: f.kinds,
        minConfidence: f.minConfidence,
        ...(f.from ? { from: f.from } : {}),
        ...(f.to ? { to: f.to } : {}),
        ...(f.documents.length ? { documents: f.documents } : {}),
      })
    : { graph: { nodes: [] as { key: string }[] }, more: {} as Record<string, number> };
  const ids = uniq([...nb.graph.nodes.map((n) => n.key), ...s.pinned, ...(s.focus ? [s.focus] : [])]);
  const sub = ids.length
    ? (await api.subgraph(ids)).graph
    : {
        attributes: {},
        options: { type: "directed" as const, multi: true as const, allowSelfLoops: false },
        nodes: [],
        edges: [],
      };
  const added = view.setData(sub);
  view.selected = s.focus;
  const more = Object.entries(nb.more).map(
    ([id, n]) => `${view.graph.hasNode(id) ? view.graph.getNodeAttribute(id, "name") : id}: ${n} more`,
  );
  fill(
    status,
    `${view.graph.order} actors, ${view.graph.size} relations${more.length ? ` · ${more.join(", ")}` : ""}`,
  );
  await relayout(view.graph, added, added.length ? 900 : 0);
  view.sigma.refresh();
  if (s.focus && view.graph.hasNode(s.focus)) await showEntity(panel, s.focus, expand);
  else fill(panel, el("p", { class: "muted", text: "Search for an actor to start." }));
  fill(
    filters,
    filterForm(s.filters, documents, (nf) => change({ ...history.current, filters: nf })),
  );
  const hash = encodeState(s);
  window.history.replaceState(null, "", `#${hash}`);
  link.value = location.href;
  document.body.dataset.ready = String(Date.now());
}

function render(): Promise<void> {
  rendering = rendering
    .then(() => draw(history.current))
    .catch((e) => fill(status, `Error: ${e instanceof Error ? e.message : String(e)}`));
  return rendering;
}

const undo = el("button", {
  type: "button",
  text: "Undo",
  "aria-keyshortcuts": "Control+Z",
  "data-testid": "undo",
  onclick: () => {
    history.undo();
    void render();
  },
});
const redo = el("button", {
  type: "button",
  text: "Redo",
  "aria-keyshortcuts": "Control+Y",
  "data-testid": "redo",
  onclick: () => {
    history.redo();
    void render();
  },
});
const expandBtn = el("button", {
  type: "button",
  text: "Expand",
  "data-testid": "expand",
  onclick: () => history.current.focus && expand(history.current.focus),
});
const collapseBtn = el("button", {
  type: "button",
  text: "Collapse",
  "data-testid": "collapse",
  onclick: () => {
    const s = history.current;
    if (s.focus)
      change({
        ...s,
        expanded: s.expanded.filter((x) => x !== s.focus),
        pinned: s.pinned.filter((x) => x !== s.focus),
      });
  },
});

fill(
  app,
  el(
    "header",
    {},
    el("h1", { text: "kg-explorer" }),
    searchBox("Search actors", (id) => expand(id), "search"),
    expandBtn,
    collapseBtn,
    undo,
    redo,
    exporter(
      () => view.sigma,
      () => view.graph.filterNodes((_n, a) => view.filters?.kinds.includes(a.kind) ?? true),
    ),
    link,
  ),
  el(
    "main",
    {},
    el(
      "nav",
      { class: "sidebar", "aria-label": "Filters and tools" },
      filters,
      pathFinder((ids) => change({ ...history.current, pinned: uniq([...history.current.pinned, ...ids]) })),
      cypherConsole((ids) =>
        change({ ...history.current, pinned: uniq([...history.current.pinned, ...ids]) }),
      ),
    ),
    el("section", { class: "center" }, stage, legend(), status),
    panel,
  ),
);

const view = createGraphView(stage);
view.sigma.on("clickNode", ({ node }) => change({ ...history.current, focus: node }));
view.sigma.on("doubleClickNode", ({ node, preventSigmaDefault }) => {
  preventSigmaDefault();
  expand(node);
});
document.addEventListener("keydown", (e) => {
  const key = e.key.toLowerCase();
  if (
    !(e.ctrlKey || e.metaKey) ||
    e.target instanceof HTMLTextAreaElement ||
    e.target instanceof HTMLInputElement
  )
    return;
  if (key === "z" && !e.shiftKey) history.undo();
  else if (key === "y" || (key === "z" && e.shiftKey)) history.redo();
  else return;
  e.preventDefault();
  void render();
});
window.addEventListener("hashchange", () => {
  if (encodeState(history.current) !== location.hash.replace(/^#/, "")) change(decodeState(location.hash));
});

void api.documents().then((r) => {
  documents = r.documents;
  return render();
});
