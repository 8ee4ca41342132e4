/**
 * The server's defences over real HTTP (embedded store): Host allow-list, access token (bearer
 * and the explorer's cookie), security headers with a CSP, 405 with Allow, 4xx for the body
 * parser's client errors, empty lists refused, the export body in OpenAPI, no listening beyond
 * loopback without a token, slow clients cut off.
 */

import type { Server } from "node:http";
import { request } from "node:http";
import { connect } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { loadSettings } from "../../src/config/settings.ts";
import { createApp } from "../../src/server/app.ts";
import { assertSafeToListen, listen } from "../../src/server/main.ts";
import { contractGraph, RUIZ } from "../fixtures/contract-graph.ts";
import { type Served, serve } from "./http.ts";

const TOKEN = "a-test-token-of-enough-length";
let store: EmbeddedStore;
let open: Served;
let locked: Served;

beforeAll(async () => {
  store = new EmbeddedStore();
  await store.init();
  await store.write(contractGraph());
  open = await serve(createApp({ store }));
  locked = await serve(
    createApp({ store, settings: { authToken: TOKEN, allowedHosts: ["kgx.example.org"] } }),
  );
});
afterAll(async () => {
  await open.close();
  await locked.close();
});

/** A raw request with any method, headers and body (fetch refuses TRACE and custom Host). */
function raw(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, method, path: url.pathname + url.search, headers },
      (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const code = (body: string) => (JSON.parse(body) as { error: { code: string } }).error.code;

describe("Host allow-list", () => {
  it("answers loopback names and allowed hosts, refuses others with 403", async () => {
    expect(
      (
        await raw(locked.url, "GET", "/api/stats", {
          host: "evil.example.com",
          authorization: `Bearer ${TOKEN}`,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await raw(locked.url, "GET", "/api/stats", {
          host: "kgx.example.org:8080",
          authorization: `Bearer ${TOKEN}`,
        })
      ).status,
    ).toBe(200);
    expect((await raw(open.url, "GET", "/api/stats", { host: "localhost:8080" })).status).toBe(200);
    expect((await raw(open.url, "GET", "/api/stats", { host: "[::1]:8080" })).status).toBe(200);
    const rebound = await raw(open.url, "GET", "/api/stats", { host: "attacker.example:8080" });
    expect([rebound.status, code(rebound.body)]).toEqual([403, "FORBIDDEN"]);
  });
});

describe("access token", () => {
  it("refuses API and explorer without the token (401), accepts a bearer token", async () => {
    const denied = await locked.get("/api/stats");
    expect(denied.status).toBe(401);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe("UNAUTHORIZED");
    expect((await locked.get("/")).status).toBe(401);
    const ok = await fetch(`${locked.url}/api/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    const wrong = await fetch(`${locked.url}/api/stats`, {
      headers: { authorization: "Bearer wrong-token-wrong-token" },
    });
    expect(wrong.status).toBe(401);
  });

  it("turns /?token= into an HttpOnly cookie and drops the token from the address", async () => {
    const res = await raw(locked.url, "GET", `/?token=${TOKEN}&focus=x`);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe("/?focus=x");
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/^kgx_token=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
    const withCookie = await raw(locked.url, "GET", "/api/stats", { cookie: cookie.split(";")[0]! });
    expect(withCookie.status).toBe(200);
    expect((await raw(locked.url, "GET", "/?token=wrong")).status).toBe(401);
  });

  it("refuses to listen beyond loopback without a token", () => {
    expect(() => assertSafeToListen({ host: "0.0.0.0" })).toThrow(/KGX_AUTH_TOKEN/);
    expect(() => assertSafeToListen({ host: "0.0.0.0", authToken: TOKEN })).not.toThrow();
    expect(() => assertSafeToListen({ host: "127.0.0.1" })).not.toThrow();
    expect(() => loadSettings({ KGX_AUTH_TOKEN: "short" })).toThrow(/KGX_AUTH_TOKEN must be at least 16/);
  });
});

describe("headers", () => {
  it("sends a CSP, nosniff, frame and referrer policies", async () => {
    const res = await open.get("/api/stats");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});

describe("client errors are 4xx", () => {
  it("405 with Allow for TRACE and for a wrong method on a route", async () => {
    const trace = await raw(open.url, "TRACE", "/api/stats");
    expect([trace.status, trace.headers.allow]).toEqual([405, "GET, HEAD"]);
    const del = await raw(open.url, "DELETE", "/api/neighbourhood");
    expect([del.status, del.headers.allow, code(del.body)]).toEqual([405, "POST", "METHOD_NOT_ALLOWED"]);
    expect((await raw(open.url, "TRACE", "/")).status).toBe(405);
  });

  it("415 for an unsupported charset or content encoding, 400 for bad JSON", async () => {
    const charset = await raw(
      open.url,
      "POST",
      "/api/neighbourhood",
      { "content-type": "application/json; charset=latin-9" },
      "{}",
    );
    expect([charset.status, code(charset.body)]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    const encoding = await raw(
      open.url,
      "POST",
      "/api/neighbourhood",
      { "content-type": "application/json", "content-encoding": "br-x" },
      "{}",
    );
    expect([encoding.status, code(encoding.body)]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE"]);
    const gz = await raw(
      open.url,
      "POST",
      "/api/neighbourhood",
      { "content-type": "application/json", "content-encoding": "gzip" },
      gzipSync(JSON.stringify({ ids: [RUIZ.id] })),
    );
    expect(gz.status).toBe(200);
    const bad = await raw(
      open.url,
      "POST",
      "/api/neighbourhood",
      { "content-type": "application/json" },
      "{",
    );
    expect([bad.status, code(bad.body)]).toEqual([400, "BAD_REQUEST"]);
  });

  it("400 for an empty kinds list", async () => {
    const res = await open.get("/api/search?q=ruiz&kinds=");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("kinds");
  });

  it("documents the export body in OpenAPI", async () => {
    const spec = (await (await open.get("/api/openapi.json")).json()) as {
      paths: Record<
        string,
        { post?: { requestBody: { content: Record<string, { schema: { properties?: object } }> } } }
      >;
    };
    const schema = spec.paths["/api/export"]!.post!.requestBody.content["application/json"]!.schema;
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(["format", "selection"]);
  });
});

describe("slow clients", () => {
  let server: Server;
  beforeAll(async () => {
    server = await listen(createApp({ store }), "127.0.0.1", 0, {
      requestTimeoutMs: 1500,
      headersTimeoutMs: 1000,
      checkIntervalMs: 200,
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("cuts off a body that never finishes", async () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const socket = connect(port, "127.0.0.1");
    const started = Date.now();
    socket.write(
      "POST /api/neighbourhood HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    );
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (c) => (text += c));
      socket.on("close", () => resolve(text));
    });
    expect(answer.startsWith("HTTP/1.1 408")).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
