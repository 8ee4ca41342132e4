/**
 * Extraction of one batch of documents, as the load pipeline runs it (inline or in a worker
 * thread): the batch's interchange graph, and the documents whose extraction failed, each named,
 * so one bad document is reported while the rest of its batch still loads.
 */
import type { Document, Interchange } from "../../graph/interchange.ts";
import { extractDocuments } from "../../loaders/extract/index.ts";
import { type UserFiles, userExtractOptions } from "../../loaders/user/index.ts";

/** A document given to extraction. */
export type TextDocument = Document & { text: string };

/** A document extraction failed on. */
export interface FailedDocument {
  id: string;
  source: string;
  message: string;
}

/** What extracting a batch gave. */
export interface BatchResult {
  graph: Interchange;
  failed: FailedDocument[];
}

/**
 * Extracts `docs` together, with the user actors and cues `files` merged over the built-ins;
 * when that throws, one by one to isolate the documents that fail.
 */
export function extractBatch(docs: TextDocument[], files: UserFiles = {}): BatchResult {
  const options = userExtractOptions(files);
  try {
    return { graph: extractDocuments(docs, options), failed: [] };
  } catch {
    const failed: FailedDocument[] = [];
    const ok = docs.filter((d) => {
      try {
        extractDocuments([d], options);
        return true;
      } catch (e) {
        failed.push({ id: d.id, source: d.source, message: (e as Error).message });
        return false;
      }
    });
    return { graph: extractDocuments(ok, options), failed };
  }
}
