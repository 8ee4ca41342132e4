/**
 * Checks on the query text that the plan cannot show: a leading EXPLAIN/PROFILE (the console plans
 * the query itself) and calls of namespaced functions outside the built-in read namespaces (a server
 * with plugins such as APOC has functions that read files or URLs). Strings and comments are
 * blanked first so their content never counts.
 */

/** Built-in function namespaces the console allows (`date.truncate`, `point.distance`, ...). */
export const ALLOWED_FUNCTION_NAMESPACES: readonly string[] = [
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
  "duration",
  "point",
  "vector",
];

/** Replaces string literals, quoted names and comments by spaces (same length, same offsets). */
export function blankLiterals(cypher: string): string {
  return cypher.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    " ".repeat(m.length),
  );
}

/** The first reason the text is refused, or undefined. */
export function checkText(cypher: string): string | undefined {
  const code = blankLiterals(cypher);
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) {
    return "send the query without EXPLAIN or PROFILE; the console plans it itself";
  }
  for (const m of code.matchAll(/(\bCALL\s+)?\b([A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)+)\s*\(/gi)) {
    if (m[1]) continue; // a procedure call: the plan check decides
    const name = m[2]!.replace(/\s+/g, "");
    const namespace = name.split(".")[0]!.toLowerCase();
    if (!ALLOWED_FUNCTION_NAMESPACES.includes(namespace)) {
      return `function ${name} is not a built-in read function (allowed namespaces: ${ALLOWED_FUNCTION_NAMESPACES.join(", ")})`;
    }
  }
  return undefined;
}
