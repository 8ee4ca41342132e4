/**
 * The corrections API over real HTTP (embedded store): create, list, undo; bad input names the
 * field (400); unknown ids are 404; the same correction twice is one; writes need the token when
 * one is set; the routes are in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { createApp } from "../../src/server/app.ts";
import { type Served, serve } from "../api/http.ts";
import { extracted, TEXT } from "./fixture.ts";

const TOKEN = "a-test-token-of-enough-length";
const RAC = "institution:russian-africa-corps";
const AC = "institution:africa-corps";
let store: EmbeddedStore;
let open: Served;
let locked: Served;

beforeAll(async () => {
  store = new EmbeddedStore();
  await store.init();
  await store.write(extracted());
  open = await serve(createApp({ store }));
  locked = await serve(createApp({ store, settings: { authToken: TOKEN } }));
});
afterAll(async () => {
  await open.close();
  await locked.close();
});

const del = (s: Served, path: string, headers: Record<string, string> = {}) =>
  fetch(s.url + path, { method: "DELETE", headers });

describe("corrections API", () => {
  it("merges once however often it is asked, lists it, and undoes it", async () => {
    const body = { op: "merge", from: AC, into: RAC, author: "ana", note: "same unit" };
    const first = await open.post("/api/corrections", body);
    expect(first.status).toBe(200);
    const made = await first.json();
    expect(made).toMatchObject({
      created: true,
      correction: { op: "merge", from: AC, into: RAC, author: "ana", note: "same unit" },
    });
    const again = await (await open.post("/api/corrections", { ...body, author: "bob" })).json();
    expect(again).toEqual({ created: false, correction: made.correction });
    const redirected = await open.get(`/api/entities/${encodeURIComponent(AC)}`);
    expect(redirected.status).toBe(200);
    expect(((await redirected.json()) as { id: string }).id).toBe(RAC);
    const relations = await (await open.get(`/api/entities/${encodeURIComponent(AC)}/relations`)).json();
    expect(relations).toEqual(
      await (await open.get(`/api/entities/${encodeURIComponent(RAC)}/relations`)).json(),
    );
    expect((relations as { total: number }).total).toBeGreaterThan(0);
    expect(await (await open.get("/api/corrections")).json()).toEqual({ corrections: [made.correction] });
    const undo = await del(open, `/api/corrections/${encodeURIComponent(made.correction.id)}`);
    expect(await undo.json()).toEqual({ removed: made.correction });
    expect(
      ((await (await open.get(`/api/entities/${encodeURIComponent(AC)}`)).json()) as { id: string }).id,
    ).toBe(AC);
    expect((await del(open, `/api/corrections/${encodeURIComponent(made.correction.id)}`)).status).toBe(404);
  });

  it("adds a relation from a sentence (offsets kept, text read from the document) and lists rejects on request", async () => {
    const end = TEXT.indexOf(".") + 1;
    const add = await open.post("/api/corrections", {
      op: "addRelation",
      source: RAC,
      target: "government:mali",
      type: "TARGETS",
      author: "ana",
      evidence: { document: "doc:1", start: 0, end },
    });
    expect((await add.json()).correction.evidence).toEqual({
      document: "doc:1",
      start: 0,
      end,
      sentence: TEXT.slice(0, end),
    });
    const rel = await (
      await open.get(`/api/relations/${encodeURIComponent(`${RAC}|TARGETS|government:mali`)}`)
    ).json();
    expect(rel.evidence[0]).toMatchObject({ start: 0, end, rule: "analyst" });
    const relation = "government:mali|OPPOSES|institution:rebels";
    expect(
      (await open.post("/api/corrections", { op: "reject", relation, reason: "no", author: "ana" })).status,
    ).toBe(200);
    const list = await (await open.get("/api/corrections?includeRejected=true")).json();
    expect(list.rejected.map((r: { id: string }) => r.id)).toEqual([relation]);
  });

  it("names the field of bad input (400) and answers 404 for unknown ids", async () => {
    const bad = await open.post("/api/corrections", { op: "rename", actor: RAC, author: "ana" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details[0].field).toBe("name");
    const op = await open.post("/api/corrections", { op: "explode", author: "ana" });
    expect((await op.json()).error.details[0].field).toBe("op");
    const past = await open.post("/api/corrections", {
      op: "addRelation",
      source: RAC,
      target: "government:mali",
      type: "LEADS",
      author: "ana",
      evidence: { document: "doc:1", start: 0, end: 100000 },
    });
    expect(past.status).toBe(400);
    expect((await past.json()).error.details[0].field).toBe("evidence.end");
    const unknown = await open.post("/api/corrections", {
      op: "kind",
      actor: "person:nobody",
      kind: "Person",
      author: "ana",
    });
    expect(unknown.status).toBe(404);
    const rel = await open.post("/api/corrections", {
      op: "confirm",
      relation: "a:b|LEADS|c:d",
      author: "ana",
    });
    expect(rel.status).toBe(404);
  });

  it("refuses corrections without the token when one is set", async () => {
    const body = { op: "rename", actor: RAC, name: "X", author: "eve" };
    expect((await locked.post("/api/corrections", body)).status).toBe(401);
    expect((await del(locked, "/api/corrections/corr:rename:0")).status).toBe(401);
    const ok = await fetch(`${locked.url}/api/corrections`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ ...body, name: "Africa Corps (Russia)" }),
    });
    expect(ok.status).toBe(200);
  });

  it("describes the routes in the OpenAPI document", async () => {
    const spec = await (await open.get("/api/openapi.json")).json();
    expect(Object.keys(spec.paths["/api/corrections"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(spec.paths["/api/corrections/{id}"])).toEqual(["delete"]);
  });
});
