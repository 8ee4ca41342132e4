/**
 * Date finding for documents and sentences: ISO dates, "date 2026-01-16" lines, and English dates
 * such as "Jan. 8, 2026", "January 8, 2026" or "8 January 2026". Returns ISO `YYYY-MM-DD`.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function monthNumber(name: string): number {
  return (
    MONTHS[
      name
        .toLowerCase()
        .replace(/\./g, "")
        .slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)
    ] ?? 0
  );
}

/** The first full date (with a year) in `text`, as ISO, or undefined. */
export function findDate(text: string): string | undefined {
  const candidates: { index: number; value: string | undefined }[] = [];
  const i = ISO.exec(text);
  if (i) candidates.push({ index: i.index, value: iso(Number(i[1]), Number(i[2]), Number(i[3])) });
  const a = MDY.exec(text);
  if (a) candidates.push({ index: a.index, value: iso(Number(a[3]), monthNumber(a[1]!), Number(a[2])) });
  const b = DMY.exec(text);
  if (b) candidates.push({ index: b.index, value: iso(Number(b[3]), monthNumber(b[2]!), Number(b[1])) });
  candidates.sort((x, y) => x.index - y.index);
  return candidates.find((c) => c.value)?.value;
}

/**
 * The publication date of a document: a `date YYYY-MM-DD` / `Published: ...` line near the top,
 * else the first full date in the first 1500 characters.
 */
export function findPublishedDate(text: string): string | undefined {
  const head = text.slice(0, 1500);
  const line = /(?:^|\n)\s*(?:date|published|updated|posted)\s*:?\s*([^\n]{4,40})/i.exec(head);
  if (line) {
    const d = findDate(line[1]!);
    if (d) return d;
  }
  return findDate(head);
}
