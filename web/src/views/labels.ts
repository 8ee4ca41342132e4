/**
 * Where actor labels go, in viewport pixels. Labels are placed one by one in priority order at the
 * first of eight spots around their actor (right, left, above, below, then the four corners) where
 * the label's box overlaps no label placed before, no other actor's disc and stays inside the canvas;
 * a label that fits nowhere is left out, unless it is forced (focused, selected, searched, most
 * connected), which then takes the spot with the least overlap. A uniform grid indexes discs and
 * boxes, so a frame costs about one lookup per spot. Pure: `new LabelPlacer(discs, options).place(...)`.
 */

/** A box in viewport pixels (top-left corner, width, height). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An actor's disc in viewport pixels. */
export interface Disc {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Options of {@link LabelPlacer}. */
export interface PlaceOptions {
  /** Canvas size, CSS pixels. */
  width: number;
  height: number;
  /** Height of a label box (font size plus a little). */
  boxHeight?: number;
  /** Space between an actor's disc and its label. */
  gap?: number;
  /** Free space kept around a label box. */
  margin?: number;
}

/** Defaults of {@link PlaceOptions}. */
export const DEFAULTS = { boxHeight: 16, gap: 3, margin: 1 };

const CELL = 64;

/** Places labels against the discs given at construction and the labels placed so far. */
export class LabelPlacer {
  /** Labels placed, by actor. */
  readonly placed = new Map<string, Box>();
  private readonly cells = new Map<number, { discs: Disc[]; boxes: Box[] }>();
  private readonly o: Required<PlaceOptions>;

  constructor(discs: Iterable<Disc>, options: PlaceOptions) {
    this.o = { ...DEFAULTS, ...options };
    for (const d of discs)
      for (const c of this.cover(d.x - d.r, d.y - d.r, 2 * d.r, 2 * d.r)) c.discs.push(d);
  }

  /**
   * Places the label of `disc` (`width` pixels of text); returns its box, or undefined when it fits
   * nowhere and is not `forced`.
   */
  place(disc: Disc, width: number, forced: boolean): Box | undefined {
    const { boxHeight: h, gap, width: W, height: H } = this.o;
    const w = width + 2;
    const { x, y, r } = disc;
    const d = r * Math.SQRT1_2;
    const spots: Box[] = [
      { x: x + r + gap, y: y - h / 2, w, h },
      { x: x - r - gap - w, y: y - h / 2, w, h },
      { x: x - w / 2, y: y - r - gap - h, w, h },
      { x: x - w / 2, y: y + r + gap, w, h },
      { x: x + d + gap, y: y - d - h, w, h },
      { x: x + d + gap, y: y + d, w, h },
      { x: x - d - gap - w, y: y - d - h, w, h },
      { x: x - d - gap - w, y: y + d, w, h },
    ];
    let best: Box | undefined;
    let bestCost = Infinity;
    for (const s of spots) {
      const outside =
        Math.max(0, -s.x) + Math.max(0, s.x + s.w - W) + Math.max(0, -s.y) + Math.max(0, s.y + s.h - H);
      const cost = this.overlap(s, disc.id) + 100 * outside;
      if (cost === 0) {
        best = s;
        bestCost = 0;
        break;
      }
      if (cost < bestCost) [best, bestCost] = [s, cost];
    }
    if (!best || (bestCost > 0 && !forced)) return undefined;
    this.placed.set(disc.id, best);
    for (const c of this.cover(best.x, best.y, best.w, best.h)) c.boxes.push(best);
    return best;
  }

  /** Overlap of `b` (grown by the margin) with placed boxes and with discs other than `own`, in pixels². */
  private overlap(b: Box, own: string): number {
    const m = this.o.margin;
    const g = { x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m };
    let cost = 0;
    const seen = new Set<Box | Disc>();
    for (const c of this.cover(g.x, g.y, g.w, g.h, false)) {
      for (const o of c.boxes) {
        if (seen.has(o)) continue;
        seen.add(o);
        const ox = Math.min(g.x + g.w, o.x + o.w) - Math.max(g.x, o.x);
        const oy = Math.min(g.y + g.h, o.y + o.h) - Math.max(g.y, o.y);
        if (ox > 0 && oy > 0) cost += ox * oy;
      }
      for (const d of c.discs) {
        if (d.id === own || seen.has(d)) continue;
        seen.add(d);
        const dx = d.x - Math.max(g.x, Math.min(d.x, g.x + g.w));
        const dy = d.y - Math.max(g.y, Math.min(d.y, g.y + g.h));
        const inside = d.r - Math.hypot(dx, dy);
        if (inside > 0) cost += inside * inside * 4;
      }
    }
    return cost;
  }

  /** The grid cells a rectangle touches (created when `create`). */
  private *cover(x: number, y: number, w: number, h: number, create = true) {
    const [x0, x1] = [Math.floor(x / CELL), Math.floor((x + w) / CELL)];
    const [y0, y1] = [Math.floor(y / CELL), Math.floor((y + h) / CELL)];
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++) {
        const key = (i + 4096) * 8192 + (j + 4096);
        let c = this.cells.get(key);
        if (!c) {
          if (!create) continue;
          c = { discs: [], boxes: [] };
          this.cells.set(key, c);
        }
        yield c;
      }
  }
}

/** Whether two boxes intersect (touching edges do not). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
