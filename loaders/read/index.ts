/**
 * Entry point of the readers: expands paths (directories recursively, in a stable order), reads each
 * file, and yields Documents (with text and content-hash ids) and LoadErrors as they come, so a bad
 * file is reported and the rest still load.
 */
import { readdir, stat } from "node:fs/promises";
import { dirname, extname, join, relative } from "node:path";
import type { Document } from "../../graph/interchange.ts";
import { makeDocument } from "./document.ts";
import { type LoadError, readOneFile, SUPPORTED_EXTENSIONS } from "./files.ts";

export type { LoadError } from "./files.ts";

/** Reader options. */
export interface ReadOptions {
  /** Largest file read, in bytes. */
  maxBytes?: number;
}

/** Defaults for {@link readPaths}. */
export const READ_DEFAULTS: Required<ReadOptions> = { maxBytes: 10 * 1024 * 1024 };

/** One item of the read stream. */
export type ReadItem =
  | { document: Document & { text: string }; bytes: number; file: string }
  | { error: LoadError };

/**
 * Lists the files under `paths`: named files as given, directories walked for supported
 * extensions. `roots` gives each file's load root (the directory named, or a named file's folder).
 */
export async function listFiles(
  paths: string[],
): Promise<{ files: string[]; roots: Map<string, string>; errors: LoadError[] }> {
  const files: string[] = [];
  const roots = new Map<string, string>();
  const errors: LoadError[] = [];
  const walk = async (dir: string, root: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, root);
      else if (e.isFile() && SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) {
        files.push(p);
        roots.set(p, root);
      }
    }
  };
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p, p);
      else {
        files.push(p);
        roots.set(p, dirname(p));
      }
    } catch (cause) {
      errors.push({
        file: p,
        code: "INPUT_UNREADABLE",
        message: `${p}: no such file or directory (${(cause as Error).message})`,
      });
    }
  }
  return { files, roots, errors };
}

/** A document's source shown to users: its path relative to the load root, never the server's absolute path. */
export function displaySource(source: string, file: string, root: string): string {
  if (!source.startsWith(file)) return source;
  return relative(root, file) + source.slice(file.length);
}

/** Reads every document under `paths`, yielding documents and errors in file order. */
export async function* readPaths(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { maxBytes } = { ...READ_DEFAULTS, ...options };
  const { files, roots, errors } = await listFiles(paths);
  for (const error of errors) yield { error };
  for (const file of files) {
    const result = await readOneFile(file, maxBytes);
    for (const error of result.errors) yield { error };
    for (const raw of result.documents) {
      const document = makeDocument({ ...raw, source: displaySource(raw.source, file, roots.get(file)!) });
      yield { document, bytes: Buffer.byteLength(document.text), file };
    }
  }
}

/** Reads everything at once: documents (deduplicated by id) and errors. */
export async function readAll(paths: string[], options: ReadOptions = {}) {
  const documents = new Map<string, Document & { text: string }>();
  const errors: LoadError[] = [];
  let bytes = 0;
  for await (const item of readPaths(paths, options)) {
    if ("error" in item) errors.push(item.error);
    else if (!documents.has(item.document.id)) {
      documents.set(item.document.id, item.document);
      bytes += item.bytes;
    }
  }
  return { documents: [...documents.values()], errors, bytes };
}
