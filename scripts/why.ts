import { readFileSync } from "node:fs";

const g = JSON.parse(readFileSync(".data/seeds.graph.json", "utf8"));
const name = new Map(g.nodes.map((n: any) => [n.id, n.name]));
const doc = new Map(g.documents.map((d: any) => [d.id, d.source.split("/").pop().slice(0, 3)]));
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
