/**
 * Writing an interchange graph to Neo4j: batched `UNWIND $rows ... MERGE` in transactions of at most
 * `batchSize` rows (consecutive steps share one), never one query per row, all transactions of one
 * write on one session. Order:
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
import { keepPlan } from "./schema.ts";
import { relationRows, relations } from "./write-relations.ts";

/** One row of parameters. */
export type Row = Record<string, unknown>;

/** What a write created, from its queries' own summaries (no count query before or after). */
export interface Created {
  entities: number;
  relations: number;
  evidence: number;
}

/** Nothing created. */
export const noneCreated = (): Created => ({ entities: 0, relations: 0, evidence: 0 });

/** Adds `b` into `a`. */
export function addCreated(a: Created, b: Partial<Created>): Created {
  a.entities += b.entities ?? 0;
  a.relations += b.relations ?? 0;
  a.evidence += b.evidence ?? 0;
  return a;
}

/** What one batch does inside its write transaction; returns what it created. */
export type Work = (tx: ManagedTransaction, rows: Row[]) => Promise<Partial<Created> | undefined>;

/** Rows of one step and what the step does with them, as part of a transaction. */
export interface Piece {
  work: Work;
  rows: Row[];
}

/**
 * Runs pieces together in one write transaction, in order, and returns what the committed
 * transaction created (a retried attempt's counts are dropped); `close` releases its session.
 */
export interface Runner {
  (pieces: Piece[]): Promise<Created>;
  close?: () => Promise<void>;
}

/** One step of a write: its rows and what a batch of them does. */
export interface Step {
  name: "documents" | "entities" | "mentions" | "relations" | "complete";
  rows: Row[];
  work: Work;
}

/** Cypher: the stored aliases `n.aliases` plus the new ones `e.aliases`, without repeats or the name. */
const ALIASES =
  "reduce(acc = coalesce(n.aliases, []), a IN e.aliases | CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END)";

/** The queries; each was checked with EXPLAIN to plan without an Eager operator. */
const Q = {
  documents: keepPlan(`UNWIND $rows AS d MERGE (doc:Document {id: d.id}) ON CREATE SET doc.complete = false
    SET doc.source = d.source, doc.title = d.title, doc.published = d.published, doc.url = d.url, doc.text = d.text`),
  entities: (kind: NodeKind) =>
    keepPlan(`UNWIND $rows AS e MERGE (n:Entity {id: e.id})
    ON CREATE SET n.name = e.name, n.kind = e.kind, n.aliases = e.aliases, n.aliasText = e.aliasText
    ON MATCH SET n.aliases = ${ALIASES}, n.aliasText = reduce(s = '', a IN ${ALIASES} | s + ' | ' + a)
    SET n:${kind}`),
  mentions: keepPlan(`UNWIND $rows AS m MATCH (e:Entity {id: m.entity}) MATCH (d:Document {id: m.document})
    MERGE (e)-[r:MENTIONED_IN]->(d) SET r.spans = m.spans, r.count = size(m.spans) / 2`),
  /** Mentions of documents this write creates: none can exist yet, so no MERGE lookup on hubs. */
  freshMentions:
    keepPlan(`UNWIND $rows AS m MATCH (e:Entity {id: m.entity}) MATCH (d:Document {id: m.document})
    CREATE (e)-[:MENTIONED_IN {spans: m.spans, count: size(m.spans) / 2}]->(d)`),
  complete: keepPlan("UNWIND $rows AS d MATCH (doc:Document {id: d.id}) SET doc.complete = true"),
};

/** A batch that runs one query over its rows; `entities` counts the nodes it created as entities. */
const query =
  (cypher: string, counts?: "entities"): Work =>
  async (tx, rows) => {
    const { summary } = await tx.run(cypher, { rows });
    return counts ? { entities: summary.counters.updates().nodesCreated } : undefined;
  };

/** Groups without copying: one array per key, pushed to. */
export function groupBy<T, K extends string>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** A UTF-16 surrogate: the text has a character outside the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Aliases of a new entity as the MERGE's ON MATCH would build them: no repeats, not the name. */
function ownAliases(name: string, aliases: string[]): string[] {
  return [...new Set(aliases)].filter((a) => a !== name);
}

/**
 * The rows of each step, for the given graph (documents in `skip` already stored complete, those in
 * `fresh` not stored at all: their evidence and mentions are created without looking them up first).
 */
export function writeSteps(g: Interchange, skip: Set<string>, fresh: Set<string> = new Set()): Step[] {
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
      work: query(Q.entities(NodeKind.parse(kind)), "entities"),
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
  // One row per entity and fresh document (the last wins, as SET after MERGE did): CREATE cannot repeat.
  const freshMentions = new Map<string, Row>();
  for (const n of g.nodes) {
    for (const [document, ms] of groupBy(
      n.mentions.filter((m) => !skip.has(m.document)),
      (m) => m.document,
    )) {
      const row = { entity: n.id, document, spans: ms.flatMap((m) => [m.start, m.end]) };
      if (fresh.has(document)) freshMentions.set(`${n.id}\u0000${document}`, row);
      else mentions.push(row);
    }
  }
  steps.push({ name: "mentions", work: query(Q.mentions), rows: mentions });
  steps.push({ name: "mentions", work: query(Q.freshMentions), rows: [...freshMentions.values()] });
  // Texts the server can slice sentences from: Cypher counts code points, JavaScript UTF-16 units,
  // so only texts without surrogate pairs (astral characters) have the same offsets in both.
  const texts = new Map<string, string>();
  for (const d of docs) if (d.text && !SURROGATE.test(d.text)) texts.set(d.id, d.text);
  for (const [type, rows] of relationRows(g, skip, texts)) {
    steps.push({ name: "relations", work: relations(RelationType.parse(type), fresh), rows });
  }
  steps.push({ name: "complete", work: query(Q.complete), rows: docs.map((d) => ({ id: d.id })) });
  return steps;
}

/**
 * Runs the steps in order in transactions of at most `batchSize` rows: consecutive steps share a
 * transaction while it has room, so a small write commits once instead of once per step (each
 * commit is a flush of the transaction log). Progress is reported after every transaction.
 */
export async function runSteps(
  run: Runner,
  steps: Step[],
  options: WriteOptions & { batchSize: number },
): Promise<Created> {
  const progress: WriteProgress = { documents: 0, entities: 0, relations: 0, evidence: 0 };
  const created = noneCreated();
  let pieces: (Piece & { step: Step["name"] })[] = [];
  let room = options.batchSize;
  const commit = async () => {
    if (!pieces.length) return;
    addCreated(created, await run(pieces));
    for (const { step, rows } of pieces) {
      if (step === "entities") progress.entities += rows.length;
      if (step === "relations") {
        progress.relations += rows.length;
        for (const r of rows) progress.evidence += (r.evidence as Row[]).length;
      }
      if (step === "complete") progress.documents += rows.length;
    }
    pieces = [];
    room = options.batchSize;
    options.onProgress?.({ ...progress });
  };
  for (const step of steps) {
    for (let i = 0; i < step.rows.length; ) {
      const rows = step.rows.slice(i, i + room);
      pieces.push({ step: step.name, work: step.work, rows });
      i += rows.length;
      room -= rows.length;
      if (room === 0) await commit();
    }
  }
  await commit();
  return created;
}

/** A runner that executes each transaction's pieces in one write transaction, all on one session. */
export function batchRunner(driver: Driver, database?: string): Runner {
  let session: Session | undefined;
  const run: Runner = async (pieces) => {
    session ??= driver.session({ ...(database ? { database } : {}) });
    return session.executeWrite(async (tx) => {
      const created = noneCreated();
      for (const { work, rows } of pieces) addCreated(created, (await work(tx, rows)) ?? {});
      return created;
    });
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
  const run: Runner = async (pieces) => {
    const created = noneCreated();
    for (const { work, rows } of pieces)
      for (const row of rows) addCreated(created, await batch([{ work, rows: [row] }]));
    return created;
  };
  run.close = batch.close;
  return run;
}
