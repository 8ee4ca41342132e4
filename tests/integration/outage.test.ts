/**
 * Neo4j going down and coming back while the server runs: the store reaches the real Neo4j through
 * a loopback TCP relay that the test cuts and restores. While cut, /api/health says false and
 * requests get 503 within 1 s; once restored, the same server answers again without a restart.
 */
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "../api/http.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

const neo = inject("neo4j");

/** A TCP relay to Neo4j's Bolt port that can be cut (all connections closed, new ones refused). */
class Relay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", () => resolve()));
    const address = this.server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const bolt = new URL(neo.uri.replace(/^bolt/, "http"));
const relay = new Relay({ host: bolt.hostname, port: Number(bolt.port || 7687) });
let store: Neo4jStore;
let api: Served;

beforeAll(async () => {
  const admin = new Neo4jStore(neo);
  await admin.init();
  await admin.clear();
  await admin.write(contractGraph());
  await admin.close();
  await relay.up();
  store = new Neo4jStore({ ...neo, uri: `bolt://127.0.0.1:${relay.port}` });
  await store.init();
  api = await serve(createApp({ store }));
});

afterAll(async () => {
  await api.close();
  await store.close();
  await relay.down();
});

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("Neo4j outage", () => {
  it("is healthy while Neo4j answers", async () => {
    const res = await api.get("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, store: "neo4j" });
  });

  it("says so within a second while Neo4j is down, and fails fast", async () => {
    await relay.down();
    const health = await api.get("/api/health");
    const body = (await health.json()) as { ok: boolean; message: string };
    expect(health.status).toBe(503);
    expect(body.ok).toBe(false);
    expect(body.message).toContain("Cannot reach Neo4j");
    for (const path of ["/api/search?q=ruiz", "/api/stats"]) {
      const started = Date.now();
      const res = await api.get(path);
      expect(res.status).toBe(503);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NEO4J_UNAVAILABLE");
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });

  it("recovers without a restart once Neo4j is back", async () => {
    await relay.up();
    expect(await until(async () => (await api.get("/api/search?q=ruiz")).status === 200, 10_000)).toBe(true);
    expect((await api.get("/api/health")).status).toBe(200);
  });
});
