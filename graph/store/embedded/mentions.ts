/**
 * Mentions of the embedded store's entities packed as numbers: an entity's plain mentions
 * (document, start, end) lie in one growing Int32Array (document number, start, end), outside the
 * JavaScript heap, instead of one object each. `mentions` stays an enumerable attribute: a getter
 * building the array on demand, so every reader (exports, corrections, snapshots) sees the same
 * Mention[]; assigning it, or merging a mention with more fields, turns it into a plain array.
 */
import type { Mention } from "../../interchange.ts";
import type { NodeKind } from "../../ontology.ts";
import type { StoreNode } from "../../ops/store-graph.ts";
import { documentId, documentNumber, numberedSpanKey } from "./compact.ts";

/** An entity's packed mentions: `length` triples at the start of `ints`. */
export class PackedMentions {
  ints = new Int32Array(24);
  length = 0;

  /** Appends a mention. */
  push(document: string, start: number, end: number): void {
    if ((this.length + 1) * 3 > this.ints.length) {
      const grown = new Int32Array(Math.ceil((this.ints.length * 1.5) / 3) * 3);
      grown.set(this.ints);
      this.ints = grown;
    }
    const at = this.length * 3;
    this.ints[at] = documentNumber(document);
    this.ints[at + 1] = start;
    this.ints[at + 2] = end;
    this.length++;
  }

  /** Calls `fn` with each mention, in order, without building objects. */
  forEach(fn: (document: string, start: number, end: number) => void): void {
    for (let i = 0; i < this.length * 3; i += 3)
      fn(documentId(this.ints[i]!), this.ints[i + 1]!, this.ints[i + 2]!);
  }

  /** The span keys of the mentions (compact.ts). */
  *keys(): Iterable<string> {
    for (let i = 0; i < this.length * 3; i += 3)
      yield numberedSpanKey(this.ints[i]!, this.ints[i + 1]!, this.ints[i + 2]!);
  }

  /** The mentions as objects. */
  toArray(): Mention[] {
    const out: Mention[] = [];
    this.forEach((document, start, end) => {
      out.push({ document, start, end });
    });
    return out;
  }
}

const PACKED = Symbol("kgx.embedded.packedMentions");
type Holder = { [PACKED]: PackedMentions };

const MENTIONS: PropertyDescriptor = {
  get(this: Holder) {
    return this[PACKED].toArray();
  },
  set(this: Holder, value: Mention[]) {
    Object.defineProperty(this, "mentions", { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
};

/** New entity attributes with no aliases and packed (empty) mentions. */
export function packedNode(name: string, kind: NodeKind): StoreNode {
  const node = { name, kind, aliases: [] as string[] };
  Object.defineProperty(node, PACKED, { value: new PackedMentions() });
  Object.defineProperty(node, "mentions", MENTIONS);
  return node as StoreNode;
}

/** The packed mentions of `node`, or undefined when its mentions are a plain array. */
export function packedOf(node: StoreNode): PackedMentions | undefined {
  return Object.getOwnPropertyDescriptor(node, "mentions")?.get === MENTIONS.get
    ? (node as unknown as Holder)[PACKED]
    : undefined;
}

/** True when `x` has only the fields a packed mention keeps. */
export function isPlainMention(x: Mention): boolean {
  return (
    x.text === undefined &&
    Object.keys(x).every((k) => k === "document" || k === "start" || k === "end" || k === "text")
  );
}

/** Calls `fn` with each mention of `node` (packed or not) without building objects when packed. */
export function forEachMention(
  node: StoreNode,
  fn: (document: string, start: number, end: number) => void,
): void {
  const packed = packedOf(node);
  if (packed) packed.forEach(fn);
  else for (const m of node.mentions) fn(m.document, m.start, m.end);
}
