/**
 * Cue-driven relations: for every cue of the lexicon in a sentence, the clause around it gives the
 * source (subject position, the speaker of a quote, or the reporter of speech) and the target
 * (the next actor, coordinated actors, the 'by' agent of a passive). Negated cues are dropped;
 * TARGETS cues under a modal or future become THREATENS.
 */
import type { RelationType } from "../../graph/ontology.ts";
import { type Candidate, lastPersonBefore, mentionsIn, validPair } from "./candidate.ts";
import {
  clauseAround,
  coordinated,
  hypothetical,
  inPrepositionalPhrase,
  negated,
  quoteAt,
  quoteSpans,
} from "./clauses.ts";
import { CUES, type Cue, REPORTING } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

const STANCE: ReadonlySet<RelationType> = new Set(["THREATENS", "OPPOSES", "COOPERATES_WITH"]);
const PASSIVE = /\b(?:is|are|was|were|been|be|being|get|gets|got)\s+(?:\w+ly\s+)?$/i;
const BASE: Record<Cue["form"], number> = { verb: 0.75, noun: 0.65, stance: 0.8, phrase: 0.7 };

interface Found {
  cue: Cue;
  start: number;
  end: number;
}

/** Non-overlapping cue matches of a sentence, longest first. */
function cuesIn(text: string): Found[] {
  const all: Found[] = [];
  for (const cue of CUES) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(text); m; m = cue.re.exec(text))
      all.push({ cue, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Found[] = [];
  for (const f of all) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

/** The speaker of a quote: the actor next to a reporting verb outside it, or he/she resolved. */
function speakerOf(s: Sentence, ms: Mention[], all: Mention[], quote: [number, number]): Mention | undefined {
  const outside = (m: Mention) => m.end - s.start <= quote[0] || m.start - s.start >= quote[1];
  REPORTING.lastIndex = 0;
  let best: { m: Mention; d: number } | undefined;
  for (let r = REPORTING.exec(s.text); r; r = REPORTING.exec(s.text)) {
    if (r.index >= quote[0] && r.index < quote[1]) continue;
    const d = r.index < quote[0] ? quote[0] - r.index : r.index - quote[1];
    const before = ms
      .filter((m) => outside(m) && m.end - s.start <= r!.index && r!.index - (m.end - s.start) <= 25)
      .pop();
    const after = ms.find(
      (m) => outside(m) && m.start - s.start >= r!.index && m.start - s.start - r!.index <= 25,
    );
    const pron = /\b(?:he|she)\s*$/i.test(s.text.slice(Math.max(0, r.index - 5), r.index))
      ? lastPersonBefore(all, s.start + r.index)
      : undefined;
    const m = before ?? pron ?? after;
    if (m && (!best || d < best.d)) best = { m, d };
  }
  return best?.m;
}

/** Subject-position actors of the clause before the cue (nearest first, with coordinated ones). */
function subjects(s: Sentence, ms: Mention[], from: number, to: number): Mention[] {
  const cands = ms.filter(
    (m) => m.start - s.start >= from && m.end - s.start <= to && !inPrepositionalPhrase(s.text, s.start, m),
  );
  const last = cands[cands.length - 1];
  if (!last) return [];
  return [last, ...coordinated(s.text, s.start, cands, last, -1)];
}

/** Target actors after the cue within the clause (first one plus coordinated ones). */
function targets(
  s: Sentence,
  ms: Mention[],
  from: number,
  to: number,
  cueEndsWithPreposition: boolean,
): Mention[] {
  const after = ms.filter((m) => m.start - s.start >= from && m.end - s.start <= to);
  const first = after.find((m, i) =>
    i === 0 && cueEndsWithPreposition
      ? true
      : !inPrepositionalPhrase(s.text, s.start, m) ||
        /^\s*(?:\S+\s+){0,3}$/.test(s.text.slice(from, m.start - s.start)),
  );
  if (!first) return [];
  return [first, ...coordinated(s.text, s.start, after, first, 1)];
}

const AMBIGUOUS =
  /^(?:raids?|strikes?|attacks?|hits?|targets?|bombs?|arrests?|captures?|seizes?|kills?|sanctions?|charges?|helps?|backs?|supports?|lists?|labels?|brands?|runs?|leads?|launch(?:es)?|mounts?|works?|teams?|partners?|warns?|threats?|assists?)$/i;
const AUXILIARY =
  /(?:^|\s)(?:has|have|had|was|were|is|are|be|been|will|would|could|can|may|might|must|should|to|also|then|who|that|which|and|reportedly|repeatedly|already|allegedly|now|later|jointly|often|never|not|n't|’s|'s|did|does|do)\s*$/i;

/** False when an ambiguous verb cue reads as a noun ("the raid", "maritime strikes") or a gerund subject. */
function verbReading(
  s: Sentence,
  ms: Mention[],
  clauseStart: number,
  start: number,
  cueText: string,
): boolean {
  const first = cueText.split(/\s+/)[0]!;
  const before = s.text.slice(clauseStart, start);
  if (/ing$/i.test(first))
    return !/^\s*(?:(?:yet|and|but|so|then)\s+)?$/i.test(before) || /,\s*$/.test(before);
  if (!AMBIGUOUS.test(first)) return true;
  if (AUXILIARY.test(before) || /ly\s*$/.test(before)) return true;
  return ms.some((m) => m.end - s.start <= start && /^\s*$/.test(s.text.slice(m.end - s.start, start)));
}

/** Relations stated by cues in the sentences of one document. */
export function cueRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const ms = mentionsIn(mentions, s);
    if (!ms.length) continue;
    const quotes = quoteSpans(s.text);
    for (const f of cuesIn(s.text)) {
      const [c0, c1] = clauseAround(s.text, f.start);
      const before = s.text.slice(c0, f.start);
      const cueText = s.text.slice(f.start, f.end);
      if (f.cue.form === "stance" ? negated(before, "") : negated(before, cueText)) continue;
      if (f.cue.form === "verb" && !verbReading(s, ms, c0, f.start, cueText)) continue;
      let type = f.cue.type;
      if (type === "TARGETS" && hypothetical(before)) type = "THREATENS";
      let confidence = BASE[f.cue.form];
      let rule = `cue:${f.cue.type.toLowerCase()}-${f.cue.form}`;
      const quote = quoteAt(quotes, f.start);
      let srcs: Mention[] = [];
      let reported: Mention | undefined;
      let tgtFrom = f.end;
      if (quote) {
        const inside = subjects(s, ms, Math.max(c0, quote[0]), f.start);
        const speaker = speakerOf(s, ms, mentions, quote);
        srcs = inside.length && f.cue.form !== "stance" ? inside : speaker ? [speaker] : [];
        rule += "+quote";
      } else {
        REPORTING.lastIndex = 0;
        const reps = [...s.text.slice(0, f.start).matchAll(REPORTING)].filter(
          (r) => !quoteAt(quotes, r.index!),
        );
        const rep = reps[reps.length - 1];
        if (rep && f.cue.form !== "noun") {
          const r = rep.index!;
          const [rc0] = clauseAround(s.text, r);
          const spk =
            subjects(s, ms, rc0, r)[0] ??
            (/\b(?:he|she)\s+(?:\w+\s+)?$/i.test(s.text.slice(rc0, r))
              ? lastPersonBefore(mentions, s.start + r)
              : undefined);
          const embedded = subjects(s, ms, r, f.start);
          if (f.cue.form === "stance") {
            srcs = spk ? [spk] : [];
            tgtFrom = r + rep[0].length;
          } else {
            srcs = embedded.length ? embedded : spk ? [spk] : [];
            if (embedded.length && spk && STANCE.has(type)) reported = spk;
          }
          rule += "+reported";
        } else srcs = subjects(s, ms, c0, f.start);
      }
      if (!srcs.length && /\b(?:he|she)\b/i.test(before)) {
        const p = lastPersonBefore(mentions, s.start + f.start);
        if (p) {
          srcs = [p];
          confidence -= 0.1;
          rule += "+pronoun";
        }
      }
      const endsWithPrep = /\b(?:of|on|against|with|to|between|in)$/i.test(cueText);
      let tgts: Mention[];
      if (f.cue.form === "stance") {
        const [, e1] = clauseAround(s.text, tgtFrom);
        tgts = ms
          .filter(
            (m) =>
              m.start - s.start >= tgtFrom && m.end - s.start <= Math.max(f.start, e1) && !srcs.includes(m),
          )
          .slice(0, 1);
      } else if (type === "DESIGNATES") {
        tgts = ms.filter(
          (m) => m.start - s.start >= f.end && (m.kind === "Cartel" || m.kind === "Institution"),
        );
      } else tgts = targets(s, ms, f.end, c1, endsWithPrep);
      if (f.cue.form === "verb" && PASSIVE.test(before)) {
        const by = /^\s+by\s+/.exec(s.text.slice(f.end));
        const agent = by
          ? ms.find(
              (m) =>
                m.start - s.start >= f.end + by[0].length - 1 &&
                m.start - s.start <= f.end + by[0].length + 4,
            )
          : undefined;
        if (!agent) continue;
        tgts = srcs;
        srcs = [agent];
        rule += "+passive";
      }
      if (/between$/i.test(cueText) && tgts.length >= 2) {
        srcs = [tgts[0]!];
        tgts = tgts.slice(1);
      }
      const emit = (src: Mention, tgt: Mention, conf: number, r: string) => {
        if (!validPair(type, src, tgt)) return;
        out.push({
          source: src,
          target: tgt,
          type,
          confidence: Math.max(0.3, Math.min(0.95, conf)),
          sentence: s,
          cue: cueText,
          cueStart: s.start + f.start,
          cueEnd: s.start + f.end,
          rule: r,
        });
      };
      for (const src of srcs)
        for (const tgt of tgts) emit(src, tgt, confidence - (tgt === tgts[0] ? 0 : 0.05), rule);
      if (reported) for (const tgt of tgts) emit(reported, tgt, confidence - 0.1, `${rule}+speaker`);
      if (type === "THREATENS" && tgts.length) {
        const lastT = tgts[tgts.length - 1]!;
        const loc = ms.find(
          (m) =>
            m.kind === "Government" &&
            m.start > lastT.end &&
            /^\s+(?:in|inside|into|within)\s+(?:the\s+)?$/.test(
              s.text.slice(lastT.end - s.start, m.start - s.start),
            ),
        );
        if (loc) for (const src of srcs) emit(src, loc, 0.45, `${rule}+location`);
      }
    }
  }
  return out;
}
