/**
 * A small extracted graph for the corrections tests: one document whose text names "Russian
 * Africa Corps" and "Africa Corps" (two actors the extractor kept apart), Mali and Russia.
 */
import { makeCorrection } from "../../graph/corrections/ids.ts";
import type { Correction, CorrectionInput } from "../../graph/corrections/schema.ts";
import type { Interchange } from "../../graph/interchange.ts";
import { createStoreGraph, type StoreGraph } from "../../graph/ops/store-graph.ts";
import { mergeInterchange } from "../../graph/store/embedded/merge.ts";

export const TEXT =
  "Russian Africa Corps fighters arrived in Mali. Mali cooperates with Russia. Africa Corps threatens the rebels. Mali opposes the rebels.";

const at = (s: string) => TEXT.indexOf(s);
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { document: "doc:1", start, end: start + s.length };
};
const sentence = (s: string) => ({ ...span(s), sentence: s, rule: "test", confidence: 0.8 });

/** The extracted interchange. */
export function extracted(): Interchange {
  const s2 = "Mali cooperates with Russia.";
  const s3 = "Africa Corps threatens the rebels.";
  const s4 = "Mali opposes the rebels.";
  return {
    documents: [{ id: "doc:1", source: "test.txt", title: "Test", text: TEXT }],
    nodes: [
      {
        id: "institution:russian-africa-corps",
        kind: "Institution",
        name: "Russian Africa Corps",
        aliases: [],
        mentions: [span("Russian Africa Corps")],
      },
      {
        id: "institution:africa-corps",
        kind: "Institution",
        name: "Africa Corps",
        aliases: ["AC"],
        mentions: [span("Africa Corps", at(s3))],
      },
      {
        id: "government:mali",
        kind: "Government",
        name: "Mali",
        aliases: [],
        mentions: [span("Mali"), span("Mali", at(s2)), span("Mali", at(s4))],
      },
      {
        id: "government:russia",
        kind: "Government",
        name: "Russia",
        aliases: ["Moscow"],
        mentions: [span("Russia", at(s2))],
      },
      {
        id: "institution:rebels",
        kind: "Institution",
        name: "rebels",
        aliases: [],
        mentions: [span("rebels", at(s3)), span("rebels", at(s4))],
      },
    ],
    edges: [
      {
        id: "government:mali|COOPERATES_WITH|government:russia",
        source: "government:mali",
        target: "government:russia",
        type: "COOPERATES_WITH",
        confidence: 0.8,
        evidence: [sentence(s2)],
      },
      {
        id: "institution:africa-corps|THREATENS|institution:rebels",
        source: "institution:africa-corps",
        target: "institution:rebels",
        type: "THREATENS",
        confidence: 0.7,
        evidence: [sentence(s3)],
      },
      {
        id: "government:mali|OPPOSES|institution:rebels",
        source: "government:mali",
        target: "institution:rebels",
        type: "OPPOSES",
        confidence: 0.6,
        evidence: [sentence(s4)],
      },
    ],
  };
}

/** The extracted graph as the embedded store holds it. */
export function extractedGraph(input: Interchange = extracted()): StoreGraph {
  const g = createStoreGraph();
  mergeInterchange(g, input, new Set());
  return g;
}

/** The text of the fixture's documents. */
export const textOf = (d: string) => (d === "doc:1" ? TEXT : undefined);

type WithoutAuthor<T> = T extends unknown ? Omit<T, "author"> : never;

let clock = Date.parse("2026-01-01T00:00:00.000Z");
/** A correction made by "ana", one second after the previous one. */
export function corr(input: WithoutAuthor<CorrectionInput> & { author?: string }): Correction {
  clock += 1000;
  return makeCorrection({ author: "ana", ...input } as CorrectionInput, new Date(clock));
}

type Span = { document: string; start: number; end: number };
const bySpan = (a: Span, b: Span) =>
  a.document.localeCompare(b.document) || a.start - b.start || a.end - b.end;

/** The graph as comparable JSON: actors and relations by id; aliases, mentions and evidence as sets. */
export function snapshot(g: StoreGraph) {
  const nodes = g
    .mapNodes((id, a) => ({
      id,
      ...a,
      aliases: [...a.aliases].sort(),
      mentions: [...a.mentions].sort(bySpan),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = g
    .mapEdges((id, a, source, target) => ({
      id,
      source,
      target,
      ...a,
      evidence: [...a.evidence].sort(bySpan),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return { nodes, edges };
}
