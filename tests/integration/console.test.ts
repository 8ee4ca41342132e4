/**
 * The read-only console on the real Neo4j, through the API over HTTP and through `kgx query`:
 * every escape query of tests/console/escape-queries.ts is refused, no file content comes back,
 * no outbound request is made and the database (data, schema, users) is unchanged; reads still
 * work; answers are bounded in time and size without stalling other requests.
 */
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "../api/http.ts";
import { ESCAPES, type Escape, READS } from "../console/escape-queries.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

const neo = inject("neo4j");
let store: Neo4jStore;
let api: Served;
let sink: Server;
let sinkUrl = "";
let outbound = 0;

/** What must not change: data counts, schema and users. */
async function fingerprint(): Promise<string> {
  const admin = store.driver;
  const data = await admin.executeQuery(
    "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels",
  );
  const schema = await admin.executeQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names");
  const props = await admin.executeQuery(
    "CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS k",
  );
  const labels = await admin.executeQuery("CALL db.labels() YIELD label RETURN collect(label) AS l");
  const users = await admin.executeQuery(
    "SHOW USERS YIELD user RETURN collect(user) AS users",
    {},
    {
      database: "system",
    },
  );
  return JSON.stringify([
    data.records[0]?.toObject(),
    [...(schema.records[0]!.get("names") as string[])].sort(),
    [...(props.records[0]!.get("k") as string[])].sort(),
    [...(labels.records[0]!.get("l") as string[])].sort(),
    [...(users.records[0]!.get("users") as string[])].sort(),
  ]);
}

const withSink = (e: Escape): Escape => ({
  cypher: e.cypher.replaceAll("URL", sinkUrl),
  ...(e.params
    ? {
        params: Object.fromEntries(
          Object.entries(e.params).map(([k, v]) => [k, String(v).replace("URL", sinkUrl)]),
        ),
      }
    : {}),
});

/** Text that must never come back: file contents and the server's secrets. */
function leaks(text: string): boolean {
  return /root:x?:0:0|NEO4J_PASSWORD|kgx-dev-password|PATH=\//.test(text);
}

function kgx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "node",
      ["bin/kgx.mjs", ...args],
      {
        env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password },
        timeout: 60_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

let before = "";
beforeAll(async () => {
  store = new Neo4jStore(neo);
  await store.init();
  await store.clear();
  await store.write(contractGraph());
  api = await serve(createApp({ store, settings: { queryRatePerMinute: 10_000 } }));
  sink = createServer((_req, res) => {
    outbound += 1;
    res.end("leaked,row\n");
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
  const address = sink.address();
  sinkUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  before = await fingerprint();
});

afterAll(async () => {
  await api.close();
  await new Promise((resolve) => sink.close(resolve));
  await store.close();
});

describe("console escapes", () => {
  it("has at least 60 escape queries", () => {
    expect(ESCAPES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ESCAPES.map((e) => [e.cypher, e] as const))("API refuses %s", async (_label, attempt) => {
    const { cypher, params } = withSink(attempt);
    const res = await api.post("/api/query", { cypher, ...(params ? { params } : {}) });
    const text = await res.text();
    expect(res.status, text).toBe(400);
    expect(["QUERY_NOT_READ_ONLY", "QUERY_FAILED"]).toContain(JSON.parse(text).error.code);
    expect(leaks(text), text).toBe(false);
  });

  it("kgx query refuses every escape query", async () => {
    const queue = ESCAPES.map(withSink);
    const failures: string[] = [];
    const worker = async () => {
      for (let e = queue.shift(); e; e = queue.shift()) {
        const args = [
          "query",
          e.cypher,
          ...Object.entries(e.params ?? {}).map(([k, v]) => `--param=${k}=${v}`),
        ];
        const r = await kgx(args);
        if (r.code === 0 || r.stdout.trim() !== "" || leaks(r.stderr) || !r.stderr.startsWith("kgx: "))
          failures.push(`${e.cypher} → exit ${r.code}: ${r.stdout}${r.stderr}`);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(failures).toEqual([]);
  }, 600_000);

  it("left the database unchanged and made no outbound request", async () => {
    expect(await fingerprint()).toBe(before);
    expect(outbound).toBe(0);
  });

  it.each(READS)("answers the read %s", async (cypher) => {
    const res = await api.post("/api/query", { cypher });
    expect(res.status, await res.clone().text()).toBe(200);
  });
});

describe("console bounds", () => {
  it("answers RETURN range(1,3000000) within the timeout while a search stays fast", async () => {
    const started = Date.now();
    const big = api.post("/api/query", { cypher: "RETURN range(1, 3000000) AS r" });
    await new Promise((r) => setTimeout(r, 150));
    const searchStart = Date.now();
    const search = await api.get("/api/search?q=ruiz");
    const searchMs = Date.now() - searchStart;
    const res = await big;
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("QUERY_TOO_LARGE");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(search.status).toBe(200);
    expect(searchMs).toBeLessThan(1000);
  });

  it("cuts rows at the byte cap and says so", async () => {
    const small = await serve(createApp({ store, settings: { queryMaxBytes: 2000 } }));
    const padding = "padding padding padding padding";
    let expected = 0;
    for (let i = 1, bytes = 0; ; i++) {
      bytes += Buffer.byteLength(JSON.stringify({ i, s: padding }));
      if (bytes > 2000) break;
      expected = i;
    }
    try {
      const res = await small.post("/api/query", {
        cypher: `UNWIND range(1, 500) AS i RETURN i, '${padding}' AS s`,
      });
      const body = (await res.json()) as { rows: unknown[]; truncated: boolean; cut: unknown };
      expect(res.status).toBe(200);
      expect(body.truncated).toBe(true);
      expect(body.cut).toEqual({ reason: "bytes", limit: 2000 });
      expect(body.rows.length).toBe(expected);
    } finally {
      await small.close();
    }
  });

  it("limits console requests per client and minute", async () => {
    const limited = await serve(createApp({ store, settings: { queryRatePerMinute: 2 } }));
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await limited.post("/api/query", { cypher: "RETURN 1 AS x" })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await limited.post("/api/query", { cypher: "RETURN 1 AS x" });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await limited.get("/api/search?q=ruiz")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("kgx query refuses a cap that is not a number", async () => {
    const r = await kgx(["query", "RETURN 1", "--max-rows", "abc"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-rows");
  });

  it("runs as the read-only user when NEO4J_READ_USER is set", async () => {
    const wrong = new Neo4jStore({ ...neo, readUser: "kgx_reader", readPassword: "not-the-password" });
    const right = new Neo4jStore({ ...neo, readUser: "kgx_reader", readPassword: "kgx-reader-password" });
    try {
      await expect(wrong.query("RETURN 1 AS x")).rejects.toMatchObject({ code: "NEO4J_AUTH" });
      expect((await right.query("MATCH (n:Entity) RETURN count(n) AS n")).rows).toEqual([{ n: 7 }]);
    } finally {
      await wrong.close();
      await right.close();
    }
  });
});
