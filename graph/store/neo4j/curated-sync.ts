/**
 * Makes the Neo4j graph equal to the curated graph computed in memory (extracted fragments +
 * corrections replayed): reads what Neo4j holds, deletes the actors and relations that went or
 * lost something (their evidence too), writes what is new or grew through the ordinary batched
 * writer, and sets the `curation` mark of relations. Whatever the graph held before, it holds the
 * curated graph after: the basis of replay after loads, undo and re-extraction.
 */
import type { Driver } from "neo4j-driver";
import { interchangeOf } from "../../corrections/fragments.ts";
import type { StoreGraph } from "../../ops/store-graph.ts";
import { createStoreGraph } from "../../ops/store-graph.ts";
import { mergeInterchange } from "../embedded/merge.ts";
import { type Read, write } from "./corrections.ts";
import { exportInterchange } from "./reads.ts";
import { batchRunner, runSteps, writeSteps } from "./writer.ts";

type Span = { document: string; start: number; end: number };
const keys = (xs: Span[]) => new Set(xs.map((x) => `${x.document}:${x.start}:${x.end}`));
const covers = (big: Set<string>, small: Set<string>) => [...small].every((k) => big.has(k));

/** What Neo4j holds now, as a store graph with curation marks. */
async function current(read: Read): Promise<StoreGraph> {
  const ids = (await read("MATCH (e:Entity) RETURN e.id AS id")).map((r) => String(r.id));
  const graph = createStoreGraph();
  mergeInterchange(graph, await exportInterchange(read, ids), new Set());
  for (const r of await read(
    "MATCH (:Entity)-[r]->(:Entity) WHERE r.curation IS NOT NULL RETURN r.id AS id, r.curation AS c",
  ))
    if (graph.hasEdge(String(r.id)))
      graph.setEdgeAttribute(String(r.id), "curation", r.c as "confirmed" | "analyst");
  return graph;
}

/** Brings Neo4j to `desired`; returns how many actors and relations were deleted and written. */
export async function syncCurated(
  driver: Driver,
  db: string | undefined,
  read: Read,
  desired: StoreGraph,
  batchSize: number,
) {
  const have = await current(read);
  const dropNodes = have.filterNodes((id, n) => {
    if (!desired.hasNode(id)) return true;
    const d = desired.getNodeAttributes(id);
    return (
      d.name !== n.name ||
      d.kind !== n.kind ||
      !n.aliases.every((a) => d.aliases.includes(a) || a === d.name) ||
      !covers(keys(d.mentions), keys(n.mentions))
    );
  });
  const dropped = new Set(dropNodes);
  const dropEdges = have.filterEdges((id, e, s, t) => {
    if (dropped.has(s) || dropped.has(t) || !desired.hasEdge(id)) return true;
    const d = desired.getEdgeAttributes(id);
    return d.confidence < e.confidence || !covers(keys(d.evidence), keys(e.evidence));
  });
  const droppedEdges = new Set(dropEdges);
  const putNodes = desired.filterNodes((id, d) => {
    if (!have.hasNode(id) || dropped.has(id)) return true;
    const n = have.getNodeAttributes(id);
    return d.aliases.length !== n.aliases.length || d.mentions.length !== n.mentions.length;
  });
  const putEdges = desired.filterEdges((id, d) => {
    if (!have.hasEdge(id) || droppedEdges.has(id)) return true;
    const e = have.getEdgeAttributes(id);
    return d.evidence.length !== e.evidence.length || d.confidence !== e.confidence;
  });
  const rows = dropEdges.map((id) => ({ id, source: have.source(id), target: have.target(id) }));
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    await write(
      driver,
      db,
      "UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id DELETE r",
      { rows: batch },
    );
    await write(driver, db, "UNWIND $rows AS row MATCH (v:Evidence {relation: row.id}) DETACH DELETE v", {
      rows: batch,
    });
  }
  if (dropNodes.length)
    await write(driver, db, "UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e", {
      ids: dropNodes,
    });
  const runner = batchRunner(driver, db);
  try {
    await runSteps(runner, writeSteps(interchangeOf(desired, putNodes, putEdges), new Set()), { batchSize });
  } finally {
    await runner.close?.();
  }
  const marks = desired
    .filterEdges((id, d) =>
      have.hasEdge(id) && !droppedEdges.has(id)
        ? have.getEdgeAttribute(id, "curation") !== d.curation
        : !!d.curation,
    )
    .map((id) => ({
      id,
      source: desired.source(id),
      target: desired.target(id),
      curation: desired.getEdgeAttribute(id, "curation") ?? null,
    }));
  if (marks.length)
    await write(
      driver,
      db,
      "UNWIND $rows AS row MATCH (:Entity {id: row.source})-[r]->(:Entity {id: row.target}) WHERE r.id = row.id SET r.curation = row.curation",
      { rows: marks },
    );
  return { deleted: dropNodes.length + dropEdges.length, written: putNodes.length + putEdges.length };
}
