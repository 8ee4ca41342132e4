/**
 * "Kenyan-led mission", "a U.S.-led coalition": the state a demonym (or a state's own short name)
 * names before "-led" leads the institution that follows within a few words (an operation is
 * conducted, which the cue lexicon's "led" gives). The state comes from the gazetteer's demonyms;
 * the led actor must be a mention of the sentence.
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** "<Word>-led " and the few words that may stand before the led actor's name. */
const LED = /(?<![\p{L}.])([\p{Lu}][\p{L}.]*)-led\s+(?:(?:[\p{Ll}-]+|UN|U\.N\.)\s+){0,3}/gu;

/** The state a word before "-led" names ("Kenyan", "Brazilian", "U.S."), if any. */
function stateOf(word: string, gaz: Gazetteer): string | undefined {
  const named = gaz.get(word);
  if (named?.kind === "Government") return named.name;
  return (
    gaz.stateOfDemonym(word)?.name ??
    gaz.actors.find((a) => a.kind === "Government" && a.aliases.includes(word))?.name
  );
}

/** LEADS relations of "<Demonym>-led <institution>" in the sentences of one document. */
export function demonymLedRelations(sentences: Sentence[], mentions: Mention[], gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (!s.text.includes("-led ")) continue;
    const ms = mentionsIn(mentions, s);
    for (const m of s.text.matchAll(LED)) {
      const at = s.start + m.index + m[0].length;
      const led = ms.find((x) => x.start === at && x.kind === "Institution");
      const state = stateOf(m[1]!, gaz);
      const actor = state ? gaz.get(state) : undefined;
      if (!led || !actor) continue;
      const source: Mention = {
        start: s.start + m.index,
        end: s.start + m.index + m[1]!.length,
        text: m[1]!,
        key: actor.name,
        name: actor.name,
        kind: actor.kind,
        actor,
        rule: "gazetteer:demonym",
      };
      if (!validPair("LEADS", source, led)) continue;
      out.push({
        source,
        target: led,
        type: "LEADS",
        confidence: 0.7,
        sentence: s,
        cue: `${m[1]}-led`,
        cueStart: source.start,
        cueEnd: source.end + 4,
        rule: "demonym-led",
      });
    }
  }
  return out;
}
