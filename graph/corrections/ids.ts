/**
 * Deterministic correction ids: `corr:` plus a hash of the op and the arguments that define it
 * (never the author, time, note or reason), so two analysts merging the same pair get one merge
 * and importing a file twice adds nothing.
 */
import { createHash } from "node:crypto";
import type { Correction, CorrectionInput } from "./schema.ts";

type Args = CorrectionInput | Correction;

/** The arguments that identify a correction, in a fixed order. */
export function identity(c: Args): unknown[] {
  switch (c.op) {
    case "merge":
      return [c.op, c.from, c.into];
    case "split":
      return [c.op, c.actor, c.alias];
    case "rename":
      return [c.op, c.actor, c.name];
    case "kind":
      return [c.op, c.actor, c.kind];
    case "reject":
    case "confirm":
      return [c.op, c.relation];
    case "addRelation":
      return [c.op, c.source, c.type, c.target, c.evidence?.document, c.evidence?.start, c.evidence?.end];
  }
}

/** The id of a correction with these arguments. */
export function correctionId(c: Args): string {
  const hash = createHash("sha256")
    .update(JSON.stringify(identity(c)))
    .digest("hex");
  return `corr:${c.op}:${hash.slice(0, 16)}`;
}

/** A stored correction made from an analyst's input at time `at`. */
export function makeCorrection(input: CorrectionInput, at: Date = new Date()): Correction {
  return { ...input, id: correctionId(input), at: at.toISOString() } as Correction;
}
