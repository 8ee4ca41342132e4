/**
 * Exports of the visible graph ("what you see is what you export"): the web client posts the actors
 * and relations on screen with their positions, colours and sizes, and the filters' date range and
 * documents. `selectView` keeps exactly those actors and relations of the stored graph, with only the
 * evidence inside the range; `visualOf` gives the picture for GEXF, SVG, PNG and the report.
 */
import { z } from "zod";
import { type Interchange, IsoDate } from "../interchange.ts";

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour as #rrggbb");

/** The visible graph as the client posts it. */
export const ViewExportSchema = z.object({
  title: z.string().max(200).optional(),
  nodes: z
    .array(
      z.object({
        id: z.string().min(1),
        x: z.number(),
        y: z.number(),
        color: Colour,
        size: z.number().positive(),
      }),
    )
    .max(20_000),
  edges: z
    .array(z.object({ id: z.string().min(1), color: Colour, size: z.number().positive() }))
    .max(100_000),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  documents: z.array(z.string()).optional(),
});
export type ViewExport = z.infer<typeof ViewExportSchema>;

/** Positions, colours and sizes of a picture, by actor and relation id. */
export interface Visual {
  nodes: Record<string, { x: number; y: number; color: string; size: number }>;
  edges: Record<string, { color: string; size: number }>;
}

/** The picture of a posted view. */
export function visualOf(view: ViewExport): Visual {
  return {
    nodes: Object.fromEntries(view.nodes.map(({ id, ...v }) => [id, v])),
    edges: Object.fromEntries(view.edges.map(({ id, ...v }) => [id, v])),
  };
}

/** Exactly the posted actors and relations of `whole`, with evidence inside the range and documents. */
export function selectView(whole: Interchange, view: ViewExport): Interchange {
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  const edgeIds = new Set(view.edges.map((e) => e.id));
  const docs = view.documents?.length ? new Set(view.documents) : undefined;
  const keepEvidence = (date: string | undefined, document: string) =>
    (!docs || docs.has(document)) &&
    (!view.from || (date !== undefined && date >= view.from)) &&
    (!view.to || (date !== undefined && date <= view.to));
  const edges = whole.edges
    .filter((e) => edgeIds.has(e.id) && nodeIds.has(e.source) && nodeIds.has(e.target))
    .map((e) => ({ ...e, evidence: e.evidence.filter((v) => keepEvidence(v.date, v.document)) }));
  const cited = new Set(edges.flatMap((e) => e.evidence.map((v) => v.document)));
  return {
    documents: whole.documents.filter((d) => cited.has(d.id)),
    nodes: whole.nodes.filter((n) => nodeIds.has(n.id)),
    edges,
  };
}
