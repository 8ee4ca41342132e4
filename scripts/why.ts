/**
 * Development aid: why is each edge of an interchange graph there? Prints every relation with its
 * rule, confidence, cue and sentence, filtered by words of the label or document prefixes.
 * Usage: npx tsx scripts/why.ts [FILTER...]   (reads KGX_GRAPH or .data/seeds.graph.json)
 */
import { readFileSync } from "node:fs";
import { InterchangeSchema } from "../graph/interchange.ts";

const g = InterchangeSchema.parse(
  JSON.parse(readFileSync(process.env.KGX_GRAPH ?? ".data/seeds.graph.json", "utf8")),
);
const name = new Map(g.nodes.map((n) => [n.id, n.name]));
const doc = new Map(g.documents.map((d) => [d.id, (d.source.split("/").pop() ?? d.source).slice(0, 3)]));
const want = process.argv.slice(2);
for (const e of g.edges) {
  const label = `${name.get(e.source)} -${e.type}-> ${name.get(e.target)}`;
  for (const ev of e.evidence) {
    if (want.length && !want.some((w) => label.includes(w) || doc.get(ev.document) === w)) continue;
    console.log(
      `[${doc.get(ev.document)}] ${label} (${ev.rule}, ${ev.confidence}, cue "${ev.cue}")\n     ${ev.sentence.slice(0, 220)}`,
    );
  }
}
