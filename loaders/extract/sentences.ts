/**
 * Sentence splitting with character offsets. Splits after . ! ? (and closing quotes) followed by
 * space and an upper-case letter or a quote, and at blank lines and headline line breaks; does not
 * split after abbreviations (U.S., Sen., Jan., Dr., Mr.) or initials (Donald J. Trump).
 */

/** A sentence: its text and where it starts and ends in the document. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  "u.s u.k u.n e.u d.c mr mrs ms dr sen rep gov gen lt col capt adm sgt st jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co jr sr p.m a.m approx dept est fig u.s.a".split(
    " ",
  ),
);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{Lu}$/u.test(text.slice(i + 1, dot));
}

/** Splits `text` into sentences with offsets (whitespace trimmed, empty pieces dropped). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const re = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘(\p{Lu}\d])|\n\s*\n|\n(?=\s*\S)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].startsWith("\n")) {
      const prev = text.slice(start, m.index).trim();
      if (m[0].trim() === "" && /\n\s*\n/.test(m[0])) push(m.index);
      else if (prev && !/[,;:]$/.test(prev)) push(m.index);
      continue;
    }
    if (m[1] === "." && endsWithAbbreviation(text, m.index)) continue;
    push(m.index + m[1]!.length + (m[2]?.length ?? 0));
  }
  push(text.length);
  return out;
}
