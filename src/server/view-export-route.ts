/**
 * POST /api/export/view: the explorer's visible graph (actors and relations on screen with their
 * positions, colours and sizes, the date range and documents) → the file, as an attachment. The
 * stored graph is read for exactly those actors, then graph/export/view.ts keeps what was on screen.
 */
import { Router } from "express";
import { z } from "zod";
import { ExportFormat, exportGraph } from "../../graph/export/index.ts";
import { selectView, ViewExportSchema, visualOf } from "../../graph/export/view.ts";
import type { GraphStore } from "../../graph/store/types.ts";
import { parseOr400 } from "./validate.ts";

/** The request: a format and the visible graph. */
export const ViewExportRequest = z.object({ format: ExportFormat, view: ViewExportSchema });

/** A router with POST /export/view. */
export function viewExportRouter(store: GraphStore): Router {
  const router = Router();
  router.post("/export/view", async (req, res) => {
    const { format, view } = parseOr400(ViewExportRequest, req.body ?? {}, "request body");
    const whole = await store.exportInterchange(view.nodes.map((n) => n.id));
    const out = exportGraph(selectView(whole, view), format, {
      title: view.title ?? "kg-explorer view",
      visual: visualOf(view),
    });
    res.setHeader("Content-Type", out.contentType);
    res.setHeader("Content-Disposition", `attachment; filename="kgx-view.${out.extension}"`);
    res.send(out.body);
  });
  return router;
}
