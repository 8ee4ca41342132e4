/**
 * Development aid: why is each edge of an interchange graph there? Prints every relation with its
 * rule, confidence, cue and sentence, filtered by words of the label or document prefixes.
 * Usage: npx tsx scripts/why.ts [FILTER...]   (reads KGX_GRAPH or .data/seeds.graph.json)
 */
import { existsSync, readFileSync } from "node:fs";
import { type Interchange, InterchangeSchema } from "../graph/interchange.ts";

/** The graph to explain, or a one-line message saying which file and what to do (exit code 2). */
function load(path: string): Interchange {
  if (!existsSync(path)) {
    console.error(
      `why: no graph at ${path}: run \`npm run eval\` first (it writes .data/seeds.graph.json) or set KGX_GRAPH to an interchange JSON file`,
    );
    process.exit(2);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    console.error(
      `why: ${path} is not readable JSON (${(e as Error).message}): regenerate it or point KGX_GRAPH elsewhere`,
    );
    process.exit(2);
  }
  const parsed = InterchangeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    console.error(
      `why: ${path} is not an interchange graph (${issue?.path.join(".")}: ${issue?.message}): regenerate it with \`npm run eval\` or \`kgx extract\``,
    );
    process.exit(2);
  }
  return parsed.data;
}

const g = load(process.env.KGX_GRAPH || ".data/seeds.graph.json");
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
