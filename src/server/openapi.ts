/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate the API
 * (served at /api/openapi.json).
 */
import { z } from "zod";
import { API_ROUTES, ErrorResponse, type RouteSpec } from "../schemas/api.ts";
import { ExportRequest } from "./export-route.ts";

const json = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { unrepresentable: "any", io, target: "draft-2020-12" });

function parameters(spec: RouteSpec) {
  const out: object[] = [];
  for (const [where, schema] of [
    ["path", spec.params],
    ["query", spec.query],
  ] as const) {
    if (!schema) continue;
    const s = json(schema, "input") as { properties?: Record<string, object>; required?: string[] };
    for (const [name, sub] of Object.entries(s.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === "path" || (s.required ?? []).includes(name),
        schema: sub,
      });
    }
  }
  return out;
}

/** Builds the OpenAPI document. */
export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {};
  const errors = {
    description: "error",
    content: { "application/json": { schema: json(ErrorResponse, "output") } },
  };
  const ERROR_STATUSES = Object.fromEntries(
    ["400", "401", "403", "404", "405", "413", "415", "422", "429", "503"].map((s) => [s, errors]),
  );
  for (const [name, spec] of Object.entries(API_ROUTES) as [string, RouteSpec][]) {
    const path = spec.path.replace(/:(\w+)/g, "{$1}");
    paths[path] ??= {};
    paths[path]![spec.method] = {
      operationId: name,
      summary: spec.summary,
      parameters: parameters(spec),
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: json(spec.body, "input") } },
            },
          }
        : {}),
      responses: {
        "200": {
          description: "OK",
          content: { "application/json": { schema: spec.response ? json(spec.response, "output") : {} } },
        },
        ...ERROR_STATUSES,
      },
    };
  }
  paths["/api/export"] = {
    post: {
      operationId: "export",
      summary: "Export a selection (json, gexf, graphml, csv, cypher, svg, png, report, md) as a file",
      requestBody: {
        required: true,
        content: { "application/json": { schema: json(ExportRequest, "input") } },
      },
      responses: { "200": { description: "the exported file" }, ...ERROR_STATUSES },
    },
  };
  return { openapi: "3.1.0", info: { title: "kg-explorer API", version: "0.1.0" }, paths };
}
