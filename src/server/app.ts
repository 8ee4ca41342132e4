/**
 * The express application: host check, security headers, method check, access token, then the
 * JSON API under /api (validated by the shared zod contract; 503 at once while the store is
 * down), the OpenAPI document, exports, and the built web explorer as static files. Exported
 * without listening so tests drive it over real HTTP on an ephemeral port.
 */
import { existsSync } from "node:fs";
import express, { type Express } from "express";
import type { GraphStore } from "../../graph/store/types.ts";
import { DEFAULT_SETTINGS, type Settings } from "../config/settings.ts";
import { AppError } from "../errors.ts";
import { errorHandler } from "./error-handler.ts";
import { exportRouter } from "./export-route.ts";
import { methodCheck } from "./methods.ts";
import { openApiDocument } from "./openapi.ts";
import { apiRouter } from "./routes.ts";
import { requireToken } from "./security/auth.ts";
import { securityHeaders } from "./security/headers.ts";
import { hostCheck } from "./security/host-check.ts";
import { rateLimit } from "./security/rate-limit.ts";
import { StoreHealth } from "./store-health.ts";

/** Settings the app reads. */
export type AppSettings = Pick<
  Settings,
  "queryTimeoutMs" | "queryMaxRows" | "queryMaxBytes" | "queryRatePerMinute" | "host" | "allowedHosts"
> & { authToken?: string; actorsFile?: string };

/** Options of {@link createApp}. */
export interface AppOptions {
  store: GraphStore;
  /** Directory of the built web view (web/dist); not served when absent. */
  staticDir?: string;
  settings?: Partial<AppSettings>;
  /** Liveness of the store; one is made (and started) when absent. */
  health?: StoreHealth;
}

/** Builds the express app over `store`. */
export function createApp(options: AppOptions): Express & { health: StoreHealth } {
  const settings: AppSettings = {
    queryTimeoutMs: DEFAULT_SETTINGS.queryTimeoutMs,
    queryMaxRows: DEFAULT_SETTINGS.queryMaxRows,
    queryMaxBytes: DEFAULT_SETTINGS.queryMaxBytes,
    queryRatePerMinute: DEFAULT_SETTINGS.queryRatePerMinute,
    host: DEFAULT_SETTINGS.host,
    allowedHosts: [],
    ...options.settings,
  };
  const health = options.health ?? new StoreHealth(options.store).start();
  const app = express();
  app.disable("x-powered-by");
  app.use(hostCheck(settings.allowedHosts, settings.host));
  app.use(securityHeaders());
  app.use(methodCheck);
  app.use(requireToken(settings.authToken));
  app.get("/api/health", async (_req, res) => {
    const failure = await health.probe();
    res.status(failure ? 503 : 200).json({
      ok: !failure,
      store: options.store.kind,
      ...(failure ? { message: failure.message } : {}),
    });
  });
  app.use("/api", health.gate());
  app.use(express.json({ limit: "2mb" }));
  const spec = openApiDocument();
  app.get("/api/openapi.json", (_req, res) => void res.json(spec));
  app.post("/api/query", rateLimit(settings.queryRatePerMinute, "console"));
  app.use("/api", apiRouter(options.store, settings));
  app.use("/api", exportRouter(options.store));
  app.use("/api", (req) => {
    throw new AppError("NOT_FOUND", `No API route ${req.method} ${req.originalUrl}; see /api/openapi.json.`);
  });
  if (options.staticDir && existsSync(options.staticDir)) {
    app.use(express.static(options.staticDir, { index: "index.html" }));
  }
  app.use(errorHandler((e) => health.markDown(e)));
  return Object.assign(app, { health });
}
