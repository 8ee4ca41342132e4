/**
 * People named again by their office alone: "President Gustavo Petro met reporters. The president
 * accused ..." — "the president", "the minister", "the senator", "the governor" and the like stand
 * for the last person before them (within a few sentences, outside quotes) who holds that office by
 * the text (a title before the name, or an apposition after it: "X, the interior minister,") or by
 * the gazetteer's roles on the document's date. Conservative: an office followed by "of" and a
 * name, by a name or by a possessive is another construction (offices.ts, titles); "the former president" is no one
 * the text just named; no such person nearby, no link.
 */

import { quotedAt } from "./coref.ts";
import type { Actor } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import { active } from "./offices.ts";
import { lowerBound } from "./spans.ts";
import { bareTitle, TITLE_AFTER, TITLE_BEFORE } from "./titles.ts";

/** Offices news repeats alone for the person it just named. */
const OFFICE =
  /(?<![\p{L}])[Tt]he\s+(president|vice president|prime minister|minister|senator|governor|mayor|congressman|congresswoman|lawmaker|ambassador|envoy|prosecutor|attorney general|commissioner|general|commander)(?![\p{L}'’-])(?!\s+of\s+(?:the\s+)?\p{Lu}|\s*['’]s\b|,?\s+[\p{Lu}"“])/gu;

/** How far back (characters) the person named with the office may be. */
const WINDOW = 600;

/** True when `title` ("Interior Minister", "President") names the office `office` ("minister"). */
function holds(title: string, office: string): boolean {
  const t = bareTitle(title).toLowerCase();
  return t === office || t.endsWith(` ${office}`);
}

/** The titles the text or the gazetteer gives the person mentioned as `p`. */
function titlesOf(text: string, p: Mention, date?: string): string[] {
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, p.start - 60), p.start))?.[1];
  const after = TITLE_AFTER.exec(text.slice(p.end, p.end + 80))?.[2];
  const known = (p.actor as Actor | undefined)?.roles
    .filter((r) => active(r.from, r.to, date))
    .flatMap((r) => r.titles);
  return [before, after, ...(known ?? [])].filter((t): t is string => !!t);
}

/** Mentions of people that "the <office>" stands for in `text` (see the header); `mentions` sorted by start. */
export function officeRepeatMentions(text: string, mentions: Mention[], date?: string): Mention[] {
  const out: Mention[] = [];
  for (const o of text.matchAll(OFFICE)) {
    const start = o.index;
    const end = start + o[0].length;
    const office = o[1]!.toLowerCase();
    const i = lowerBound(mentions, start);
    if ((mentions[i] && mentions[i]!.start < end) || quotedAt(text, start)) continue;
    if (/\b(?:former|ex-|late|then)\s*$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    let antecedent: Mention | undefined;
    for (let j = i - 1; j >= 0 && start - mentions[j]!.end <= WINDOW; j--) {
      const p = mentions[j]!;
      if (p.kind !== "Person" || p.quoted || p.end > start) continue;
      if (titlesOf(text, p, date).some((t) => holds(t, office))) {
        antecedent = p;
        break;
      }
    }
    if (!antecedent) continue;
    out.push({ ...antecedent, start, end, text: o[0], rule: `coreference:the-${office.replace(/ /g, "-")}` });
  }
  return out;
}
