/**
 * Helpers for extraction tests: extract one text and list its relations as readable triples.
 */

import { describe, expect, it } from "vitest";
import { extractDocument } from "../../loaders/extract/index.ts";
import { makeDocument } from "../../loaders/read/document.ts";

/** Extracts `text` (dated `published`) and returns the graph plus "Source -TYPE-> Target" strings. */
export function extract(text: string, published = "2026-01-10") {
  const doc = makeDocument({ text, source: "test.txt", published });
  const graph = extractDocument(doc);
  const name = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const triples = graph.edges
    .map((e) => {
      const [a, b] = [name.get(e.source)!, name.get(e.target)!];
      const [s, t] = e.type === "COOPERATES_WITH" && b < a ? [b, a] : [a, b];
      return `${s} -${e.type}-> ${t}`;
    })
    .sort();
  return { doc, graph, triples, names: graph.nodes.map((n) => n.name).sort() };
}

/** A table row of relation tests: a name, a sentence we wrote, triples it must and must not give. */
export type TripleRow = [name: string, text: string, must: string[], mustNot: string[]];

/** One test per row under `title`: the row's text gives every `must` triple and no `mustNot` one. */
export function tripleTable(title: string, rows: TripleRow[]): void {
  describe(title, () => {
    it.each(rows)("%s", (_name, text, must, mustNot) => {
      const { triples } = extract(text);
      for (const t of must) expect(triples, text).toContain(t);
      for (const t of mustNot) expect(triples, text).not.toContain(t);
    });
  });
}
