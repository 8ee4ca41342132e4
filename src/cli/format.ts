/**
 * Formatting of query rows for the terminal: an aligned text table, JSON, or RFC 4180 CSV.
 */

/** Output formats of `kgx query`. */
export const QUERY_FORMATS = ["table", "json", "csv"] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/** Quotes a CSV field when it holds a comma, quote or line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Formats rows with the given columns. */
export function formatRows(columns: string[], rows: Record<string, unknown>[], format: QueryFormat): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  if (format === "csv") {
    return (
      [
        columns.map(csvField).join(","),
        ...rows.map((r) => columns.map((c) => csvField(cell(r[c]))).join(",")),
      ].join("\n") + "\n"
    );
  }
  const text = rows.map((r) => columns.map((c) => cell(r[c]).replace(/\s+/g, " ")));
  const widths = columns.map((c, i) => Math.min(60, Math.max(c.length, ...text.map((t) => t[i]!.length))));
  const line = (cells: string[]) =>
    cells
      .map((s, i) => (s.length > widths[i]! ? `${s.slice(0, widths[i]! - 1)}…` : s.padEnd(widths[i]!)))
      .join(" | ");
  return (
    [
      line(columns),
      widths.map((w) => "-".repeat(w)).join("-+-"),
      ...text.map(line),
      `(${rows.length} rows)`,
    ].join("\n") + "\n"
  );
}

/** Parses `k=v` parameters; values that parse as JSON (numbers, booleans, lists) are taken as such. */
export function parseParam(raw: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const i = raw.indexOf("=");
  if (i <= 0) throw new Error(`--param expects key=value, got "${raw}"`);
  const key = raw.slice(0, i);
  const text = raw.slice(i + 1);
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    value = text;
  }
  return { ...previous, [key]: value };
}
