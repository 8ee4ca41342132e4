/**
 * What only Neo4j does, against the real server: constraints and indexes present, a load killed
 * half-way and run again (no duplicates, nothing lost), every relationship traceable to a sentence,
 * read-only Cypher (writes refused, row cap, graph results), and clear errors for a wrong password
 * or an unreachable server.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";
import { batchRunner, runSteps, writeSteps } from "../../graph/store/neo4j/writer.ts";
import { isAppError } from "../../src/errors.ts";
import { contractGraph } from "../fixtures/contract-graph.ts";

const connection = inject("neo4j");
let store: Neo4jStore;

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return isAppError(e) ? e.code : String(e);
  }
}

beforeAll(async () => {
  store = new Neo4jStore(connection, { batchSize: 2 });
  await store.init();
  await store.clear();
});
afterAll(() => store.close());

describe("Neo4j schema", () => {
  it("has the uniqueness constraints and the full-text index", async () => {
    const { rows } = await store.query(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties",
    );
    const unique = rows
      .filter((r) => r.type === "UNIQUENESS")
      .map((r) => `${(r.labelsOrTypes as string[])[0]}.${(r.properties as string[])[0]}`);
    expect(unique).toEqual(expect.arrayContaining(["Entity.id", "Document.id", "Evidence.key"]));
    const idx = await store.query("SHOW INDEXES YIELD name, type, properties RETURN name, type, properties");
    expect(idx.rows).toContainEqual({
      name: "entity_names",
      type: "FULLTEXT",
      properties: ["name", "aliasText"],
    });
  });
});

describe("idempotent, crash-safe writes", () => {
  it("a load killed half-way and run again completes with no duplicates and nothing lost", async () => {
    await store.clear();
    const graph = contractGraph();
    let batches = 0;
    const crash = runSteps(batchRunner(store.driver), writeSteps(graph, new Set()), {
      batchSize: 2,
      onProgress: () => {
        if (++batches === 6) throw new Error("killed");
      },
    });
    await expect(crash).rejects.toThrow("killed");
    expect(await store.completedDocuments(graph.documents.map((d) => d.id))).toEqual(new Set());
    const partial = await store.stats();
    expect(partial.relations).toBeLessThan(7);

    const rerun = await store.write(graph);
    expect(rerun.skippedDocuments).toBe(0);
    const s = await store.stats();
    expect(s).toMatchObject({ documents: 2, entities: 7, relations: 7, evidence: 8 });
    const dup = await store.query(
      "MATCH (n) WITH labels(n) AS l, coalesce(n.id, n.key) AS k, count(*) AS c WHERE c > 1 RETURN l, k, c",
    );
    expect(dup.rows).toEqual([]);

    await store.write(graph);
    expect(await store.stats()).toEqual(s);
  });

  it("keeps each relation's aggregates equal to its stored evidence across writes", async () => {
    await store.clear();
    const graph = contractGraph();
    await store.write(graph);
    const conducts = graph.edges.find((e) => e.type === "CONDUCTS")!;
    const text = "Later the Costa Verde Navy conducted Operation Tidewater again.";
    await store.write({
      documents: [{ id: "doc:agg", source: "fixtures/agg.txt", text }],
      nodes: [],
      edges: [
        {
          ...conducts,
          evidence: [
            { document: "doc:agg", sentence: text, start: 0, end: text.length, date: "2025-01-15" },
            { document: "doc:agg", sentence: text, start: 0, end: text.length, date: "2025-01-15" },
          ],
        },
      ],
    });
    const { rows } = await store.query(
      `MATCH (:Entity)-[r]->(:Entity)
       CALL (r) { MATCH (ev:Evidence {relation: r.id})
         RETURN count(ev) AS n, min(ev.date) AS first, max(ev.date) AS last, collect(DISTINCT ev.document) AS docs }
       RETURN r.id AS id, r.evidenceCount AS count, r.firstDate AS firstDate, r.documents AS documents,
         r.evidenceCount = n AND r.firstDate = first AND r.lastDate = last
           AND size(r.documents) = size(docs) AND all(d IN docs WHERE d IN r.documents) AS same`,
    );
    expect(rows.length).toBe(7);
    for (const r of rows) expect(r.same, String(r.id)).toBe(true);
    expect(rows.find((r) => r.id === conducts.id)).toMatchObject({
      count: 3,
      firstDate: "2025-01-15",
      documents: ["doc:contract-a", "doc:contract-b", "doc:agg"],
    });
  });

  it("every relationship is traceable to a sentence of its document", async () => {
    const { rows } = await store.query(
      `MATCH (:Entity)-[r]->(:Entity)
       OPTIONAL MATCH (ev:Evidence {relation: r.id})-[:FROM]->(d:Document)
       RETURN r.id AS id, r.evidenceCount AS count, collect({sentence: ev.sentence, text: substring(d.text, ev.start, ev.end - ev.start)}) AS ev`,
    );
    expect(rows.length).toBe(7);
    for (const r of rows) {
      const ev = r.ev as { sentence: string; text: string }[];
      expect(ev.length, String(r.id)).toBeGreaterThan(0);
      expect(r.count).toBe(ev.length);
      for (const e of ev) expect(e.text).toBe(e.sentence);
    }
  });
});

describe("read-only Cypher", () => {
  it.each([
    ["CREATE (n:Hack) RETURN n"],
    ["MATCH (n:Entity) SET n.name = 'x'"],
    ["MATCH (n) DETACH DELETE n"],
    ["MERGE (n:Entity {id: 'x'})"],
    ["CREATE INDEX hack IF NOT EXISTS FOR (n:Hack) ON (n.x)"],
    ["CALL () { CREATE (:Hack) }"],
  ])("refuses %s with QUERY_NOT_READ_ONLY", async (cypher) => {
    expect(await codeOf(store.query(cypher))).toBe("QUERY_NOT_READ_ONLY");
    expect((await store.query("MATCH (n:Hack) RETURN count(n) AS c")).rows).toEqual([{ c: 0 }]);
  });

  it("reports syntax errors with QUERY_FAILED", async () => {
    expect(await codeOf(store.query("MATCH (n RETURN n"))).toBe("QUERY_FAILED");
  });

  it("caps rows and returns graphs for nodes and relationships", async () => {
    const capped = await store.query("UNWIND range(1, 50) AS i RETURN i", { maxRows: 10 });
    expect(capped.rows.length).toBe(10);
    expect(capped.truncated).toBe(true);
    const g = await store.query("MATCH (a:Entity)-[r:THREATENS]->(b:Entity) RETURN a, r, b");
    expect(g.graph.nodes.length).toBe(2);
    expect(g.graph.edges[0]?.attributes.type).toBe("THREATENS");
    expect(g.rows[0]!.a).toMatchObject({ labels: expect.arrayContaining(["Entity", "Person"]) });
  });

  it("passes parameters", async () => {
    const r = await store.query("MATCH (e:Entity {name: $name}) RETURN e.kind AS kind", {
      params: { name: "Delta Cartel" },
    });
    expect(r.rows).toEqual([{ kind: "Cartel" }]);
  });
});

describe("connection errors", () => {
  it("a wrong password is NEO4J_AUTH", async () => {
    const bad = new Neo4jStore({ ...connection, password: `${connection.password}-wrong` });
    try {
      expect(await codeOf(bad.init())).toBe("NEO4J_AUTH");
    } finally {
      await bad.close();
    }
  });

  it("an unreachable server is NEO4J_UNAVAILABLE", async () => {
    const bad = new Neo4jStore({ ...connection, uri: "bolt://127.0.0.1:1" });
    try {
      expect(await codeOf(bad.init())).toBe("NEO4J_UNAVAILABLE");
    } finally {
      await bad.close();
    }
  });
});

describe("evidence the server rebuilds", () => {
  it("stores every key and sentence as given, whether the sentence was sent or sliced from the text", async () => {
    await store.clear();
    const conducts = contractGraph().edges.find((e) => e.type === "CONDUCTS")!;
    const plain = "Navy raids resumed. The Costa Verde Navy conducted Operation Tidewater.";
    // An astral character before the sentence: Cypher counts it as one, JavaScript as two units.
    const astral = "Alert \u{1F6A8} issued. The Costa Verde Navy conducted Operation Tidewater.";
    const span = (text: string) => {
      const start = text.indexOf("The Costa");
      return { start, end: text.length, sentence: text.slice(start) };
    };
    const evidence = [
      { document: "doc:plain", ...span(plain) },
      { document: "doc:astral", ...span(astral) },
      // A sentence that is not its text's slice (normalised spaces), and one of a text not sent.
      { document: "doc:plain", start: 0, end: 19, sentence: "Navy  raids resumed." },
      { document: "doc:textless", start: 4, end: 30, sentence: "The Costa Verde Navy conducted it." },
    ];
    await store.write({
      documents: [
        { id: "doc:plain", source: "fixtures/plain.txt", text: plain },
        { id: "doc:astral", source: "fixtures/astral.txt", text: astral },
        { id: "doc:textless", source: "fixtures/textless.txt" },
      ],
      nodes: contractGraph().nodes,
      edges: [{ ...conducts, evidence }],
    });
    const { rows } = await store.query(
      "MATCH (ev:Evidence) RETURN ev.key AS key, ev.sentence AS sentence ORDER BY key",
    );
    expect(rows).toEqual(
      evidence
        .map((v) => ({ key: `${conducts.id}@${v.document}:${v.start}-${v.end}`, sentence: v.sentence }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    );
  });
});
