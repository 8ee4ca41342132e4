/**
 * The Cypher console in a bottom drawer (read-only, Neo4j only): results with nodes and relations are
 * merged into the view (pinned); tables are shown full width and sort by a click on a column header.
 */
import { ApiError, api } from "../api.ts";
import type { Store } from "../core/store.ts";
import { el, fill } from "../dom.ts";

const cell = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** A table whose columns sort on click (numbers numerically, the rest as text). */
export function sortableTable(columns: string[], rows: Record<string, unknown>[]): HTMLElement {
  let by = -1;
  let dir = 1;
  const body = el("tbody", {});
  const heads = columns.map((c, i) =>
    el(
      "th",
      { "aria-sort": "none" },
      el("button", { type: "button", class: "th", text: c, onclick: () => sort(i) }),
    ),
  );
  const draw = () => {
    const sorted =
      by < 0
        ? rows
        : [...rows].sort((a, b) => {
            const [x, y] = [a[columns[by]!], b[columns[by]!]];
            return (
              dir * (typeof x === "number" && typeof y === "number" ? x - y : cell(x).localeCompare(cell(y)))
            );
          });
    fill(body, ...sorted.map((r) => el("tr", {}, ...columns.map((c) => el("td", { text: cell(r[c]) })))));
    heads.forEach((h, i) => {
      h.setAttribute("aria-sort", i === by ? (dir > 0 ? "ascending" : "descending") : "none");
    });
  };
  const sort = (i: number) => {
    dir = by === i ? -dir : 1;
    by = i;
    draw();
  };
  draw();
  return el(
    "table",
    { class: "results", "data-testid": "console-table" },
    el("thead", {}, el("tr", {}, ...heads)),
    body,
  );
}

/** Mounts the console drawer in `root`. */
export function mountConsole(root: HTMLElement, store: Store): void {
  const input = el("textarea", {
    rows: 3,
    "aria-label": "Cypher query",
    "data-testid": "cypher",
    placeholder: "MATCH (a:Person)-[r:THREATENS]->(b) RETURN a, r, b LIMIT 25",
  });
  const out = el("div", { class: "console-out", "data-testid": "console-out" });
  const run = async () => {
    try {
      const r = await api.query(input.value);
      if (r.graph.nodes.length) {
        fill(out, `${r.graph.nodes.length} actors and ${r.graph.edges.length} relations added to the view.`);
        store.dispatch({ type: "graph", graph: r.graph });
        store.dispatch({ type: "pin", ids: r.graph.nodes.map((n) => n.key) });
      }
      if (r.columns.length && (!r.graph.nodes.length || r.rows.length))
        out.append(
          sortableTable(r.columns, r.rows),
          r.truncated ? el("p", { class: "muted", text: "(cut at the row limit)" }) : "",
        );
    } catch (e) {
      fill(
        out,
        el("p", {
          class: "error",
          role: "alert",
          "data-testid": "console-error",
          text: e instanceof ApiError ? `${e.code}: ${e.message}` : String(e),
        }),
      );
    }
  };
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) void run();
  });
  fill(
    root,
    el(
      "div",
      { class: "console-bar" },
      el("strong", { text: "Cypher (read-only)" }),
      el("button", { type: "button", text: "Run", "data-testid": "cypher-run", onclick: () => void run() }),
      el("span", { class: "muted", text: "Ctrl+Enter runs" }),
    ),
    el("div", { class: "console-body" }, input, out),
  );
}
