/**
 * POST /api/export: `{ format, selection }` → the file, as an attachment. CSV (nodes and edges)
 * comes as one text with both tables, or as `?part=nodes|edges`.
 */
import { Router } from "express";
import { z } from "zod";
import { ExportFormat } from "../../graph/export/index.ts";
import { SelectionSchema } from "../../graph/ops/select.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import { exportSelection } from "../services/export-selection.ts";
import { parseOr400 } from "./validate.ts";

/** The export request schema. */
export const ExportRequest = z.object({ format: ExportFormat, selection: SelectionSchema });

/** A router with POST /export. */
export function exportRouter(store: GraphStore): Router {
  const router = Router();
  router.post("/export", async (req, res) => {
    const { format, selection } = parseOr400(ExportRequest, req.body ?? {}, "request body");
    const out = await exportSelection(store, selection, format);
    const part = typeof req.query.part === "string" ? req.query.part : undefined;
    const file = part ? out.files?.find((f) => f.name.includes(part)) : undefined;
    const name = file?.name ?? `kgx-export.${out.extension}`;
    res.setHeader("Content-Type", out.contentType);
    res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
    res.send(file?.body ?? out.body);
  });
  return router;
}
