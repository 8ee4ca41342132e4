/**
 * Designation told in the passive by the list an actor is put on: "X was added to the Treasury
 * Department's sanctions list", "X, who was placed on the U.S. terrorism list", "X and Y were
 * included in Washington's list of terrorist organizations" give the list's owner DESIGNATES X.
 * The owner is the actor right after "to/on/in (the)"; a list with no owner named gives nothing.
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import { coordinated } from "./clauses.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** The passive of putting on a list, up to the list's owner. */
const PUT_ON =
  /\b(?:was|were|has been|have been|had been|is|are|being)\s+(?:(?:also|later|formally|officially|quietly|himself|herself|itself|themselves)\s+){0,2}(?:added|placed|put|included|entered)\s+(?:to|on|in|onto)\s+(?:the\s+)?$/;
/** A cheap test a sentence must pass first. */
const PUT_VERB = /\b(?:added|placed|put|included|entered)\s+(?:to|on|in|onto)\s/;
/** After the owner: its list ("'s sanctions list", " terrorism list", "'s list of terrorist groups"). */
const LIST_AFTER =
  /^(?:['’]s?)?\s+(?:(?:[\p{L}-]+|\p{Lu}{2,6})\s+){0,4}?(?:list|blacklist|register|registry)\b/u;
/** Between the designated actor and the passive: nothing, or a relative pronoun. */
const SUBJECT_GAP = /^\s*(?:,\s*(?:who|which)\s+)?$/;

/** People of a group before its name. */
const PEOPLE_OF =
  /\b(?:leaders?|members?|commanders?|financiers?|operatives?|associates?|figures?|bosses) of (?:the\s+)?$/i;

/** DESIGNATES relations of actors put on a named owner's list, in one document's sentences. */
export function listingRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (!PUT_VERB.test(s.text) || !/\b(?:list|blacklist|register|registry)\b/.test(s.text)) continue;
    const ms = mentionsIn(mentions, s);
    for (const owner of ms) {
      // PUT_ON is end-anchored: tried on the 120 characters before the owner only.
      const from = Math.max(0, owner.start - s.start - 120);
      const head = PUT_ON.exec(s.text.slice(from, owner.start - s.start));
      if (!head || !LIST_AFTER.test(s.text.slice(owner.end - s.start, owner.end - s.start + 80))) continue;
      const at = from + head.index;
      const subject = ms.filter((m) => m.end - s.start <= at).pop();
      if (!subject || !SUBJECT_GAP.test(s.text.slice(subject.end - s.start, at))) continue;
      // "Three leaders of the X gang were placed on the list": the people, not X.
      if (PEOPLE_OF.test(s.text.slice(Math.max(0, subject.start - s.start - 40), subject.start - s.start)))
        continue;
      const listed = [subject, ...coordinated(s.text, s.start, ms, subject, -1)];
      for (const target of listed)
        if (validPair("DESIGNATES", owner, target))
          out.push({
            source: owner,
            target,
            type: "DESIGNATES",
            confidence: 0.75,
            sentence: s,
            cue: head[0].trim(),
            cueStart: s.start + at,
            cueEnd: s.start + at + head[0].trimEnd().length,
            rule: "listed-passive",
          });
    }
  }
  return out;
}
