/**
 * Starting and stopping the server: listens on host:port, closes the store (and so the Neo4j
 * driver) on SIGINT/SIGTERM.
 */
import type { Server } from "node:http";
import type { GraphStore } from "../../graph/store/types.ts";
import type { Settings } from "../config/settings.ts";
import { createApp } from "./app.ts";

/** Starts listening; resolves with the server and its URL. */
export async function startServer(
  store: GraphStore,
  settings: Settings,
  staticDir?: string,
): Promise<{ server: Server; url: string }> {
  const app = createApp({ store, settings, ...(staticDir ? { staticDir } : {}) });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(settings.port, settings.host, () => resolve(s));
    s.on("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;
  const shutdown = () => {
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { server, url: `http://${settings.host}:${port}/` };
}
