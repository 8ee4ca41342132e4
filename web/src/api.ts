/**
 * The typed API client: every call validates the response with the same zod schemas the server
 * uses (src/schemas/api.ts) and takes an AbortSignal. Errors become ApiError with the server's code
 * and message (401, 429 and 503 included), or a NETWORK error that says the server cannot be reached.
 */
import { z } from "zod";
import {
  DocumentDetailSchema,
  DocumentsResponse,
  EntityDetailSchema,
  EvidenceSearchResponse,
  GraphResponse,
  GraphStatsSchema,
  OverviewResponse,
  PathsResponse,
  QueryResponse,
  RelationDatesResponse,
  RelationDetailSchema,
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

/** A relation of the side panel (the paged shape; `evidenceCount` may be absent on older servers). */
export const PanelRelation = RelationDetailSchema.extend({
  sourceName: z.string(),
  targetName: z.string(),
  evidenceCount: z.number().int().optional(),
});
/** A page of an actor's relations; without `total` the list is complete. */
export const RelationsPage = z.object({
  relations: z.array(PanelRelation),
  total: z.number().int().optional(),
  offset: z.number().int().optional(),
  limit: z.number().int().optional(),
});
export type RelationsPage = z.infer<typeof RelationsPage>;
const RelationPage = RelationDetailSchema.extend({ evidenceCount: z.number().int().optional() });

async function request(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`api/${path}`, init);
  } catch (e) {
    if ((e as Error).name === "AbortError") throw e;
    throw new ApiError("NETWORK", "The server cannot be reached; check that kgx serve is running.", 0);
  }
  if (!res.ok) {
    const json = (await res.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    throw new ApiError(
      json.error?.code ?? `HTTP_${res.status}`,
      json.error?.message ?? res.statusText,
      res.status,
    );
  }
  return res;
}

/** Sends `init` to `api/<path>` and parses the answer with `schema` (errors as ApiError). */
export async function send<T>(schema: z.ZodType<T>, path: string, init: RequestInit = {}): Promise<T> {
  return schema.parse(await (await request(path, init)).json());
}

async function call<T>(schema: z.ZodType<T>, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return send(
    schema,
    path,
    body === undefined
      ? { signal: signal ?? null }
      : {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
          signal: signal ?? null,
        },
  );
}

const enc = encodeURIComponent;
type Sig = AbortSignal | undefined;

export const api = {
  search: (q: string, limit = 8, signal?: Sig) =>
    call(SearchResponse, `search?q=${enc(q)}&limit=${limit}`, undefined, signal),
  evidenceSearch: (q: string, limit = 20, signal?: Sig) =>
    call(EvidenceSearchResponse, `evidence/search?q=${enc(q)}&limit=${limit}`, undefined, signal),
  entity: (id: string, signal?: Sig) => call(EntityDetailSchema, `entities/${enc(id)}`, undefined, signal),
  relations: (id: string, offset: number, limit: number, signal?: Sig) =>
    call(
      RelationsPage,
      `entities/${enc(id)}/relations?offset=${offset}&limit=${limit}&evidenceLimit=3`,
      undefined,
      signal,
    ),
  relation: (id: string, evidenceOffset = 0, signal?: Sig) =>
    call(
      RelationPage,
      `relations/${enc(id)}?evidenceOffset=${evidenceOffset}&evidenceLimit=50`,
      undefined,
      signal,
    ),
  relationDates: (ids: string[], signal?: Sig) =>
    call(RelationDatesResponse, "relations/dates", { ids }, signal),
  neighbourhood: (body: Record<string, unknown>, signal?: Sig) =>
    call(GraphResponse, "neighbourhood", body, signal),
  subgraph: (ids: string[], signal?: Sig) => call(GraphResponse, "subgraph", { ids }, signal),
  paths: (body: Record<string, unknown>, signal?: Sig) => call(PathsResponse, "paths", body, signal),
  stats: (signal?: Sig) => call(GraphStatsSchema, "stats", undefined, signal),
  overview: (signal?: Sig) => call(OverviewResponse, "overview?limit=12", undefined, signal),
  documents: (signal?: Sig) => call(DocumentsResponse, "documents", undefined, signal),
  document: (id: string, signal?: Sig) =>
    call(DocumentDetailSchema, `documents/${enc(id)}`, undefined, signal),
  query: (cypher: string, signal?: Sig) => call(QueryResponse, "query", { cypher }, signal),
  /** Posts the visible graph and downloads its export in `format`. */
  async exportView(format: string, view: unknown): Promise<{ blob: Blob; name: string }> {
    const res = await request("export/view", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format, view }),
    });
    const name =
      /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `kgx-view.${format}`;
    return { blob: await res.blob(), name };
  },
};
