/**
 * The typed API client: every call validates the response with the same zod schemas the server
 * uses (src/schemas/api.ts). Errors become ApiError with the server's code and message.
 */
import type { z } from "zod";
import {
  DocumentDetailSchema,
  DocumentsResponse,
  EntityDetailSchema,
  EntityRelationsResponse,
  GraphResponse,
  PathsResponse,
  QueryResponse,
  SearchResponse,
} from "../../src/schemas/api.ts";

/** An error answer of the API. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function call<T>(schema: z.ZodType<T>, path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    `api/${path}`,
    body === undefined
      ? {}
      : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  );
  const json = (await res.json()) as { error?: { code: string; message: string } };
  if (!res.ok)
    throw new ApiError(json.error?.code ?? "HTTP", json.error?.message ?? res.statusText, res.status);
  return schema.parse(json);
}

const enc = encodeURIComponent;

export const api = {
  search: (q: string, limit = 8) => call(SearchResponse, `search?q=${enc(q)}&limit=${limit}`),
  entity: (id: string) => call(EntityDetailSchema, `entities/${enc(id)}`),
  relations: (id: string) => call(EntityRelationsResponse, `entities/${enc(id)}/relations`),
  neighbourhood: (body: Record<string, unknown>) => call(GraphResponse, "neighbourhood", body),
  subgraph: (ids: string[]) => call(GraphResponse, "subgraph", { ids }),
  paths: (body: Record<string, unknown>) => call(PathsResponse, "paths", body),
  documents: () => call(DocumentsResponse, "documents"),
  document: (id: string) => call(DocumentDetailSchema, `documents/${enc(id)}`),
  query: (cypher: string) => call(QueryResponse, "query", { cypher }),
  /** Downloads an export of `ids` in `format` as a Blob. */
  async exportFile(format: string, ids: string[]): Promise<{ blob: Blob; name: string }> {
    const res = await fetch("api/export", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format, selection: { ids } }),
    });
    if (!res.ok) {
      const json = (await res.json()) as { error?: { code: string; message: string } };
      throw new ApiError(json.error?.code ?? "HTTP", json.error?.message ?? res.statusText, res.status);
    }
    const name =
      /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `export.${format}`;
    return { blob: await res.blob(), name };
  },
};
