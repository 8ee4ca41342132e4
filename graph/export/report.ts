/**
 * The report: one self-contained HTML file (no external resources, no scripts) with the picture,
 * a table of actors, and every relation with each cited sentence (cue marked), its source, date and
 * confidence. All text escaped.
 */
import { CURATION_LABEL } from "../corrections/schema.ts";
import type { Evidence, Interchange } from "../interchange.ts";
import { toSvg } from "./svg.ts";
import type { Visual } from "./view.ts";
import { escapeXml as h } from "./xml.ts";

/** The sentence with its cue wrapped in <mark>, escaped. */
export function markCue(ev: Evidence): string {
  if (
    ev.cueStart !== undefined &&
    ev.cueEnd !== undefined &&
    ev.cueStart >= ev.start &&
    ev.cueEnd <= ev.end
  ) {
    const a = ev.cueStart - ev.start;
    const b = ev.cueEnd - ev.start;
    return `${h(ev.sentence.slice(0, a))}<mark>${h(ev.sentence.slice(a, b))}</mark>${h(ev.sentence.slice(b))}`;
  }
  return h(ev.sentence);
}

/** The HTML report. */
export function toReport(
  g: Interchange,
  options: { title?: string; visual?: Visual | undefined } = {},
): string {
  const title = options.title ?? "kg-explorer report";
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const docs = new Map(g.documents.map((d) => [d.id, d]));
  const degree = new Map<string, number>();
  for (const e of g.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  const actors = [...g.nodes].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name),
  );
  const relations = [...g.edges].sort(
    (a, b) =>
      a.type.localeCompare(b.type) || (names.get(a.source) ?? "").localeCompare(names.get(b.source) ?? ""),
  );
  const cite = (ev: Evidence) => {
    const d = docs.get(ev.document);
    const src = d
      ? `${h(d.title ?? d.source)}${d.url ? ` (${h(d.url)})` : d.title ? ` — ${h(d.source)}` : ""}`
      : h(ev.document);
    return `<li><blockquote>${markCue(ev)}</blockquote><div class="cite">${src}${ev.date ? ` · ${h(ev.date)}` : ""}${ev.confidence !== undefined ? ` · confidence ${ev.confidence.toFixed(2)}` : ""}${ev.rule ? ` · rule ${h(ev.rule)}` : ""}</div></li>`;
  };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}th{background:#f3f3f3}blockquote{margin:.3em 0;padding-left:.8em;border-left:3px solid #ccc}mark{background:#ffe58a}.cite{color:#666;font-size:.85em}.rel{margin:1.2em 0}h3{margin-bottom:.2em}</style>
</head><body>
<h1>${h(title)}</h1>
<p>${g.nodes.length} actors, ${g.edges.length} relations, ${g.documents.length} documents.</p>
<figure>${toSvg(g, { width: 1100, height: 700, visual: options.visual })}</figure>
<h2>Actors</h2>
<table><thead><tr><th>Name</th><th>Kind</th><th>Aliases</th><th>Relations</th></tr></thead><tbody>
${actors.map((n) => `<tr><td>${h(n.name)}</td><td>${h(n.kind)}</td><td>${h(n.aliases.join(", "))}</td><td>${degree.get(n.id) ?? 0}</td></tr>`).join("\n")}
</tbody></table>
<h2>Relations and evidence</h2>
${relations.map((e) => `<div class="rel"><h3>${h(names.get(e.source) ?? e.source)} — ${h(e.type)} → ${h(names.get(e.target) ?? e.target)}</h3><div class="cite">confidence ${e.confidence.toFixed(2)} · ${e.evidence.length} citation(s)${e.curation ? ` · <strong>${CURATION_LABEL[e.curation]}</strong>` : ""}</div><ul>${e.evidence.map(cite).join("")}</ul></div>`).join("\n")}
<h2>Sources</h2>
<ul>${g.documents.map((d) => `<li>${h(d.title ?? d.source)} — ${h(d.source)}${d.published ? ` · ${h(d.published)}` : ""}</li>`).join("")}</ul>
</body></html>
`;
}
