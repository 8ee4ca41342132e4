/**
 * The express application: the JSON API under /api (validated by the shared zod contract), the
 * OpenAPI document, exports, and the built web explorer as static files. Exported without
 * listening so tests drive it over real HTTP on an ephemeral port.
 */
import { existsSync } from "node:fs";
import express, { type Express } from "express";
import type { GraphStore } from "../../graph/store/types.ts";
import { DEFAULT_SETTINGS, type Settings } from "../config/settings.ts";
import { AppError } from "../errors.ts";
import { errorHandler } from "./error-handler.ts";
import { exportRouter } from "./export-route.ts";
import { openApiDocument } from "./openapi.ts";
import { apiRouter } from "./routes.ts";

/** Options of {@link createApp}. */
export interface AppOptions {
  store: GraphStore;
  /** Directory of the built web view (web/dist); not served when absent. */
  staticDir?: string;
  settings?: Partial<Pick<Settings, "queryTimeoutMs" | "queryMaxRows">>;
}

/** Builds the express app over `store`. */
export function createApp(options: AppOptions): Express {
  const settings = {
    queryTimeoutMs: DEFAULT_SETTINGS.queryTimeoutMs,
    queryMaxRows: DEFAULT_SETTINGS.queryMaxRows,
    ...options.settings,
  };
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "2mb" }));
  const spec = openApiDocument();
  app.get("/api/openapi.json", (_req, res) => void res.json(spec));
  app.use("/api", apiRouter(options.store, settings));
  app.use("/api", exportRouter(options.store));
  app.use("/api", (req) => {
    throw new AppError("NOT_FOUND", `No API route ${req.method} ${req.originalUrl}; see /api/openapi.json.`);
  });
  if (options.staticDir && existsSync(options.staticDir)) {
    app.use(express.static(options.staticDir, { index: "index.html" }));
  }
  app.use(errorHandler);
  return app;
}
