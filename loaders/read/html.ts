/**
 * HTML to text for the loaders: drops scripts, styles and other non-content elements, keeps block
 * structure as line breaks, decodes entities, and reads the title and publication date from metadata.
 */

const DROP = /<(script|style|noscript|template|svg|iframe|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|section|article|header|footer|blockquote|tr|table|figure|figcaption)\b[^>]*>/gi;
const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  aacute: "á",
  eacute: "é",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  Aacute: "Á",
  Eacute: "É",
  Iacute: "Í",
  Oacute: "Ó",
  Uacute: "Ú",
  Ntilde: "Ñ",
};

/** Decodes HTML character references (named, decimal and hex). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref] ?? m;
  });
}

function meta(html: string, names: string[]): string | undefined {
  for (const name of names) {
    const re = new RegExp(
      `<meta[^>]+(?:name|property)=["']${name}["'][^>]*content=["']([^"']*)["']|<meta[^>]+content=["']([^"']*)["'][^>]*(?:name|property)=["']${name}["']`,
      "i",
    );
    const m = re.exec(html);
    const v = m?.[1] ?? m?.[2];
    if (v) return decodeEntities(v).trim();
  }
  return undefined;
}

/** The visible text of an HTML page, plus title and date from its metadata. */
export function htmlToText(html: string): { text: string; title?: string; published?: string; url?: string } {
  const titleTag = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const title = meta(html, ["og:title"]) ?? (titleTag ? decodeEntities(titleTag).trim() : undefined);
  const published = meta(html, ["article:published_time", "date", "pubdate", "publish-date", "dc.date"]);
  const url = meta(html, ["og:url"]);
  const body = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(DROP, " ")
    .replace(BLOCK, "\n")
    .replace(/<[^>]+>/g, "");
  const text = decodeEntities(body)
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, ...(title ? { title } : {}), ...(published ? { published } : {}), ...(url ? { url } : {}) };
}
