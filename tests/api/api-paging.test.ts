/**
 * The paging contract of the relation routes over HTTP (embedded store; both stores answer the
 * same pages by the store contract): query parameters parsed and bounded, responses in the agreed
 * shape, 400 naming the field for out-of-range values, 404 for unknown ids.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationId } from "../../graph/ontology.ts";
import { EmbeddedStore } from "../../graph/store/embedded/store.ts";
import { EntityRelationsResponse, RelationResponse } from "../../src/schemas/api.ts";
import { createApp } from "../../src/server/app.ts";
import { contractGraph, DELTA, DOC_A, DOC_B, NAVY, PARDO, TIDE } from "../fixtures/contract-graph.ts";
import { type Served, serve } from "./http.ts";

const enc = encodeURIComponent;
let api: Served;

beforeAll(async () => {
  const store = new EmbeddedStore();
  await store.write(contractGraph());
  api = await serve(createApp({ store }));
});
afterAll(() => api.close());

describe("paged relation routes", () => {
  it("pages an entity's relations with defaults and explicit bounds", async () => {
    const all = EntityRelationsResponse.parse(
      await (await api.get(`/api/entities/${enc(DELTA.id)}/relations`)).json(),
    );
    expect(all).toMatchObject({ total: 3, offset: 0, limit: 50 });
    expect(all.relations.map((r) => r.type)).toEqual(["OPPOSES", "TARGETS", "THREATENS"]);
    const page = EntityRelationsResponse.parse(
      await (
        await api.get(`/api/entities/${enc(DELTA.id)}/relations?offset=1&limit=1&evidenceLimit=0`)
      ).json(),
    );
    expect(page).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(page.relations.map((r) => [r.type, r.evidence.length, r.evidenceCount])).toEqual([
      ["TARGETS", 0, 1],
    ]);
    expect(page.relations[0]!.sourceName).toBe("Costa Verde Navy");
    expect(relationId(PARDO.id, "OPPOSES", DELTA.id)).toBe(all.relations[0]!.id);
  });

  it("pages one relation's evidence", async () => {
    const id = relationId(NAVY.id, "CONDUCTS", TIDE.id);
    const whole = RelationResponse.parse(await (await api.get(`/api/relations/${enc(id)}`)).json());
    expect(whole.evidence.map((e) => e.document)).toEqual([DOC_A.id, DOC_B.id]);
    expect(whole.evidenceCount).toBe(2);
    const second = RelationResponse.parse(
      await (await api.get(`/api/relations/${enc(id)}?evidenceOffset=1&evidenceLimit=1`)).json(),
    );
    expect(second.evidence.map((e) => e.document)).toEqual([DOC_B.id]);
  });

  it("refuses out-of-range paging with 400 naming the field, unknown ids with 404", async () => {
    for (const [path, field] of [
      [`/api/entities/${enc(DELTA.id)}/relations?limit=0`, "limit"],
      [`/api/entities/${enc(DELTA.id)}/relations?limit=201`, "limit"],
      [`/api/entities/${enc(DELTA.id)}/relations?evidenceLimit=51`, "evidenceLimit"],
      [`/api/entities/${enc(DELTA.id)}/relations?offset=-1`, "offset"],
      [`/api/relations/x?evidenceLimit=0`, "evidenceLimit"],
      [`/api/relations/x?evidenceLimit=501`, "evidenceLimit"],
    ]) {
      const res = await api.get(path!);
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, path).toContain(field);
    }
    expect((await api.get("/api/entities/person%3Anobody/relations")).status).toBe(404);
    expect((await api.get("/api/relations/nope%7CTHREATENS%7Cnope")).status).toBe(404);
  });
});
