/**
 * Evidence pieces as the one filter reads them (graph/ops/filter.ts: date and document), built and
 * ordered the same way by both stores so their answers compare equal.
 */
import type { EvidencePiece } from "./types.ts";

/** A piece; an undated one has no `date` key at all. */
export function piece(document: string, date?: string | null): EvidencePiece {
  return date ? { date, document } : { document };
}

/** Sorted by document, then date (undated first). */
export function sortPieces(pieces: EvidencePiece[]): EvidencePiece[] {
  const key = (p: EvidencePiece) => `${p.document}\u0000${p.date ?? ""}`;
  return pieces.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
