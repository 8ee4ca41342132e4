/**
 * Test helpers for the API: serve an app on an ephemeral loopback port and call it over real HTTP.
 */
import type { Server } from "node:http";
import type { Express } from "express";

/** A running app and a fetch bound to it. */
export interface Served {
  url: string;
  get(path: string): Promise<Response>;
  post(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:0. */
export async function serve(app: Express): Promise<Served> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    url,
    get: (path) => fetch(url + path),
    post: (path, body) =>
      fetch(url + path, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
