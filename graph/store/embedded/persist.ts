/**
 * The embedded store's files: a snapshot (`graph.json`, the interchange JSON with document texts,
 * replaced atomically: temporary file, then rename) plus the journal of the writes made since. In
 * memory a document keeps only a reference to its text (texts.ts). A
 * damaged file is reported in one sentence naming it, and is never overwritten.
 */
import { mkdir, open, readdir, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { EdgeEntry } from "graphology-types";
import { AppError } from "../../errors.ts";
import { type Document, type Evidence, type Interchange, InterchangeSchema } from "../../interchange.ts";
import { createStoreGraph, type StoreEdge, type StoreGraph, type StoreNode } from "../../ops/store-graph.ts";
import { sentencesOf } from "./compact.ts";
import { mergeInterchange } from "./merge.ts";
import { type TextRef, texts } from "./texts.ts";

/** A stored document: where its text lies (texts.ts) and whether all of its content has been written. */
export type StoredDocument = Omit<Document, "text"> & { text: TextRef; complete: boolean };

/** A stored document as interchange, its text read back. */
export function withText({ complete: _c, text, ...d }: StoredDocument): Document & { text: string } {
  return { ...d, text: texts.get(text) };
}

/** What the store holds in memory. */
export interface StoreState {
  graph: StoreGraph;
  documents: Map<string, StoredDocument>;
}

/** An empty state. */
export function emptyState(): StoreState {
  return { graph: createStoreGraph(), documents: new Map() };
}

/** The error for a damaged store file: where, what, and what to do; the file is left as it is. */
export function damagedStore(path: string, detail: string): AppError {
  return new AppError(
    "INPUT_MALFORMED",
    `The embedded store file ${path} is damaged (${detail}) and was left untouched: restore it from a backup, or move it away (mv ${path} ${path}.damaged) to start an empty store and load your documents again.`,
  );
}

/** The error for a store whose lock stays held. */
export function lockedStore(path: string, lockPath: string, owner: string): AppError {
  return new AppError(
    "INPUT_UNREADABLE",
    `The embedded store ${path} stayed locked by another process (${owner || "unknown"}): wait for that kgx process to finish, or delete ${lockPath} if no kgx process is running.`,
  );
}

/** Parses one store file's JSON (snapshot or journal line) as interchange, or throws damagedStore. */
export function parseStoreJson(text: string, path: string, where = ""): Interchange {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw damagedStore(path, `${where}not valid JSON, probably truncated: ${(e as Error).message}`);
  }
  const parsed = InterchangeSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw damagedStore(path, `${where}not interchange JSON: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}

/** Reads the snapshot at `path`; undefined when it does not exist. */
export async function readSnapshot(path: string): Promise<Interchange | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new AppError(
      "INPUT_UNREADABLE",
      `Cannot read the embedded store at ${path}: ${(e as Error).message}`,
      { cause: e },
    );
  }
  return parseStoreJson(raw, path);
}

/**
 * Adds a snapshot or a journal record to `state` (idempotent: replaying it again adds nothing).
 * Evidence sentences found in their document's stored text are kept as references to it.
 */
export function applyRecord(state: StoreState, record: Interchange) {
  const known = new Map<string, { ref: TextRef; text: string } | undefined>();
  for (const d of record.documents) {
    const text = d.text ?? "";
    const ref = texts.put(text);
    state.documents.set(d.id, { ...d, text: ref, complete: true });
    known.set(d.id, { ref, text });
  }
  const textOf = (document: string) => {
    if (!known.has(document)) {
      const stored = state.documents.get(document);
      known.set(document, stored ? { ref: stored.text, text: texts.get(stored.text) } : undefined);
    }
    return known.get(document);
  };
  return mergeInterchange(state.graph, record, new Set(), textOf);
}

/** Removes temporary snapshots left by processes killed while writing one (call under the lock). */
async function removeLeftovers(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  const names = await readdir(dirname(path));
  for (const name of names)
    if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length)))
      await unlink(join(dirname(path), name)).catch(() => {});
}

/** `x` as a plain object with `sentence` given (its sentence getter, if any, is not called). */
function withSentence(x: Evidence, sentence: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = k === "sentence" ? sentence : x[k as keyof Evidence];
  return out;
}

/** Evidence pieces whose sentences a snapshot reads together (texts.ts reads them in file order). */
const GROUP_PIECES = 20_000;

/** The edges of `graph` in groups of about {@link GROUP_PIECES} evidence pieces. */
function* edgeGroups(graph: StoreGraph): Generator<EdgeEntry<StoreNode, StoreEdge>[]> {
  let group: EdgeEntry<StoreNode, StoreEdge>[] = [];
  let pieces = 0;
  for (const entry of graph.edgeEntries()) {
    group.push(entry);
    pieces += entry.attributes.evidence.length;
    if (pieces >= GROUP_PIECES) {
      yield group;
      group = [];
      pieces = 0;
    }
  }
  if (group.length) yield group;
}

/** Bytes gathered before each write of a snapshot: one reused buffer, so writing makes no large strings. */
const CHUNK = 1 << 20;

/**
 * Writes the whole state as the new snapshot, streamed piece by piece (each evidence piece and
 * mention serialized alone into one reused buffer), then renamed into place (under the lock, so
 * any other temporary snapshot is a killed process's leftover and is removed).
 */
export async function writeSnapshot(path: string, state: StoreState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await removeLeftovers(path);
  const tmp = `${path}.${process.pid}.tmp`;
  const handle = await open(tmp, "w");
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let used = 0;
    const flush = async () => {
      let done = 0;
      while (done < used) done += (await handle.write(chunk, done, used - done)).bytesWritten;
      used = 0;
    };
    const put = async (s: string) => {
      if (used + s.length * 3 > CHUNK) await flush();
      if (s.length * 3 > CHUNK) {
        await handle.write(s);
        return;
      }
      used += chunk.write(s, used);
    };
    const list = async <T>(items: Iterable<T>, each: (x: T) => Promise<void>) => {
      await put("[");
      let first = true;
      for (const x of items) {
        if (!first) await put(",");
        await each(x);
        first = false;
      }
      await put("]");
    };
    /** An object whose last field, a list of spans, is written piece by piece. */
    const withSpans = async <T>(head: object, name: string, spans: T[], json: (x: T) => string) => {
      const start = JSON.stringify(head);
      await put(`${start.slice(0, -1)}${start.length > 2 ? "," : ""}"${name}":`);
      await list(spans, (x) => put(json(x)));
      await put("}");
    };
    const documents = [...state.documents.values()].filter((d) => d.complete);
    await put('{"documents":');
    await list(documents, (d) => put(JSON.stringify(withText(d))));
    await put(',"nodes":');
    await list(state.graph.nodeEntries(), ({ node, attributes: n }) =>
      withSpans({ id: node, kind: n.kind, name: n.name, aliases: n.aliases }, "mentions", n.mentions, (m) =>
        JSON.stringify(m),
      ),
    );
    await put(',"edges":');
    await list(edgeGroups(state.graph), async (group) => {
      const sentences = sentencesOf(group.flatMap(({ attributes: e }) => e.evidence));
      let at = 0;
      let first = true;
      for (const { edge, attributes: e, source, target } of group) {
        if (!first) await put(",");
        first = false;
        await withSpans(
          { id: edge, source, target, type: e.type, confidence: e.confidence },
          "evidence",
          e.evidence,
          (x) => JSON.stringify(withSentence(x, sentences[at++]!)),
        );
      }
    });
    await put("}");
    await flush();
  } finally {
    await handle.close();
  }
  await rename(tmp, path);
}
