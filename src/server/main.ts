/**
 * Starting and stopping the server: refuses to listen beyond loopback without an access token,
 * bounds how long a client may take to send headers and body, listens on host:port, and closes
 * the store (and so the Neo4j driver) on SIGINT/SIGTERM.
 */
import { createServer, type Server } from "node:http";
import type { Express } from "express";
import type { GraphStore } from "../../graph/store/types.ts";
import { isLoopback, type Settings } from "../config/settings.ts";
import { AppError } from "../errors.ts";
import { createApp } from "./app.ts";

/** Time limits of one connection (a slow client is cut off, not kept for minutes). */
export const SERVER_TIMEOUTS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

/** Listens with the time limits of {@link SERVER_TIMEOUTS}. */
export function listen(
  app: Express,
  host: string,
  port: number,
  timeouts: Partial<typeof SERVER_TIMEOUTS> = {},
): Promise<Server> {
  const t = { ...SERVER_TIMEOUTS, ...timeouts };
  const server = createServer(
    {
      headersTimeout: t.headersTimeoutMs,
      requestTimeout: t.requestTimeoutMs,
      keepAliveTimeout: t.keepAliveTimeoutMs,
      connectionsCheckingInterval: t.checkIntervalMs,
    },
    app,
  );
  return new Promise<Server>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** Refuses to serve other machines without KGX_AUTH_TOKEN. */
export function assertSafeToListen(settings: Pick<Settings, "host" | "authToken">): void {
  if (isLoopback(settings.host) || settings.authToken) return;
  throw new AppError(
    "CONFIG_INVALID",
    `Configuration: HOST is ${settings.host}, which other machines reach, and KGX_AUTH_TOKEN is not set; set a token of 16+ characters (e.g. \`openssl rand -hex 24\`) or listen on 127.0.0.1.`,
  );
}

/** Starts listening; resolves with the server and its URL. */
export async function startServer(
  store: GraphStore,
  settings: Settings,
  staticDir?: string,
): Promise<{ server: Server; url: string }> {
  assertSafeToListen(settings);
  const app = createApp({ store, settings, ...(staticDir ? { staticDir } : {}) });
  const server = await listen(app, settings.host, settings.port);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : settings.port;
  const shutdown = () => {
    app.health.close();
    server.close();
    void store.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { server, url: `http://${settings.host}:${port}/` };
}
