/**
 * Markdown to text: reads YAML front matter (title, date, url), drops link targets, images, code
 * fences' markers and emphasis markers so sentences read as prose.
 */

/** Text and metadata of a Markdown document. */
export function markdownToText(md: string): {
  text: string;
  title?: string;
  published?: string;
  url?: string;
} {
  let body = md;
  const fields: Record<string, string> = {};
  const fm = /^---\n([\s\S]*?)\n---\n?/.exec(md.replace(/\r\n?/g, "\n"));
  if (fm) {
    for (const line of fm[1]!.split("\n")) {
      const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
      if (m) fields[m[1]!.toLowerCase()] = m[2]!.replace(/^["']|["']$/g, "").trim();
    }
    body = md.replace(/\r\n?/g, "\n").slice(fm[0].length);
  }
  const text = body
    .replace(/^```.*$/gm, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^\s*>\s?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|\W)[*_](\S[^*_]*?)[*_](?=\W|$)/g, "$1$2");
  const published = fields.date ?? fields.published;
  return {
    text,
    ...(fields.title ? { title: fields.title } : {}),
    ...(published ? { published } : {}),
    ...(fields.url ? { url: fields.url } : {}),
  };
}
