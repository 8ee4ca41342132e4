/**
 * Writing an interchange graph to Neo4j: batched `UNWIND $rows ... MERGE` in transactions of at most
 * `batchSize` rows, never one query per row. Order: documents (incomplete), entities, mentions,
 * relations, evidence, relation aggregates, then documents marked complete — so a load killed
 * half-way is simply run again (MERGE on stable keys: no duplicates, nothing lost).
 * `writeRowByRow` is the naive writer, kept only for the ingest benchmark.
 */
import type { Driver } from "neo4j-driver";
import type { Interchange } from "../../interchange.ts";
import { NodeKind, RelationType } from "../../ontology.ts";
import type { WriteOptions, WriteProgress } from "../types.ts";

type Row = Record<string, unknown>;
type Runner = (cypher: string, rows: Row[]) => Promise<void>;

const Q = {
  documents: `UNWIND $rows AS d MERGE (doc:Document {id: d.id}) ON CREATE SET doc.complete = false
    SET doc.source = d.source, doc.title = d.title, doc.published = d.published, doc.url = d.url, doc.text = d.text`,
  entities: (
    kind: NodeKind,
  ) => `UNWIND $rows AS e MERGE (n:Entity {id: e.id}) ON CREATE SET n.name = e.name, n.kind = e.kind, n.aliases = []
    SET n:${kind}
    WITH n, e, reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END) AS aliases
    SET n.aliases = aliases, n.aliasText = reduce(s = '', a IN aliases | s + ' | ' + a)`,
  mentions: `UNWIND $rows AS m MATCH (e:Entity {id: m.entity}) MATCH (d:Document {id: m.document})
    MERGE (e)-[r:MENTIONED_IN]->(d) SET r.spans = m.spans, r.count = size(m.spans) / 2`,
  relations: (
    type: RelationType,
  ) => `UNWIND $rows AS r MATCH (a:Entity {id: r.source}) MATCH (b:Entity {id: r.target})
    MERGE (a)-[rel:${type}]->(b) ON CREATE SET rel.id = r.id, rel.confidence = r.confidence, rel.evidenceCount = 0
    SET rel.confidence = CASE WHEN r.confidence > rel.confidence THEN r.confidence ELSE rel.confidence END`,
  evidence: `UNWIND $rows AS v MATCH (d:Document {id: v.document})
    MERGE (ev:Evidence {key: v.key}) SET ev += v.props MERGE (ev)-[:FROM]->(d)`,
  aggregates: (
    type: RelationType,
  ) => `UNWIND $rows AS r MATCH (:Entity {id: r.source})-[rel:${type}]->(:Entity {id: r.target})
    CALL (rel) { MATCH (ev:Evidence {relation: rel.id})
      RETURN count(ev) AS n, min(ev.date) AS first, max(ev.date) AS last, collect(DISTINCT ev.document) AS docs }
    SET rel.evidenceCount = n, rel.firstDate = first, rel.lastDate = last, rel.documents = docs`,
  complete: "UNWIND $rows AS d MATCH (doc:Document {id: d.id}) SET doc.complete = true",
};

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

/** The rows of each step, for the given graph (documents in `skip` already stored complete). */
export function writeSteps(
  g: Interchange,
  skip: Set<string>,
): { name: string; cypher: string; rows: Row[] }[] {
  const docs = g.documents.filter((d) => !skip.has(d.id));
  const keep = (doc: string) => !skip.has(doc);
  const edges = g.edges
    .map((e) => ({ ...e, evidence: e.evidence.filter((v) => keep(v.document)) }))
    .filter((e, i) => e.evidence.length > 0 || g.edges[i]!.evidence.length === 0);
  const steps: { name: string; cypher: string; rows: Row[] }[] = [
    {
      name: "documents",
      cypher: Q.documents,
      rows: docs.map((d) => ({
        id: d.id,
        source: d.source,
        title: d.title ?? null,
        published: d.published ?? null,
        url: d.url ?? null,
        text: d.text ?? null,
      })),
    },
  ];
  for (const [kind, nodes] of groupBy(g.nodes, (n) => n.kind)) {
    steps.push({
      name: "entities",
      cypher: Q.entities(NodeKind.parse(kind)),
      rows: nodes.map((n) => ({ id: n.id, name: n.name, kind: n.kind, aliases: n.aliases })),
    });
  }
  const mentions: Row[] = [];
  for (const n of g.nodes) {
    for (const [document, ms] of groupBy(
      n.mentions.filter((m) => keep(m.document)),
      (m) => m.document,
    )) {
      mentions.push({ entity: n.id, document, spans: ms.flatMap((m) => [m.start, m.end]) });
    }
  }
  steps.push({ name: "mentions", cypher: Q.mentions, rows: mentions });
  const byType = groupBy(edges, (e) => e.type);
  for (const [type, es] of byType) {
    steps.push({
      name: "relations",
      cypher: Q.relations(RelationType.parse(type)),
      rows: es.map((e) => ({ id: e.id, source: e.source, target: e.target, confidence: e.confidence })),
    });
  }
  const evidence = edges.flatMap((e) =>
    e.evidence.map((v) => ({
      document: v.document,
      key: `${e.id}@${v.document}:${v.start}-${v.end}`,
      props: {
        relation: e.id,
        type: e.type,
        document: v.document,
        sentence: v.sentence,
        start: v.start,
        end: v.end,
        cue: v.cue ?? null,
        cueStart: v.cueStart ?? null,
        cueEnd: v.cueEnd ?? null,
        rule: v.rule ?? null,
        confidence: v.confidence ?? e.confidence,
        date: v.date ?? null,
      },
    })),
  );
  steps.push({ name: "evidence", cypher: Q.evidence, rows: evidence });
  for (const [type, es] of byType) {
    steps.push({
      name: "aggregates",
      cypher: Q.aggregates(RelationType.parse(type)),
      rows: es.map((e) => ({ source: e.source, target: e.target })),
    });
  }
  steps.push({ name: "complete", cypher: Q.complete, rows: docs.map((d) => ({ id: d.id })) });
  return steps;
}

/** Runs the steps in transactions of at most `batchSize` rows. */
export async function runSteps(
  run: Runner,
  steps: ReturnType<typeof writeSteps>,
  options: WriteOptions & { batchSize: number },
): Promise<void> {
  const progress: WriteProgress = { documents: 0, entities: 0, relations: 0, evidence: 0 };
  for (const step of steps) {
    for (const rows of chunks(step.rows, options.batchSize)) {
      await run(step.cypher, rows);
      if (step.name === "entities") progress.entities += rows.length;
      if (step.name === "relations") progress.relations += rows.length;
      if (step.name === "evidence") progress.evidence += rows.length;
      if (step.name === "complete") progress.documents += rows.length;
      options.onProgress?.({ ...progress });
    }
  }
}

/** A runner that executes each batch in its own write transaction. */
export function batchRunner(driver: Driver, database?: string): Runner {
  return async (cypher, rows) => {
    const session = driver.session({ ...(database ? { database } : {}) });
    try {
      await session.executeWrite((tx) => tx.run(cypher, { rows }));
    } finally {
      await session.close();
    }
  };
}

/** The naive writer: one transaction per row (benchmark baseline only). */
export function rowByRowRunner(driver: Driver, database?: string): Runner {
  const batch = batchRunner(driver, database);
  return async (cypher, rows) => {
    for (const row of rows) await batch(cypher, [row]);
  };
}
