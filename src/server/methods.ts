/**
 * 405 Method Not Allowed with an Allow header: the methods of each API path come from the route
 * table (plus the export and OpenAPI routes); everything else (the explorer's files) is GET/HEAD.
 * An /api path that matches no route falls through to the 404 handler.
 */
import type { RequestHandler } from "express";
import { AppError } from "../errors.ts";
import { API_ROUTES } from "../schemas/api.ts";

const EXTRA_ROUTES: { method: string; path: string }[] = [
  { method: "get", path: "/api/openapi.json" },
  { method: "post", path: "/api/export" },
];

function pattern(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:(\w+)/g, "[^/]+");
  return new RegExp(`^${escaped}/?$`);
}

const TABLE = [...Object.values(API_ROUTES), ...EXTRA_ROUTES].map((r) => ({
  method: r.method.toUpperCase(),
  pattern: pattern(r.path),
}));

/** The methods `path` answers, or undefined for an unknown /api path. */
export function allowedMethods(path: string): string[] | undefined {
  if (!path.startsWith("/api/") && path !== "/api") return ["GET", "HEAD"];
  const methods = TABLE.filter((r) => r.pattern.test(path)).map((r) => r.method);
  if (methods.length === 0) return undefined;
  if (methods.includes("GET")) methods.push("HEAD");
  return [...new Set(methods)];
}

/** Refuses methods a path does not answer with 405 and Allow. */
export const methodCheck: RequestHandler = (req, res, next) => {
  const allowed = allowedMethods(req.path);
  if (!allowed || allowed.includes(req.method)) return next();
  res.setHeader("Allow", allowed.join(", "));
  next(
    new AppError(
      "METHOD_NOT_ALLOWED",
      `${req.method} is not allowed on ${req.path}; use ${allowed.join(", ")}.`,
    ),
  );
};
