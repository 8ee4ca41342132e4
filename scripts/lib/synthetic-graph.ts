/**
 * A deterministic synthetic interchange graph for benchmarks: `entities` actors of every kind,
 * `relations` relations with one piece of evidence each, spread over `documents` documents, with
 * a few hubs (power-law-ish degrees) as in real news graphs.
 */
import type { Interchange } from "../../graph/interchange.ts";
import { entityId, NODE_KINDS, RELATION_TYPES, relationId } from "../../graph/ontology.ts";

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of {@link syntheticGraph}. */
export interface SyntheticOptions {
  entities: number;
  relations: number;
  documents: number;
  seed?: number;
}

/** Builds the graph; documents carry short texts so evidence offsets are valid. */
export function syntheticGraph(o: SyntheticOptions): Interchange {
  const random = rng(o.seed ?? 42);
  const nodes = Array.from({ length: o.entities }, (_, i) => {
    const kind = NODE_KINDS[i % NODE_KINDS.length]!;
    const name = `${kind} Actor ${i}`;
    return { id: entityId(kind, name), kind, name, aliases: [`Actor${i}`], mentions: [] };
  });
  const documents = Array.from({ length: o.documents }, (_, i) => ({
    id: `doc:synthetic-${i}`,
    source: `synthetic/${i}.txt`,
    title: `Synthetic brief ${i}`,
    published: `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
    text: `Synthetic brief ${i}. One actor warned another.`,
  }));
  const pick = () => Math.floor(o.entities * random() ** 2.5);
  const edges = new Map<string, Interchange["edges"][number]>();
  let guard = 0;
  while (edges.size < o.relations && guard++ < o.relations * 20) {
    const s = nodes[pick()]!;
    const t = nodes[Math.floor(random() * o.entities)]!;
    if (s.id === t.id) continue;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const id = relationId(s.id, type, t.id);
    if (edges.has(id)) continue;
    const doc = documents[Math.floor(random() * documents.length)]!;
    const [source, target] =
      id.split("|").length === 3 ? [id.split("|")[0]!, id.split("|")[2]!] : [s.id, t.id];
    edges.set(id, {
      id,
      source,
      target,
      type,
      confidence: Math.round((0.5 + random() / 2) * 100) / 100,
      evidence: [
        {
          document: doc.id,
          sentence: "One actor warned another.",
          start: doc.text.indexOf("One"),
          end: doc.text.length,
          cue: "warned",
          rule: "synthetic",
          date: doc.published,
        },
      ],
    });
  }
  return { documents, nodes, edges: [...edges.values()] };
}
