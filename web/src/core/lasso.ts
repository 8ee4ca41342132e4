/**
 * Lasso geometry, pure: whether a point lies inside a polygon (even-odd rule, the polygon closed
 * between its last and first points) and which of a set of placed items a lasso encloses.
 */

/** A point in viewport pixels. */
export interface XY {
  x: number;
  y: number;
}

/** Defaults: a lasso needs this many points and this much travel (px) to count as one. */
export const DEFAULTS = { minPoints: 3, minTravel: 12 };

/** True when `p` lies inside `polygon` (even-odd rule). */
export function insidePolygon(p: XY, polygon: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** True when the drawn points make a lasso rather than a click. */
export function isLasso(polygon: readonly XY[]): boolean {
  if (polygon.length < DEFAULTS.minPoints) return false;
  let travel = 0;
  for (let i = 1; i < polygon.length; i++)
    travel += Math.hypot(polygon[i]!.x - polygon[i - 1]!.x, polygon[i]!.y - polygon[i - 1]!.y);
  return travel >= DEFAULTS.minTravel;
}

/** Ids of the items whose point lies inside the lasso, in the items' order. */
export function enclosed(items: Iterable<[string, XY]>, polygon: readonly XY[]): string[] {
  if (!isLasso(polygon)) return [];
  const out: string[] = [];
  for (const [id, p] of items) if (insidePolygon(p, polygon)) out.push(id);
  return out;
}
