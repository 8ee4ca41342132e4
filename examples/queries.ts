/**
 * The notebook's queries from TypeScript, for analysts who use JS notebooks. Run with
 * `npx tsx examples/queries.ts` (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as for kgx;
 * KGX_ACTOR picks the actor). Only the official neo4j-driver; values converted to plain JS.
 */
import neo4j, { type Record as Neo4jRecord } from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const user = process.env.NEO4J_USER ?? "neo4j";
const password = process.env.NEO4J_PASSWORD ?? "kgx-dev-password";
const database = process.env.NEO4J_DATABASE || undefined;
const actor = process.env.KGX_ACTOR ?? "Claudia Sheinbaum";

const QUERIES: Record<string, string> = {
  "who threatens whom, with evidence": `
    MATCH (a:Entity)-[r:THREATENS]->(b:Entity)
    MATCH (ev:Evidence {relation: r.id})-[:FROM]->(d:Document)
    RETURN a.name AS source, b.name AS target, ev.date AS date, ev.sentence AS sentence, d.title AS document
    ORDER BY date, source`,
  "relations in January 2026": `
    MATCH (a:Entity)-[r]->(b:Entity) WHERE r.firstDate <= '2026-01-31' AND r.lastDate >= '2026-01-01'
    RETURN a.name AS source, type(r) AS type, b.name AS target ORDER BY type, source`,
  "2-hop neighbourhood": `
    MATCH (a:Entity) WHERE a.name = $actor OR $actor IN a.aliases
    MATCH p = (a)-[*1..2]-(:Entity) UNWIND relationships(p) AS r
    WITH DISTINCT startNode(r) AS s, r, endNode(r) AS t
    RETURN s.name AS source, type(r) AS type, t.name AS target ORDER BY type, source`,
  "most connected actors": `
    MATCH (e:Entity) RETURN e.name AS actor, e.kind AS kind, COUNT { (e)-[]-(:Entity) } AS degree
    ORDER BY degree DESC, actor LIMIT 10`,
};

/** Converts Neo4j integers to numbers in one record. */
function plain(record: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) {
    const v = record.get(key);
    out[String(key)] = neo4j.isInt(v) ? v.toNumber() : v;
  }
  return out;
}

const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
try {
  for (const [title, cypher] of Object.entries(QUERIES)) {
    const { records } = await driver.executeQuery(
      cypher,
      { actor },
      { database, routing: neo4j.routing.READ },
    );
    console.log(`\n## ${title} (${records.length} rows)`);
    console.table(records.slice(0, 15).map(plain));
  }
} finally {
  await driver.close();
}
