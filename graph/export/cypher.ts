/**
 * A Cypher script that recreates the subgraph in an empty Neo4j with the application's schema
 * (docs/schema.md): documents, entities with their kind label, typed relationships with their
 * aggregates, and evidence nodes. MERGE throughout, so running it twice changes nothing.
 */
import { evidenceKey, type Interchange } from "../interchange.ts";
import { NodeKind, RelationType } from "../ontology.ts";
import { cypherString as q } from "./xml.ts";

const list = (xs: string[]) => `[${xs.map(q).join(", ")}]`;
const opt = (v: string | number | undefined | null) =>
  v === undefined || v === null ? "null" : typeof v === "number" ? String(v) : q(v);

/** The statements, one per element, in dependency order. */
export function cypherStatements(g: Interchange): string[] {
  const out: string[] = [];
  for (const d of g.documents) {
    out.push(
      `MERGE (d:Document {id: ${q(d.id)}}) SET d.source = ${q(d.source)}, d.title = ${opt(d.title)}, d.published = ${opt(d.published)}, d.url = ${opt(d.url)}, d.text = ${opt(d.text)}, d.complete = true`,
    );
  }
  for (const n of g.nodes) {
    const kind = NodeKind.parse(n.kind);
    out.push(
      `MERGE (e:Entity {id: ${q(n.id)}}) SET e:${kind}, e.name = ${q(n.name)}, e.kind = ${q(kind)}, e.aliases = ${list(n.aliases)}, e.aliasText = ${q(n.aliases.map((a) => ` | ${a}`).join(""))}`,
    );
  }
  for (const e of g.edges) {
    const type = RelationType.parse(e.type);
    const dates = e.evidence
      .map((v) => v.date)
      .filter((d): d is string => !!d)
      .sort();
    const docs = [...new Set(e.evidence.map((v) => v.document))];
    out.push(
      `MATCH (a:Entity {id: ${q(e.source)}}), (b:Entity {id: ${q(e.target)}}) MERGE (a)-[r:${type}]->(b) SET r.id = ${q(e.id)}, r.confidence = ${e.confidence}, r.evidenceCount = ${e.evidence.length}, r.firstDate = ${opt(dates[0])}, r.lastDate = ${opt(dates[dates.length - 1])}, r.documents = ${list(docs)}`,
    );
    for (const v of e.evidence) {
      out.push(
        `MATCH (d:Document {id: ${q(v.document)}}) MERGE (ev:Evidence {key: ${q(evidenceKey(e.id, v))}}) SET ev.relation = ${q(e.id)}, ev.type = ${q(type)}, ev.document = ${q(v.document)}, ev.sentence = ${q(v.sentence)}, ev.start = ${v.start}, ev.end = ${v.end}, ev.cue = ${opt(v.cue)}, ev.rule = ${opt(v.rule)}, ev.confidence = ${opt(v.confidence)}, ev.date = ${opt(v.date)} MERGE (ev)-[:FROM]->(d)`,
      );
    }
  }
  return out;
}

/** The script: one statement per line, each ending with a semicolon. */
export function toCypher(g: Interchange): string {
  return `// kg-explorer subgraph: ${g.nodes.length} entities, ${g.edges.length} relations\n${cypherStatements(
    g,
  )
    .map((s) => `${s};`)
    .join("\n")}\n`;
}
