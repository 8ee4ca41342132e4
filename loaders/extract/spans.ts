/**
 * Span look-ups in time proportional to what they return, so extraction stays linear in document
 * size: binary search over spans sorted by start (with a running maximum of ends for overlap
 * queries), and a character bitmap for spans claimed one by one.
 */

/** Anything with [start, end) character offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Index of the first span whose start is >= `pos` in `spans` sorted by start. */
export function lowerBound(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Spans of `sorted` (sorted by start) that lie inside [start, end), in order. */
export function spansWithin<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i]!.start < end; i++)
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** A fixed set of spans answering "does anything overlap [s, e)?" and "what contains pos?" in log time. */
export class SpanIndex<T extends Span> {
  readonly sorted: T[];
  private readonly maxEnd: number[];

  constructor(spans: Iterable<T>) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let m = Number.NEGATIVE_INFINITY;
    for (const s of this.sorted) {
      m = Math.max(m, s.end);
      this.maxEnd.push(m);
    }
  }

  /** True when some span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    const k = lowerBound(this.sorted, end) - 1;
    return k >= 0 && this.maxEnd[k]! > start;
  }

  /** Spans overlapping [start, end), in order of start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = lowerBound(this.sorted, end) - 1; k >= 0 && this.maxEnd[k]! > start; k--) {
      const s = this.sorted[k]!;
      if (s.end > start) out.push(s);
    }
    return out.reverse();
  }

  /** True when some span contains `pos` (start <= pos < end). */
  contains(pos: number): boolean {
    return this.overlaps(pos, pos + 1);
  }
}

/** Characters of a text claimed by spans added one at a time (overlap test costs the span's length). */
export class Claimed {
  private readonly bits: Uint8Array;

  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }

  /** True when any character of [start, end) is claimed. */
  any(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i]) return true;
    return false;
  }

  /** Claims [start, end). */
  add(start: number, end: number): void {
    this.bits.fill(1, start, end);
  }
}
