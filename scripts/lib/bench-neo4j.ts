/**
 * Benchmarks' access to Neo4j: NEO4J_URI when set, otherwise the local server of scripts/neo4j.mjs
 * (started for the run and stopped after it when it was not already running), and the raw
 * `UNWIND ... CREATE` writer that the ingest benchmark compares the project's writer with.
 */
import type { Driver } from "neo4j-driver";
import type { Interchange } from "../../graph/interchange.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";

/** An initialised Neo4j store and a close() that also stops a server the bench started. */
export async function connectBenchNeo4j(): Promise<{ store: Neo4jStore; close: () => Promise<void> }> {
  let stop = async () => {};
  let connection = {
    uri: process.env.NEO4J_URI ?? "",
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "kgx-dev-password",
  };
  if (!process.env.NEO4J_URI) {
    // @ts-expect-error plain ESM script without type declarations
    const launcher = await import("../neo4j.mjs");
    const started = await launcher.startNeo4j({ quiet: true });
    connection = { uri: started.uri, user: started.user, password: started.password };
    if (started.started) stop = async () => void (await launcher.stopNeo4j({ quiet: true }));
  }
  const store = new Neo4jStore(connection, { batchSize: 1000 });
  await store.init();
  return {
    store,
    close: async () => {
      await store.close();
      await stop();
    },
  };
}

/**
 * The raw baseline of the ingest benchmark: the same documents, entities, relations (aggregates
 * computed in JavaScript) and evidence nodes written with plain `UNWIND ... CREATE` into an empty
 * database, batches of `batchSize` rows on one session — what Neo4j itself can do, no MERGE.
 */
export async function rawCreate(driver: Driver, g: Interchange, batchSize: number): Promise<void> {
  const session = driver.session();
  const run = async (cypher: string, rows: Record<string, unknown>[]) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      await session.executeWrite((tx) => tx.run(cypher, { rows: batch }));
    }
  };
  try {
    await run(
      "UNWIND $rows AS d CREATE (doc:Document) SET doc = d, doc.complete = true",
      g.documents.map((d) => ({ id: d.id, source: d.source, title: d.title ?? null, text: d.text ?? null })),
    );
    for (const kind of new Set(g.nodes.map((n) => n.kind))) {
      await run(
        `UNWIND $rows AS e CREATE (n:Entity:${kind}) SET n = e`,
        g.nodes
          .filter((n) => n.kind === kind)
          .map((n) => ({
            id: n.id,
            name: n.name,
            kind: n.kind,
            aliases: n.aliases,
            aliasText: n.aliases.join(" | "),
          })),
      );
    }
    for (const type of new Set(g.edges.map((e) => e.type))) {
      await run(
        `UNWIND $rows AS r MATCH (a:Entity {id: r.source}) MATCH (b:Entity {id: r.target}) CREATE (a)-[rel:${type}]->(b) SET rel = r.props`,
        g.edges
          .filter((e) => e.type === type)
          .map((e) => {
            const dates = e.evidence.flatMap((v) => (v.date ? [v.date] : [])).sort();
            return {
              source: e.source,
              target: e.target,
              props: {
                id: e.id,
                confidence: e.confidence,
                evidenceCount: e.evidence.length,
                firstDate: dates[0] ?? null,
                lastDate: dates[dates.length - 1] ?? null,
                documents: [...new Set(e.evidence.map((v) => v.document))],
              },
            };
          }),
      );
    }
    await run(
      "UNWIND $rows AS v MATCH (d:Document {id: v.document}) CREATE (ev:Evidence)-[:FROM]->(d) SET ev = v.props",
      g.edges.flatMap((e) =>
        e.evidence.map((v) => ({
          document: v.document,
          props: {
            key: `${e.id}@${v.document}:${v.start}-${v.end}`,
            relation: e.id,
            type: e.type,
            document: v.document,
            sentence: v.sentence,
            start: v.start,
            end: v.end,
            cue: v.cue ?? null,
            rule: v.rule ?? null,
            confidence: v.confidence ?? e.confidence,
            date: v.date ?? null,
          },
        })),
      ),
    );
  } finally {
    await session.close();
  }
}
