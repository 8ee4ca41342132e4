/**
 * Escaping for the text formats: XML/HTML text and attributes, CSV fields, Cypher string literals.
 */

/** Escapes XML/HTML special characters (text and attribute values) and drops invalid XML characters. */
export function escapeXml(s: string): string {
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? "" : Array.isArray(v) ? v.join("; ") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A Cypher string literal in single quotes with backslash escapes. */
export function cypherString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")}'`;
}
