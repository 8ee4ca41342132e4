/**
 * Writing an interchange graph to Neo4j: batched `UNWIND $rows ... MERGE` in transactions of at most
 * `batchSize` rows, never one query per row, all batches of one write on one session. Order:
 * documents (incomplete), entities, mentions, relations with their evidence, then documents marked
 * complete — so a load killed half-way is simply run again (MERGE on stable keys: no duplicates,
 * nothing lost). A relation's aggregates (evidenceCount, firstDate, lastDate, documents) are updated
 * from the evidence rows its own transaction creates, never by re-counting stored evidence.
 * `rowByRowRunner` is the naive writer, kept only for the ingest benchmark.
 */
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import type { Interchange } from "../../interchange.ts";
import { NodeKind, RelationType } from "../../ontology.ts";
import type { WriteOptions, WriteProgress } from "../types.ts";

type Row = Record<string, unknown>;

/** What one batch does inside its write transaction. */
export type Work = (tx: ManagedTransaction, rows: Row[]) => Promise<void>;

/** Runs one batch of rows in one write transaction; `close` releases its session. */
export interface Runner {
  (work: Work, rows: Row[]): Promise<void>;
  close?: () => Promise<void>;
}

/** One step of a write: its rows and what a batch of them does. */
export interface Step {
  name: "documents" | "entities" | "mentions" | "relations" | "complete";
  rows: Row[];
  work: Work;
}

/** Cypher: keep the earlier / later of the stored date `m` and the new date `x` (nulls ignored). */
const EARLIER = (m: string, x: string) =>
  `CASE WHEN ${x} IS NULL OR (${m} IS NOT NULL AND ${m} <= ${x}) THEN ${m} ELSE ${x} END`;
const LATER = (m: string, x: string) =>
  `CASE WHEN ${x} IS NULL OR (${m} IS NOT NULL AND ${m} >= ${x}) THEN ${m} ELSE ${x} END`;
/** Cypher: the stored aliases `n.aliases` plus the new ones `e.aliases`, without repeats or the name. */
const ALIASES =
  "reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)";

/** The queries; each was checked with EXPLAIN to plan without an Eager operator. */
const Q = {
  documents: `UNWIND $rows AS d MERGE (doc:Document {id: d.id}) ON CREATE SET doc.complete = false
    SET doc.source = d.source, doc.title = d.title, doc.published = d.published, doc.url = d.url, doc.text = d.text`,
  entities: (kind: NodeKind) => `UNWIND $rows AS e MERGE (n:Entity {id: e.id})
    ON CREATE SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases, n.aliasText = e.aliasText
    ON MATCH SET n.aliases = ${ALIASES}, n.aliasText = reduce(s = '', a IN ${ALIASES} | s + ' | ' + a)
    SET n:${kind}`,
  mentions: `UNWIND $rows AS m MATCH (e:Entity {id: m.entity}) MATCH (d:Document {id: m.document})
    MERGE (e)-[r:MENTIONED_IN]->(d) SET r.spans = m.spans, r.count = size(m.spans) / 2`,
  storedEvidence: "UNWIND $keys AS k MATCH (ev:Evidence {key: k}) RETURN k",
  evidence: `UNWIND $rows AS v MATCH (d:Document {id: v.document})
    CREATE (ev:Evidence {key: v.key, relation: v.relation, type: v.type, document: v.document, sentence: v.sentence,
      start: v.start, end: v.end, cue: v.cue, cueStart: v.cueStart, cueEnd: v.cueEnd, rule: v.rule,
      confidence: v.confidence, date: v.date})-[:FROM]->(d)`,
  relations: (
    type: RelationType,
  ) => `UNWIND $rows AS r MATCH (a:Entity {id: r.source}) MATCH (b:Entity {id: r.target})
    MERGE (a)-[rel:${type}]->(b)
      ON CREATE SET rel.id = r.id, rel.confidence = r.confidence, rel.evidenceCount = r.added,
        rel.firstDate = r.first, rel.lastDate = r.last, rel.documents = r.documents
      ON MATCH SET rel.confidence = CASE WHEN r.confidence > rel.confidence THEN r.confidence ELSE rel.confidence END,
        rel.evidenceCount = coalesce(rel.evidenceCount, 0) + r.added,
        rel.firstDate = ${EARLIER("rel.firstDate", "r.first")},
        rel.lastDate = ${LATER("rel.lastDate", "r.last")},
        rel.documents = reduce(acc = coalesce(rel.documents, []), x IN r.documents | CASE WHEN x IN acc THEN acc ELSE acc + x END)`,
  complete: "UNWIND $rows AS d MATCH (doc:Document {id: d.id}) SET doc.complete = true",
};

/** A batch that runs one query over its rows. */
const query =
  (cypher: string): Work =>
  async (tx, rows) => {
    await tx.run(cypher, { rows });
  };

/**
 * A batch of relations with their evidence, in one transaction: find which evidence keys are
 * stored already, create the others, then MERGE the relations adding exactly those new pieces to
 * their aggregates. A rerun after a crash finds everything stored and adds nothing.
 */
const relations =
  (type: RelationType): Work =>
  async (tx, rows) => {
    const keys = rows.flatMap((r) => (r.evidence as Row[]).map((v) => v.key as string));
    const stored = new Set(
      (await tx.run(Q.storedEvidence, { keys })).records.map((rec) => rec.get("k") as string),
    );
    const fresh: Row[] = [];
    const relationRows = rows.map(({ evidence, ...r }) => {
      const added = (evidence as Row[]).filter((v) => !stored.has(v.key as string));
      fresh.push(...added);
      const dates = added.flatMap((v) => (v.date ? [v.date as string] : [])).sort();
      return {
        ...r,
        added: added.length,
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        documents: [...new Set(added.map((v) => v.document as string))],
      };
    });
    if (fresh.length) await tx.run(Q.evidence, { rows: fresh });
    await tx.run(Q.relations(type), { rows: relationRows });
  };

function chunks<T>(xs: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
}

function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

type Edge = Interchange["edges"][number];

/** Edges with only the evidence of documents not in `skip`, one row per relation id, keys unique. */
function relationRows(g: Interchange, skip: Set<string>): Map<RelationType, Row[]> {
  const byId = new Map<string, { edge: Edge; evidence: Map<string, Row> }>();
  for (const e of g.edges) {
    const kept = e.evidence.filter((v) => !skip.has(v.document));
    if (kept.length === 0 && e.evidence.length > 0) continue;
    const entry = byId.get(e.id) ?? { edge: e, evidence: new Map<string, Row>() };
    if (e.confidence > entry.edge.confidence) entry.edge = { ...entry.edge, confidence: e.confidence };
    for (const v of kept) {
      const key = `${e.id}@${v.document}:${v.start}-${v.end}`;
      entry.evidence.set(key, {
        key,
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
      });
    }
    byId.set(e.id, entry);
  }
  const out = new Map<RelationType, Row[]>();
  for (const [type, es] of groupBy([...byId.values()], (x) => x.edge.type)) {
    out.set(
      type,
      es.map(({ edge: e, evidence }) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        confidence: e.confidence,
        evidence: [...evidence.values()],
      })),
    );
  }
  return out;
}

/** Aliases of a new entity as the MERGE's ON MATCH would build them: no repeats, not the name. */
function ownAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases)].filter((a) => a !== name);
}

/** The rows of each step, for the given graph (documents in `skip` already stored complete). */
export function writeSteps(g: Interchange, skip: Set<string>): Step[] {
  const docs = g.documents.filter((d) => !skip.has(d.id));
  const steps: Step[] = [
    {
      name: "documents",
      work: query(Q.documents),
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
      work: query(Q.entities(NodeKind.parse(kind))),
      rows: nodes.map((n) => {
        const aliases = ownAliases(n.name, n.aliases);
        return {
          id: n.id,
          name: n.name,
          kind: n.kind,
          aliases,
          aliasText: aliases.map((a) => ` | ${a}`).join(""),
        };
      }),
    });
  }
  const mentions: Row[] = [];
  for (const n of g.nodes) {
    for (const [document, ms] of groupBy(
      n.mentions.filter((m) => !skip.has(m.document)),
      (m) => m.document,
    )) {
      mentions.push({ entity: n.id, document, spans: ms.flatMap((m) => [m.start, m.end]) });
    }
  }
  steps.push({ name: "mentions", work: query(Q.mentions), rows: mentions });
  for (const [type, rows] of relationRows(g, skip)) {
    steps.push({ name: "relations", work: relations(RelationType.parse(type)), rows });
  }
  steps.push({ name: "complete", work: query(Q.complete), rows: docs.map((d) => ({ id: d.id })) });
  return steps;
}

/** Runs the steps in transactions of at most `batchSize` rows. */
export async function runSteps(
  run: Runner,
  steps: Step[],
  options: WriteOptions & { batchSize: number },
): Promise<void> {
  const progress: WriteProgress = { documents: 0, entities: 0, relations: 0, evidence: 0 };
  for (const step of steps) {
    for (const rows of chunks(step.rows, options.batchSize)) {
      await run(step.work, rows);
      if (step.name === "entities") progress.entities += rows.length;
      if (step.name === "relations") {
        progress.relations += rows.length;
        for (const r of rows) progress.evidence += (r.evidence as Row[]).length;
      }
      if (step.name === "complete") progress.documents += rows.length;
      options.onProgress?.({ ...progress });
    }
  }
}

/** A runner that executes each batch in its own write transaction, all on one session. */
export function batchRunner(driver: Driver, database?: string): Runner {
  let session: Session | undefined;
  const run: Runner = async (work, rows) => {
    session ??= driver.session({ ...(database ? { database } : {}) });
    await session.executeWrite((tx) => work(tx, rows));
  };
  run.close = async () => {
    await session?.close();
    session = undefined;
  };
  return run;
}

/** The naive writer: one transaction per row (benchmark baseline only). */
export function rowByRowRunner(driver: Driver, database?: string): Runner {
  const batch = batchRunner(driver, database);
  const run: Runner = async (work, rows) => {
    for (const row of rows) await batch(work, [row]);
  };
  run.close = batch.close;
  return run;
}
