/**
 * Relation picking for dense views, where sigma draws relations as lines and does not pick them (its
 * picking would draw every relation a second time): the relation whose segment passes nearest the
 * pointer, within a tolerance, in viewport pixels. A linear scan over a flat array of segments costs
 * well under a millisecond at 50,000 relations, so a click or a hover (once per frame) can afford it.
 */

/** How far from a relation's line the pointer may be, in pixels. */
export const PICK_TOLERANCE = 4;

/**
 * Index of the segment nearest (x, y) within `tolerance`, or -1. `xy` holds the segments as
 * x1, y1, x2, y2 one after the other; the first of equally near segments wins.
 */
export function nearestSegment(xy: Float64Array, x: number, y: number, tolerance = PICK_TOLERANCE): number {
  let best = -1;
  let bestD = tolerance * tolerance;
  for (let i = 0, k = 0; k + 3 < xy.length; i++, k += 4) {
    const [x1, y1, x2, y2] = [xy[k]!, xy[k + 1]!, xy[k + 2]!, xy[k + 3]!];
    // Cheap rejection: the point is outside the segment's box grown by the tolerance.
    if (x < Math.min(x1, x2) - tolerance || x > Math.max(x1, x2) + tolerance) continue;
    if (y < Math.min(y1, y2) - tolerance || y > Math.max(y1, y2) + tolerance) continue;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = dx * dx + dy * dy;
    const t = len > 0 ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
    const ex = x1 + t * dx - x;
    const ey = y1 + t * dy - y;
    const d = ex * ex + ey * ey;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
