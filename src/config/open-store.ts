/**
 * Opens the configured store: Neo4j when NEO4J_URI is set (checked for reachability and
 * credentials before use), otherwise the embedded graphology store persisted under the data dir.
 */
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import type { Settings } from "./settings.ts";

/** Opens and initialises the store chosen by `settings`. The caller closes it. */
export async function openStore(
  settings: Settings,
  options: { persist?: boolean } = {},
): Promise<GraphStore> {
  if (settings.neo4j) {
    const { Neo4jStore } = await import("../../graph/store/neo4j/store.ts");
    const store = new Neo4jStore(settings.neo4j, {
      batchSize: settings.batchSize,
      queryTimeoutMs: settings.queryTimeoutMs,
      queryMaxRows: settings.queryMaxRows,
      queryMaxBytes: settings.queryMaxBytes,
    });
    await store.init();
    return store;
  }
  const store = new EmbeddedStore(options.persist === false ? {} : { path: settings.embeddedPath });
  await store.init();
  return store;
}
