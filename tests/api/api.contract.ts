/**
 * The API over real HTTP, as one suite run against each store: contract-validated responses,
 * 400 for bad requests with the field named, 404 for unknown ids, exports as files, the OpenAPI
 * document. `runApiContract(name, makeStore)` registers it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relationId } from "../../graph/ontology.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import {
  EntityRelationsResponse,
  EvidenceSearchResponse,
  GraphResponse,
  PathsResponse,
  RelationDatesResponse,
  SearchResponse,
} from "../../src/schemas/api.ts";
import { createApp } from "../../src/server/app.ts";
import {
  COSTA,
  contractGraph,
  DELTA,
  DOC_A,
  DOC_B,
  NAVY,
  PARDO,
  RUIZ,
  TIDE,
} from "../fixtures/contract-graph.ts";
import { type Served, serve } from "./http.ts";

const enc = encodeURIComponent;

/** Registers the API suite for one store. */
export function runApiContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`API over HTTP: ${name}`, () => {
    let store: GraphStore;
    let api: Served;
    beforeAll(async () => {
      store = await makeStore();
      await store.clear();
      await store.write(contractGraph());
      api = await serve(createApp({ store }));
    });
    afterAll(async () => {
      await api?.close();
    });

    it("answers health and stats", async () => {
      expect(await (await api.get("/api/health")).json()).toEqual({ ok: true, store: store.kind });
      expect(await (await api.get("/api/stats")).json()).toMatchObject({ entities: 7, relations: 7 });
    });

    it("gives the overview's most connected actors, as the store ranks them", async () => {
      const res = await api.get("/api/overview?limit=2");
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ top: await store.topEntities(2) });
      expect((await api.get("/api/overview?limit=0")).status).toBe(400);
    });

    it("searches with kinds and limit", async () => {
      const res = await api.get("/api/search?q=ruiz&kinds=Person&limit=5");
      expect(res.status).toBe(200);
      const body = SearchResponse.parse(await res.json());
      expect(body.hits[0]?.id).toBe(RUIZ.id);
    });

    it("searches evidence sentences, one hit per relation, and gives relations' evidence pieces", async () => {
      const res = await api.get(`/api/evidence/search?q=${enc("truce offer")}&limit=5`);
      expect(res.status).toBe(200);
      const body = EvidenceSearchResponse.parse(await res.json());
      expect(body.hits.map((h) => h.relation).sort()).toEqual(
        [relationId(PARDO.id, "MEMBER_OF", COSTA.id), relationId(PARDO.id, "OPPOSES", DELTA.id)].sort(),
      );
      const id = relationId(NAVY.id, "CONDUCTS", TIDE.id);
      const dates = RelationDatesResponse.parse(
        await (await api.post("/api/relations/dates", { ids: [id] })).json(),
      );
      expect(dates).toEqual({
        dates: { [id]: ["2025-03-01", "2025-04-02"] },
        evidence: {
          [id]: [
            { date: "2025-03-01", document: DOC_A.id },
            { date: "2025-04-02", document: DOC_B.id },
          ],
        },
      });
    });

    it.each([
      ["/api/evidence/search", "q"],
      ["/api/evidence/search?q=x&limit=101", "limit"],
      ["/api/search", "q"],
      ["/api/search?q=x&limit=0", "limit"],
      ["/api/search?q=x&kinds=Planet", "kinds"],
    ])("GET %s is a 400 naming %s", async (path, field) => {
      const res = await api.get(path);
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message).toContain(field);
    });

    it.each([
      ["/api/neighbourhood", { ids: [] }, "ids"],
      ["/api/neighbourhood", { ids: ["x"], depth: 4 }, "depth"],
      ["/api/neighbourhood", { ids: ["x"], types: ["LIKES"] }, "types"],
      ["/api/paths", { from: "a" }, "to"],
      ["/api/query", { cypher: "" }, "cypher"],
      ["/api/export", { format: "docx", selection: { ids: ["x"] } }, "format"],
    ])("POST %s %j is a 400 naming %s", async (path, body, field) => {
      const res = await api.post(path, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toContain(field);
    });

    it("rejects a body that is not JSON with 400", async () => {
      const res = await api.post("/api/neighbourhood", "{not json");
      expect(res.status).toBe(400);
    });

    it("gives 404 for unknown ids and routes", async () => {
      for (const path of [
        "/api/entities/person%3Anobody",
        "/api/relations/x",
        "/api/documents/doc%3Anone",
        "/api/nothing-here",
      ]) {
        const res = await api.get(path);
        expect(res.status, path).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
      }
      expect((await api.post("/api/neighbourhood", { ids: ["person:nobody"] })).status).toBe(404);
    });

    it("serves entity detail, relations with evidence, documents", async () => {
      const entity = (await (await api.get(`/api/entities/${enc(NAVY.id)}`)).json()) as { degree: number };
      expect(entity.degree).toBe(2);
      const rel = EntityRelationsResponse.parse(
        await (await api.get(`/api/entities/${enc(DELTA.id)}/relations`)).json(),
      );
      expect(rel.relations.map((r) => r.type).sort()).toEqual(["OPPOSES", "TARGETS", "THREATENS"]);
      const threat = rel.relations.find((r) => r.type === "THREATENS")!;
      expect(threat).toMatchObject({ sourceName: "Ana Ruiz", targetName: "Delta Cartel" });
      expect(threat.evidence[0]).toMatchObject({ cue: "warned", documentTitle: DOC_A.title });
      const doc = (await (await api.get(`/api/documents/${enc(DOC_A.id)}`)).json()) as {
        text: string;
        evidence: unknown[];
      };
      expect(doc.text).toBe(DOC_A.text);
      expect(doc.evidence.length).toBeGreaterThan(0);
      const docs = (await (await api.get("/api/documents")).json()) as { documents: unknown[] };
      expect(docs.documents.length).toBe(2);
    });

    it("expands neighbourhoods, finds paths, builds subgraphs", async () => {
      const n = GraphResponse.parse(
        await (await api.post("/api/neighbourhood", { ids: [DELTA.id], depth: 1, limit: 2 })).json(),
      );
      expect(n.graph.nodes.length).toBe(3);
      expect(n.more[DELTA.id]).toBe(1);
      const p = PathsResponse.parse(
        await (await api.post("/api/paths", { from: PARDO.id, to: NAVY.id, k: 2 })).json(),
      );
      expect(p.paths[0]).toEqual([PARDO.id, DELTA.id, NAVY.id]);
      const s = GraphResponse.parse(
        await (await api.post("/api/subgraph", { ids: [RUIZ.id, DELTA.id] })).json(),
      );
      expect(s.graph.edges.length).toBe(1);
    });

    it("exports a selection as a file", async () => {
      const res = await api.post("/api/export", {
        format: "gexf",
        selection: { entity: "Delta Cartel", depth: 1 },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.gexf"/);
      expect(await res.text()).toContain("Ana Ruiz");
      const json = await api.post("/api/export", { format: "json", selection: { ids: [RUIZ.id, DELTA.id] } });
      expect(((await json.json()) as { edges: unknown[] }).edges.length).toBe(1);
      expect(
        (await api.post("/api/export", { format: "json", selection: { entity: "Nobody At All" } })).status,
      ).toBe(404);
    });

    it("publishes an OpenAPI document covering every route", async () => {
      const spec = (await (await api.get("/api/openapi.json")).json()) as {
        openapi: string;
        paths: Record<string, unknown>;
      };
      expect(spec.openapi).toBe("3.1.0");
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          "/api/search",
          "/api/evidence/search",
          "/api/entities/{id}",
          "/api/neighbourhood",
          "/api/paths",
          "/api/query",
          "/api/export",
        ]),
      );
    });
  });
}
