/**
 * Benchmarks' access to Neo4j: NEO4J_URI when set, otherwise the local server of scripts/neo4j.mjs
 * (started for the run and stopped after it when it was not already running).
 */
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
