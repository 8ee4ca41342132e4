/**
 * The JSON API: one handler per entry of the contract's route table. Requests are parsed with the
 * route's schemas before the handler runs, responses are checked against its response schema.
 */
import { type Request, type Response, Router } from "express";
import type { z } from "zod";
import type { GraphStore } from "../../graph/store/types.ts";
import { appendUserActor } from "../../loaders/user/index.ts";
import type { Settings } from "../config/settings.ts";
import { AppError } from "../errors.ts";
import { API_ROUTES, type RouteSpec } from "../schemas/api.ts";
import { correctionHandlers, followingMerges } from "./corrections-route.ts";
import { parseOr400 } from "./validate.ts";
import { viewExportRouter } from "./view-export-route.ts";

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;
/** What a handler receives: the route's parsed path parameters, query and body. */
type Input<R extends RouteSpec> = {
  params: Infer<R["params"]>;
  query: Infer<R["query"]>;
  body: Infer<R["body"]>;
};
type Routes = typeof API_ROUTES;
type Handlers = { [K in keyof Routes]: (input: Input<Routes[K]>) => Promise<unknown> };

/** Handlers for every route of API_ROUTES. */
function handlers(
  store: GraphStore,
  settings: Pick<Settings, "queryTimeoutMs" | "queryMaxRows" | "queryMaxBytes" | "actorsFile">,
): Handlers {
  return {
    health: async () => ({ ok: true, store: store.kind }),
    search: async ({ query }) => ({
      hits: await store.search(query.q, { kinds: query.kinds, limit: query.limit }),
    }),
    evidenceSearch: async ({ query }) => ({
      hits: await store.searchEvidence(query.q, { limit: query.limit }),
    }),
    entity: async ({ params }) => followingMerges(store, params.id, (id) => store.entity(id)),
    entityRelations: async ({ params, query }) =>
      followingMerges(store, params.id, (id) => store.entityRelations(id, query)),
    relation: async ({ params, query }) => store.relationPage(params.id, query),
    neighbourhood: async ({ body }) => {
      const { ids, ...options } = body;
      return store.neighbourhood(ids, options);
    },
    paths: async ({ body }) => {
      const { from, to, ...options } = body;
      return store.paths(from, to, options);
    },
    relationDates: async ({ body }) => {
      const evidence = await store.relationEvidence(body.ids);
      const dates = Object.fromEntries(
        Object.entries(evidence).map(([id, pieces]) => [
          id,
          [...new Set(pieces.flatMap((e) => (e.date ? [e.date] : [])))].sort(),
        ]),
      );
      return { dates, evidence };
    },
    subgraph: async ({ body }) => ({ graph: await store.subgraph(body.ids), more: {} }),
    documents: async () => ({ documents: await store.documents() }),
    document: async ({ params }) => store.document(params.id),
    stats: async () => store.stats(),
    overview: async ({ query }) => ({ top: await store.topEntities(query.limit) }),
    ...correctionHandlers(store),
    userActor: async ({ body }) => {
      if (!settings.actorsFile)
        throw new AppError(
          "NOT_CONFIGURED",
          "No actors file is configured: start kgx serve with KGX_ACTORS=path/to/my-actors.json (created when missing) to add actors from the explorer.",
        );
      const { actor, replaced, count } = appendUserActor(settings.actorsFile, body);
      return { name: actor.name, replaced, count };
    },
    query: async ({ body }) =>
      store.query(body.cypher, {
        params: body.params,
        timeoutMs: settings.queryTimeoutMs,
        maxRows: settings.queryMaxRows,
        maxBytes: settings.queryMaxBytes,
      }),
  };
}

/** A router with every JSON route of the contract. */
export function apiRouter(
  store: GraphStore,
  settings: Pick<Settings, "queryTimeoutMs" | "queryMaxRows" | "queryMaxBytes" | "actorsFile">,
): Router {
  const router = Router();
  const table = handlers(store, settings);
  for (const [name, spec] of Object.entries(API_ROUTES) as [keyof typeof API_ROUTES, RouteSpec][]) {
    router[spec.method](spec.path.replace(/^\/api/, ""), async (req: Request, res: Response) => {
      const input = {
        params: spec.params ? parseOr400(spec.params, req.params, "path parameters") : req.params,
        query: spec.query ? parseOr400(spec.query, req.query, "query string") : req.query,
        body: spec.body ? parseOr400(spec.body, req.body ?? {}, "request body") : undefined,
      };
      const result = await (table[name] as (i: typeof input) => Promise<unknown>)(input);
      res.json(spec.response ? spec.response.parse(result) : result);
    });
  }
  router.use(viewExportRouter(store));
  return router;
}
