/**
 * The path finder, the read-only Cypher console and exports of the current view (PNG drawn from
 * sigma's canvases; GEXF, GraphML, JSON, CSV and the report through the server's one export module).
 */
import type Sigma from "sigma";
import { ApiError, api } from "./api.ts";
import { searchBox } from "./controls.ts";
import { el, fill } from "./dom.ts";

/** The path finder: two actors and k; `onPaths` receives the node ids on the paths found. */
export function pathFinder(onPaths: (ids: string[], paths: string[][]) => void): HTMLElement {
  let from = "";
  let to = "";
  const out = el("div", { class: "muted", "data-testid": "path-result" });
  const k = el(
    "select",
    { "aria-label": "Number of paths" },
    ...[1, 2, 3, 5].map((n) => el("option", { value: n, text: `${n} path${n > 1 ? "s" : ""}` })),
  );
  const run = async () => {
    if (!from || !to) return fill(out, "Pick two actors.");
    const r = await api.paths({ from, to, k: Number(k.value), maxDepth: 4 });
    const names = new Map(r.graph.nodes.map((n) => [n.key, n.attributes.name]));
    fill(
      out,
      r.paths.length
        ? r.paths.map((p) => p.map((id) => names.get(id) ?? id).join(" → ")).join("\n")
        : "No path within 4 steps.",
    );
    onPaths([...new Set(r.paths.flat())], r.paths);
  };
  return el(
    "div",
    { class: "tool" },
    el("h3", { text: "Path finder" }),
    searchBox("From actor", (id) => (from = id), "path-from"),
    searchBox("To actor", (id) => (to = id), "path-to"),
    k,
    el("button", {
      type: "button",
      text: "Find paths",
      "data-testid": "path-run",
      onclick: () => void run(),
    }),
    out,
  );
}

/** The Cypher console; graph results go to `onGraph`, tables are shown in place. */
export function cypherConsole(onGraph: (ids: string[]) => void): HTMLElement {
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
        onGraph(r.graph.nodes.map((n) => n.key));
      } else {
        const head = el("tr", {}, ...r.columns.map((c) => el("th", { text: c })));
        const rows = r.rows.map((row) =>
          el(
            "tr",
            {},
            ...r.columns.map((c) =>
              el("td", { text: typeof row[c] === "string" ? (row[c] as string) : JSON.stringify(row[c]) }),
            ),
          ),
        );
        fill(
          out,
          el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows)),
          r.truncated ? "(cut at the row limit)" : null,
        );
      }
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
  return el(
    "div",
    { class: "tool console" },
    el("h3", { text: "Cypher (read-only)" }),
    input,
    el("button", { type: "button", text: "Run", "data-testid": "cypher-run", onclick: () => void run() }),
    out,
  );
}

function download(blob: Blob, name: string): void {
  const a = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** A PNG of what sigma shows now. */
export async function viewPng(sigma: Sigma): Promise<Blob> {
  sigma.refresh();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = el("canvas", { width: width * ratio, height: height * ratio });
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const layer of Object.values(sigma.getCanvases()))
    ctx.drawImage(layer, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b!), "image/png"));
}

/** Export controls for the current view (`ids` gives the visible actors). */
export function exporter(sigma: () => Sigma, ids: () => string[]): HTMLElement {
  const format = el(
    "select",
    { "aria-label": "Export format", "data-testid": "export-format" },
    ...["png", "gexf", "graphml", "json", "csv", "report"].map((f) =>
      el("option", { value: f, text: f.toUpperCase() }),
    ),
  );
  const run = async () => {
    if (format.value === "png") return download(await viewPng(sigma()), "kgx-view.png");
    const { blob, name } = await api.exportFile(format.value, ids());
    download(blob, name);
  };
  return el(
    "div",
    { class: "tool inline" },
    format,
    el("button", { type: "button", text: "Export", "data-testid": "export-run", onclick: () => void run() }),
  );
}
