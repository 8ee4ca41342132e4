/**
 * Text folding shared by ids, search and name matching: lower case without accents, so
 * "Nicolás" and "nicolas" compare equal. Callers add their own punctuation rules on top.
 */

/** Lower-cased `s` with combining accents removed. */
export function foldAccents(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** True when two names are equal ignoring case, accents and surrounding spaces. */
export function sameName(a: string, b: string): boolean {
  return foldAccents(a).trim() === foldAccents(b).trim();
}
