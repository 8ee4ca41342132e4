/**
 * Running a part of an organisation is belonging to it: "X ran the gang's extortion network",
 * "X, who managed the group's finances", "X, alias \"Flaco\", oversees Los Lobos' drug shipments"
 * give X MEMBER_OF the organisation whose possession X runs (heading the whole is LEADS, read
 * elsewhere). The organisation may be a description resolved by coreference ("the gang's").
 * The person must be the verb's subject: right before it, past an alias and "who".
 */
import { type Candidate, mentionsIn, validPair } from "./candidate.ts";
import type { Mention } from "./mentions.ts";
import type { Sentence } from "./sentences.ts";

/** Verbs of running something, in the forms news writes them. */
const RUN =
  "(?:ran|runs?|running|manag(?:ed|es|e|ing)|overs(?:aw|ees?|eeing)|handl(?:ed|es|e|ing)|coordinat(?:ed|es|e|ing)|direct(?:ed|s|ing)?|supervis(?:ed|es|e|ing)|controll?(?:ed|s|ing)?|head(?:ed|s|ing)?|l(?:ed|eads?|eading)|command(?:ed|s|ing)?)";

/** Between the person and the organisation: an alias, "who", an adverb or two, the verb, "the". */
const PERSON_RUNS = new RegExp(
  `^(?:,?\\s+(?:alias|known\\s+as)\\s+["“][^"”\\n]{1,30}["”],?)?(?:,?\\s+who)?\\s+(?:(?:allegedly|reportedly|also|still|once|now|later|long|had|has|have|is|was|been)\\s+){0,2}${RUN}\\s+(?:the\\s+)?$`,
  "u",
);

/** The verb at the end of {@link PERSON_RUNS}' match. */
const VERB_AT_END = new RegExp(`${RUN}(?=\\s+(?:the\\s+)?$)`, "u");

/** After the organisation: its possessive and the lower-case noun of the part run ("'s extortion network"). */
const POSSESSED_PART = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,}\b/u;

/** MEMBER_OF relations of people running a part of an organisation, in one document's sentences. */
export function operativeRelations(sentences: Sentence[], mentions: Mention[]): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const ms = mentionsIn(mentions, s);
    for (let j = 1; j < ms.length; j++) {
      const org = ms[j]!;
      // The person's first mention of those right before the organisation: its alias may follow it.
      let i = j - 1;
      while (i > 0 && ms[i - 1]!.key === ms[i]!.key && ms[i]!.kind === "Person") i--;
      const person = ms[i]!;
      if (person.kind !== "Person" || org.kind === "Person") continue;
      const gap = s.text.slice(person.end - s.start, org.start - s.start);
      // A description mention begins at its "the": the gap then ends with the verb.
      const head = PERSON_RUNS.exec(/^coreference:/.test(org.rule) ? `${gap}the ` : gap);
      if (!head || !POSSESSED_PART.test(s.text.slice(org.end - s.start, org.end - s.start + 60))) continue;
      if (!validPair("MEMBER_OF", person, org)) continue;
      const verb = VERB_AT_END.exec(head[0])!;
      const cueStart = person.end + verb.index;
      out.push({
        source: person,
        target: org,
        type: "MEMBER_OF",
        confidence: 0.7,
        sentence: s,
        cue: verb[0],
        cueStart,
        cueEnd: cueStart + verb[0].length,
        rule: "runs-part-of",
      });
    }
  }
  return out;
}
