/**
 * Persistence of the embedded store: the interchange JSON (documents with their text) in one file,
 * written atomically (temporary file, then rename) so a killed process never leaves half a file.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { AppError } from "../../../src/errors.ts";
import { type Document, type Interchange, InterchangeSchema } from "../../interchange.ts";
import { createStoreGraph, type StoreGraph } from "../../ops/store-graph.ts";
import { mergeInterchange } from "./merge.ts";

/** A stored document: text plus whether all of its content has been written. */
export type StoredDocument = Document & { text: string; complete: boolean };

/** Reads the store file, or an empty store when it does not exist yet. */
export async function loadStoreFile(
  path: string,
): Promise<{ graph: StoreGraph; documents: Map<string, StoredDocument> }> {
  const graph = createStoreGraph();
  const documents = new Map<string, StoredDocument>();
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { graph, documents };
    throw new AppError(
      "INPUT_UNREADABLE",
      `Cannot read the embedded store at ${path}: ${(e as Error).message}`,
      { cause: e },
    );
  }
  const parsed = InterchangeSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) {
    throw new AppError(
      "INPUT_MALFORMED",
      `The embedded store at ${path} is not valid interchange JSON (${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}). Move it away to start afresh.`,
    );
  }
  for (const d of parsed.data.documents) documents.set(d.id, { ...d, text: d.text ?? "", complete: true });
  mergeInterchange(graph, parsed.data, new Set());
  return { graph, documents };
}

/** The whole store as interchange JSON (documents with text). */
export function toInterchange(graph: StoreGraph, documents: Map<string, StoredDocument>): Interchange {
  return {
    documents: [...documents.values()].filter((d) => d.complete).map(({ complete: _c, ...d }) => d),
    nodes: graph.mapNodes((id, n) => ({
      id,
      kind: n.kind,
      name: n.name,
      aliases: n.aliases,
      mentions: n.mentions,
    })),
    edges: graph.mapEdges((id, e, source, target) => ({
      id,
      source,
      target,
      type: e.type,
      confidence: e.confidence,
      evidence: e.evidence,
    })),
  };
}

/** Writes the store file atomically. */
export async function saveStoreFile(
  path: string,
  graph: StoreGraph,
  documents: Map<string, StoredDocument>,
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(toInterchange(graph, documents)));
  await rename(tmp, path);
}
