/**
 * The time histogram: relation dates counted per day (spans up to two months) or per month, with
 * each bin's first and last day, so a range of bins maps back to a date filter.
 */

/** One bar: its first and last day (YYYY-MM-DD) and how many relations have evidence in it. */
export interface Bin {
  from: string;
  to: string;
  count: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

/** Bins over `dateSets` (one set of evidence dates per relation; a relation counts once per bin). */
export function histogram(dateSets: string[][]): Bin[] {
  const all = dateSets.flat().sort();
  if (!all.length) return [];
  const first = new Date(`${all[0]}T00:00:00Z`);
  const last = new Date(`${all[all.length - 1]}T00:00:00Z`);
  const daily = (last.getTime() - first.getTime()) / DAY <= 62;
  const bins: Bin[] = [];
  if (daily)
    for (let t = first.getTime(); t <= last.getTime(); t += DAY)
      bins.push({ from: day(new Date(t)), to: day(new Date(t)), count: 0 });
  else {
    const end = last.getUTCFullYear() * 12 + last.getUTCMonth();
    for (let m = first.getUTCFullYear() * 12 + first.getUTCMonth(); m <= end; m++)
      bins.push({
        from: day(new Date(Date.UTC(Math.floor(m / 12), m % 12, 1))),
        to: day(new Date(Date.UTC(Math.floor(m / 12), (m % 12) + 1, 0))),
        count: 0,
      });
  }
  for (const dates of dateSets) {
    const hit = new Set<number>();
    for (const d of dates) {
      const i = bins.findIndex((b) => d >= b.from && d <= b.to);
      if (i >= 0) hit.add(i);
    }
    for (const i of hit) bins[i]!.count++;
  }
  return bins;
}
