/**
 * The report as Markdown: actors table and every relation with its cited sentences (cue in bold),
 * sources and dates. Table cells and quotes escaped for Markdown.
 */
import { CURATION_LABEL } from "../corrections/schema.ts";
import type { Interchange } from "../interchange.ts";

const cell = (s: string) => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const quote = (s: string) => s.replace(/\r?\n/g, " ").replace(/([*_`[\]<>])/g, "\\$1");

/** The Markdown report. */
export function toMarkdown(g: Interchange, options: { title?: string } = {}): string {
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const docs = new Map(g.documents.map((d) => [d.id, d]));
  const lines = [
    `# ${options.title ?? "kg-explorer report"}`,
    "",
    `${g.nodes.length} actors, ${g.edges.length} relations, ${g.documents.length} documents.`,
    "",
    "## Actors",
    "",
    "| Name | Kind | Aliases |",
    "|---|---|---|",
  ];
  for (const n of g.nodes) lines.push(`| ${cell(n.name)} | ${n.kind} | ${cell(n.aliases.join(", "))} |`);
  lines.push("", "## Relations and evidence", "");
  for (const e of g.edges) {
    lines.push(
      `### ${names.get(e.source)} — ${e.type} → ${names.get(e.target)}`,
      "",
      `confidence ${e.confidence.toFixed(2)}${e.curation ? ` · ${CURATION_LABEL[e.curation]}` : ""}`,
      "",
    );
    for (const v of e.evidence) {
      const d = docs.get(v.document);
      let s = quote(v.sentence);
      if (v.cue && v.sentence.includes(v.cue)) s = s.replace(quote(v.cue), `**${quote(v.cue)}**`);
      lines.push(
        `> ${s}`,
        ">",
        `> — ${d?.title ?? d?.source ?? v.document}${v.date ? `, ${v.date}` : ""}`,
        "",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
