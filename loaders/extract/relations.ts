/**
 * Cue-driven relations: for every cue of the lexicon in a sentence, the clause around it gives the
 * source (the clause subject, the speaker of a quote, or the reporter of speech) and the target
 * (the next actor and those coordinated with it, the 'by' agent of a passive, the actor a stance
 * is about). Negated cues are dropped; TARGETS cues under a modal or future become THREATENS.
 * A stance against an event ("condemned the raid") is handed to `reactions` for events.ts.
 */
import type { RelationType } from "../../graph/ontology.ts";
import {
  appositionHead,
  designated,
  IMMEDIATE_SUBJECT,
  modifierBefore,
  NOUN_OBJECT,
  ofWhich,
  speakerOf,
  subjects,
  THREAT_THROUGH,
  targets,
} from "./arguments.ts";
import { type Candidate, lastPersonBefore, mentionsIn, validPair } from "./candidate.ts";
import { clauseAround, coordinated, hypothetical, negated, quoteAt, quoteSpans } from "./clauses.ts";
import { accusedBefore, byAgents, inPersonLabel, modifiesNoun, openingSubject } from "./cue-arguments.ts";
import { cuesIn, reportingBefore, verbReading } from "./cue-matches.ts";
import {
  DESIGNATION_OBJECT,
  EVENT_OBJECT,
  type EventReaction,
  eventAgentTargets,
  STATEMENT_OBJECT,
} from "./events.ts";
import { nominalAgent, phraseHeads, relativeObject, relativeSubject, threatenedAct } from "./frames.ts";
import { CUES, type Cue } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { operationTargets } from "./operation-targets.ts";
import { onlyGroupBefore } from "./pronouns.ts";
import type { Sentence } from "./sentences.ts";
import { whomFrame } from "./whom.ts";

/** Nouns naming the agent of a stance ("critic of"): their object is the actor right after them. */
const AGENT_NOUN = /^(?:critic|opponent)s?\s+of$/i;
/** A finite or modal verb between a reported clause's subject and a quote ("would continue to \""). */
const CLAUSE_VERB = /\b(?:would|will|had|has|have|was|were|is|are|could|should|must|can|may|might|to)\b/;

/**
 * Stances a speaker takes on when reporting them ("X said Y would strike Z": X threatens Z too),
 * unless the speaker is a spokesperson ({@link SPOKESPERSON_BEFORE}); not cooperation, which stays
 * with the embedded subject.
 */
const SPEAKER_SHARES: ReadonlySet<RelationType> = new Set(["THREATENS", "OPPOSES"]);
/** Between a possessor and an agent cue: the possessed noun phrase it heads ("'s security cabinet, "). */
const POSSESSED_BEFORE_AGENT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+,?\s*$/u;
/** A designation announced as decided, right before its verb: "will", "is set to", "has decided to". */
const DECIDED =
  /\b(?:will|(?:is|are) set to|(?:has|have)? ?decided to)\s+(?:(?:now|also|formally|officially)\s+)?$/;
/** Types whose object "them" may be a group's people ("charged them", "designated them"). */
const ACTS_ON_PEOPLE: ReadonlySet<RelationType> = new Set(["TARGETS", "DESIGNATES", "THREATENS"]);
/** Before a noun cue: the phrase that makes it the circumstance of the clause's verb ("in a massive ", "during an "). */
const CIRCUMSTANCE_BEFORE =
  /\b(?:in|during|as\s+part\s+of)\s+(?:an?|the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** "rule out" as a cue: negated, it leaves its object stated as possible. */
const RULE_OUT = /^rul(?:e|es|ed|ing)\s+out$/i;
/**
 * A verb that only carries the act its noun names ("launched an offensive against X", "carried out
 * strikes on X", "stepped up its crackdown on X"): the noun is the subject's own act.
 */
const SUPPORT_VERB_BEFORE =
  /\b(?:launch(?:ed|es|ing)?|carr(?:ied|ies|y|ying)\s+out|conduct(?:ed|s|ing)?|mount(?:ed|s|ing)?|beg(?:an|un|ins)|stag(?:ed|es|ing)|step(?:ped|s)?\s+up|intensif(?:ied|ies|y)|unleash(?:ed|es)?|escalat(?:ed|es))\s+(?:(?:a|an|the|its|their|his|her|new|major|joint|large-scale|sweeping|military|police|massive|fresh|second|renewed|nationwide|coordinated|wave\s+of|series\s+of)\s+){0,3}$/u;
/** A spokesperson's title right before the speaker's name: the speaker relays the group's stance. */
const SPOKESPERSON_BEFORE = /\b(?:spokes(?:man|woman|person)|press\s+secretary)\s+$/i;
/** A reported clause whose subject is a noun phrase that is no actor ("X said the police had arrested ..."): the speaker is not the agent; its own people ("its officers", "our troops") are the speaker's. */
const NON_ACTOR_SUBJECT =
  /^\s*(?:that\s+)?(?:(?:the|some|several|many)\s+(?:[\p{Ll}-]+\s+){0,2}(?:had|have|has|were|was|are|is|would|will|could|did)\b|(?:his|her|their)\s+\p{Ll})/u;
/** ", and " before a subject, with the subject's title between ("..., and Prime Minister X signed"). */
const AND_TITLE = /,?\s+and\s+(?:(?:[\p{Lu}][\p{Ll}]+|of|the)\s+){0,4}$/u;
/** "accusing him of" / "charged X with" / "accused both men of" before a cue: the accused is its subject. */
const ACCUSED_OF =
  /\b(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|suspect(?:s|ed|ing)?|convict(?:s|ed|ing)?)\s+(?:(him|her)|(them|both(?:\s+(?:men|women))?|the\s+(?:two|three|four)\s+\p{L}+))?\s*(?:of|with|for)\s+$/iu;
/** An accusation cue that can stand as a participle ("accused", "blamed"). */
const ACCUSED_PASSIVE = /^(?:accused|blamed|charged|suspected|convicted)$/i;
/** Stance cues that are a verb group taking an object ("will not accept X"): source is the clause subject, target the object. */
const OBJECT_STANCE = /^(?:will|would|could|won[’']t|cannot|can[’']t)\b/i;
/** A verb cue that ends as a past participle ("deported", "struck", "held"). */
const PARTICIPLE = /(?:ed|struck|held|caught|sought|fought|seen|taken)$/i;
/** An auxiliary of the passive before a verb cue ("was", "have been", "got"). */
const PASSIVE =
  /\b(?:is|are|was|were|been|be|being|get|gets|got)\s+(?:(?:\w+ly|now|already|also|again|not|being|officially)\s+){0,2}$/i;
/** Base confidence of a relation by the form of its cue. */
/** "to" right after an act ("extradited to the", "handed back to"): where someone is sent, not whom. */
const SENT_TO = /^\s+(?:(?:back|over|on)\s+)?to\s+(?:the\s+)?$/i;

const BASE: Record<Cue["form"], number> = { verb: 0.75, noun: 0.65, stance: 0.8, phrase: 0.7 };
/** Relatives or followers of the actor after "led by" ("led by the sons of X"). */
const RELATIVES_OF =
  /^\s+(?:the\s+|two\s+|three\s+)?(?:sons?|brothers?|wife|widow|daughters?|nephews?|family|heirs|relatives|allies|followers|lieutenants)\s+of\b/i;

/** Relations stated by cues (the built-in ones unless `cues` is given) in the sentences of one document. */
export function cueRelations(
  sentences: Sentence[],
  mentions: Mention[],
  cues: Cue[] = CUES,
  reactions: EventReaction[] = [],
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    const ms = phraseHeads(s, mentionsIn(mentions, s));
    const quotes = quoteSpans(s.text);
    out.push(...operationTargets(s, ms));
    const found = cuesIn(s.text, cues);
    for (const f of found) {
      const [c0, clauseEnd] = clauseAround(s.text, f.start);
      const quote = quoteAt(quotes, f.start);
      // A cue inside a quoted sentence ("... to fund its terrorism," X said) takes its objects inside
      // it, never the speaker named after it; a quoted fragment ("ready to support" Y) goes on after.
      const c1 =
        quote && /[,.!?]["”]?$/.test(s.text.slice(quote[0], quote[1]))
          ? Math.min(clauseEnd, quote[1])
          : clauseEnd;
      const before = s.text.slice(c0, f.start);
      const cueText = s.text.slice(f.start, f.end);
      // An opposition or coercion cue may itself hold a negator ("ruled out", "suspended talks with",
      // "froze the assets of"): only its context negates it.
      if (
        f.cue.form === "stance" || f.cue.type === "OPPOSES" || f.cue.type === "TARGETS"
          ? negated(before, "")
          : negated(before, cueText)
      )
        continue;
      // "two men accused of killing X": an accusation with no accuser written is nobody's stance.
      if (
        f.cue.type === "OPPOSES" &&
        ACCUSED_PASSIVE.test(cueText) &&
        /^\s+of\b/.test(s.text.slice(f.end)) &&
        !/\bby\s/.test(s.text.slice(f.end, c1))
      )
        continue;
      const objectStance = f.cue.form === "stance" && OBJECT_STANCE.test(cueText);
      const topicStance = f.cue.form === "stance" && !objectStance;
      if (f.cue.form === "verb" && !verbReading(s, ms, c0, f.start, cueText)) continue;
      let type = f.cue.type;
      // A designation only planned, weighed or threatened ("is weighing whether to designate") is none
      // yet; one announced as decided ("Argentina will add X to its registry") is.
      if (
        type === "DESIGNATES" &&
        (f.cue.form === "verb" || f.cue.form === "noun") &&
        hypothetical((before.split(/,\s/).pop() ?? before).replace(DECIDED, " "))
      )
        continue;
      if (type === "TARGETS" && (hypothetical(before) || (f.cue.form === "noun" && threatenedAct(before))))
        type = "THREATENS";
      let confidence = BASE[f.cue.form];
      let rule = `cue:${f.cue.type.toLowerCase()}-${f.cue.form}`;
      const rep = reportingBefore(s.text, quotes, f.start);
      let srcs: Mention[] = [];
      let reported: Mention | undefined;
      const object = ms.find((m) => m.start - s.start >= f.end && m.end - s.start <= c1);
      const nominal =
        f.cue.form === "noun" ? nominalAgent(s, ms, f.start, object && object.end - s.start, c1) : undefined;
      // A cue that opens with its relative pronoun ("who heads"): the clause starts after the pronoun.
      const pronounLength = /^(?:who|which|that)\s/i.exec(cueText)?.[0].length ?? 0;
      const relative =
        f.cue.form === "noun" ? undefined : relativeSubject(s, ms, c0, f.start + pronounLength);
      const accusedOf = ACCUSED_OF.exec(before);
      // "accused both men of working with Y": several accused, none named here, so no source.
      const accused =
        !accusedOf || accusedOf[2]
          ? undefined
          : accusedOf[1]
            ? lastPersonBefore(mentions, s.start + f.start)
            : accusedBefore(s, ms, c0 + accusedOf.index);
      // "a decision that drew a protest from Y": Y opposes what the sentence's subject did.
      const fromNoun = f.cue.form === "noun" && /\bfrom$/i.test(cueText);
      const by = fromNoun
        ? ms.find((m) => m.start - s.start >= f.end && m.start - s.start <= f.end + 5)
        : undefined;
      // "X, whom the Treasury sanctioned": the verb's subject follows "whom", its object precedes it.
      const whom = f.cue.form === "verb" && !accusedOf ? whomFrame(s, ms, c0, f.start) : undefined;
      if (fromNoun) {
        srcs = by ? [by] : [];
        rule += "+from";
      } else if (whom) {
        srcs = whom.agent ? [whom.agent] : [];
        rule += "+whom";
      } else if (quote) {
        const inside = subjects(s, ms, mentions, Math.max(c0, quote[0]), f.start).found;
        const speaker = speakerOf(s, ms, mentions, quote);
        // "said that Washington would continue to \"stand with Ecuador\"": the reported clause's own subject.
        const found =
          rep && !inside.length && !topicStance && rep.index! + rep[0].length <= quote[0]
            ? subjects(s, ms, mentions, Math.max(c0, rep.index! + rep[0].length), quote[0]).found
            : [];
        // ... with its own verb before the quote: not the one told or asked ("told Fox News, \"...\"").
        const clause =
          found.length && CLAUSE_VERB.test(s.text.slice(found.at(-1)!.end - s.start, quote[0])) ? found : [];
        srcs = inside.length && !topicStance ? inside : clause.length ? clause : speaker ? [speaker] : [];
        rule += "+quote";
      } else if (rep && f.cue.form !== "noun") {
        const r = rep.index!;
        const [rc0] = clauseAround(s.text, r);
        const spk = subjects(s, ms, mentions, rc0, r).found[0];
        const embedded = subjects(s, ms, mentions, Math.max(c0, r + rep[0].length), f.start).found;
        if (topicStance) srcs = spk ? [spk] : [];
        else {
          const otherSubject = NON_ACTOR_SUBJECT.test(s.text.slice(r + rep[0].length, f.start));
          srcs = embedded.length ? embedded : spk && !otherSubject ? [spk] : [];
          if (
            embedded.length &&
            spk &&
            SPEAKER_SHARES.has(type) &&
            !SPOKESPERSON_BEFORE.test(
              s.text.slice(Math.max(0, spk.start - s.start - 30), spk.start - s.start),
            )
          )
            reported = spk;
        }
        rule += "+reported";
      } else if (f.cue.form === "noun" && nominal) {
        srcs = [nominal];
        rule += "+nominal";
      } else if (f.cue.form === "noun" && modifierBefore(s, ms, f.start)) {
        srcs = [modifierBefore(s, ms, f.start)!];
        rule += "+modifier";
      } else if (
        f.cue.form === "noun" &&
        rep &&
        NON_ACTOR_SUBJECT.test(s.text.slice(rep.index! + rep[0].length, f.start))
      ) {
        continue;
      } else if (accusedOf) {
        srcs = accused ? [accused] : [];
        rule += "+accused";
      } else if (relative !== undefined) {
        srcs = relative ? [relative] : [];
        rule += "+relative";
      } else {
        const subj = subjects(s, ms, mentions, c0, f.start);
        srcs = subj.found;
        const near = ms.filter((m) => m.end - s.start <= f.start && m.start - s.start >= c0).pop();
        if (
          near &&
          srcs.length &&
          !srcs.includes(near) &&
          AND_TITLE.test(s.text.slice(0, Math.max(0, near.start - s.start)).slice(-60)) &&
          IMMEDIATE_SUBJECT.test(s.text.slice(near.end - s.start, f.start))
        ) {
          srcs = [near];
          rule += "+nearest";
        }
        if (!srcs.length && c0 > 0 && /\b(?:but|yet|and)\s+$/i.test(s.text.slice(0, c0))) {
          const [p0] = clauseAround(s.text, Math.max(0, c0 - 6));
          srcs = subjects(s, ms, mentions, p0, c0).found.slice(0, 1);
          rule += "+elided";
        }
        if (subj.pronoun) {
          confidence -= 0.1;
          rule += "+pronoun";
        }
        const lead = srcs[0];
        // A noun cue after the subject's own verb is that verb's object ("condemned the strikes on
        // X"), not the subject's act, unless it is the circumstance of the verb ("killed 64 people
        // in a raid against X", "during an operation against X"): the subject's own act.
        if (
          f.cue.form === "noun" &&
          lead &&
          !CIRCUMSTANCE_BEFORE.test(s.text.slice(Math.max(0, f.start - 40), f.start)) &&
          !SUPPORT_VERB_BEFORE.test(s.text.slice(Math.max(0, f.start - 60), f.start)) &&
          found.some(
            (g) =>
              g !== f &&
              g.cue.form === "verb" &&
              g.start >= lead.end - s.start &&
              g.end <= f.start &&
              // "would not rule out military action against X": the act is kept open, so stated.
              !(RULE_OUT.test(s.text.slice(g.start, g.end)) && negated(s.text.slice(c0, g.start), "")),
          )
        )
          continue;
      }
      const endsWithPrep = /\b(?:of|on|against|with|to|between|in|for)$/i.test(cueText);
      let tgts: Mention[];
      if (whom) tgts = whom.object && !srcs.some((x) => x.key === whom.object!.key) ? [whom.object] : [];
      else if (fromNoun) tgts = subjects(s, ms, mentions, 0, f.start).found.filter((m) => m !== by);
      else if (objectStance) tgts = targets(s, ms, f.end, c1, false);
      else if (topicStance) {
        const from = Math.max(c0, rep ? rep.index! + rep[0].length : c0);
        const addressee =
          rep && /^(?:told|tells|urged|asked)$/.test(rep[0])
            ? ms.find((m) => m.start - s.start >= from && m.start - s.start <= from + 2)
            : undefined;
        const that = /\bthat\b/.exec(s.text.slice(from, f.start));
        const embeddedFrom = that ? from + that.index + 4 : from;
        const first =
          ms.find(
            (m) =>
              m.start - s.start >= embeddedFrom &&
              m.end - s.start <= f.start &&
              !srcs.some((x) => x.key === m.key) &&
              m !== addressee &&
              // "Congressman X of the Unionist Party, who accused ...": the speaker's own party.
              !srcs.some(
                (x) =>
                  x.end <= m.start &&
                  /^\s+of\s+(?:the\s+)?$/.test(s.text.slice(x.end - s.start, m.start - s.start)),
              ),
          ) ??
          (quote ? ms.find((m) => m.start - s.start >= f.end && m.end - s.start <= quote[1]) : undefined);
        tgts = [addressee, first].filter((m): m is Mention => !!m);
      } else if (type === "DESIGNATES" && /^\s+it\s+(?:as\s+)?(?:an?|the)\s/.test(s.text.slice(f.end))) {
        // "the State Department designated it a foreign terrorist organization": the one group just named.
        const g = onlyGroupBefore(mentions, s.start + f.start);
        tgts = g && !srcs.some((x) => x.key === g.key) ? [g] : [];
        rule += "+pronoun-object";
      } else if (type === "DESIGNATES") {
        tgts = designated(s, ms, f.end, c1);
      } else if (f.cue.form === "phrase") {
        tgts = ms.filter((m) => m.start - s.start >= f.end && m.kind !== "Person").slice(0, 2);
      } else if (f.cue.form === "noun" && !endsWithPrep) {
        const next = ms.find((m) => m.start - s.start >= f.end);
        tgts =
          next && NOUN_OBJECT.test(s.text.slice(f.end, next.start - s.start)) && next.end - s.start <= c1
            ? [next, ...coordinated(s.text, s.start, ms, next, 1)]
            : [];
      } else if (type === "CONDUCTS") {
        const op = ms.find(
          (m) => m.kind === "Operation" && m.start - s.start >= f.end && m.end - s.start <= c1,
        );
        // "X leads Los Gallegos": leading a group or a body, not an operation (LEADS below).
        const led =
          op || !/^(?:lead|led)/i.test(cueText)
            ? undefined
            : targets(s, ms, f.end, c1, false).find((m) => m.kind === "Institution" || m.kind === "Cartel");
        tgts = op ? [op] : led ? [led] : [];
      } else if (/^\s+(?:him|her)\b/.test(s.text.slice(f.end))) {
        const p = lastPersonBefore(mentions, s.start + f.start);
        tgts = p ? [p] : [];
        rule += "+pronoun-object";
      } else if (/^\s+them\b/.test(s.text.slice(f.end)) && ACTS_ON_PEOPLE.has(type)) {
        // "Ecuador arrested 12 members of Los Lobos. Prosecutors charged them": the one group named just before.
        const g = onlyGroupBefore(mentions, s.start + f.start);
        tgts = g && !srcs.some((x) => x.key === g.key) ? [g] : [];
        rule += "+pronoun-object";
      } else if (/^\s+(?:them|it|itself|themselves)\b/.test(s.text.slice(f.end))) tgts = [];
      else tgts = targets(s, ms, f.end, c1, endsWithPrep, type === "THREATENS" ? THREAT_THROUGH : undefined);
      // "agreed to share intelligence on the ELN": a partner is never the topic of the cooperation.
      if (type === "COOPERATES_WITH")
        tgts = tgts.filter(
          (m) =>
            !/\b(?:on|about|against|regarding|concerning|into|over)\s+(?:the\s+)?$/.test(
              s.text.slice(f.end, m.start - s.start),
            ) &&
            // "agreed to a ceasefire brokered by Qatar": the mediator is no party to it.
            !/\b(?:brokered|mediated|proposed|hosted|sponsored)\s+by\s+(?:the\s+)?[^,;]*$/.test(
              s.text.slice(f.end, m.start - s.start),
            ),
        );
      if (type === "OPPOSES") tgts = eventAgentTargets(s, ms, f.end, c1, tgts);
      // "designated X as a Hezbollah financier": the group qualifies the person's label.
      tgts = tgts.filter((m) => !inPersonLabel(s, m));
      // "extradited to the United States a leader of X": where someone is sent is no target.
      if (type === "TARGETS")
        tgts = tgts.filter((m) => !SENT_TO.test(s.text.slice(f.end, m.start - s.start)));
      // "who led the Mexican delegation", "ran the cartel's drug production": what is led is the noun;
      // "presided over the trial of X": X is not led; "leads the government of X" is.
      if (type === "LEADS")
        tgts = tgts.filter(
          (m) =>
            !modifiesNoun(s, m) &&
            !/\bof\s/.test(
              s.text
                .slice(f.end, m.start - s.start)
                .replace(/\b(?:government|administration) of\s+(?:the\s+)?$/, ""),
            ),
        );
      // "X, the gang that Washington designated ...": the actor before the cue is its subject, X its object.
      const last =
        !tgts.length && f.cue.form === "verb"
          ? ms.filter((m) => m.end - s.start <= f.start).pop()
          : undefined;
      const antecedent =
        last && IMMEDIATE_SUBJECT.test(s.text.slice(last.end - s.start, f.start))
          ? relativeObject(s, ms, last)
          : undefined;
      if (antecedent && last) {
        srcs = [last];
        tgts = [antecedent];
        rule += "+object-relative";
      }
      // "a critic of X": an agent noun's object follows it at once ("a critic of the plan" has none).
      if (
        AGENT_NOUN.test(cueText) &&
        tgts[0] &&
        !/^\s+(?:the\s+|(?:former\s+)?President\s+)?$/.test(s.text.slice(f.end, tgts[0].start - s.start))
      )
        tgts = [];
      const whichOf = f.cue.form === "verb" ? ofWhich(s, ms, f.start) : undefined;
      if (whichOf) {
        if (whichOf.subjects.length) {
          srcs = whichOf.subjects;
          tgts = whichOf.antecedents;
        } else srcs = whichOf.antecedents;
        rule += "+of-which";
      }
      if (
        f.cue.form === "verb" &&
        !/^\S+ing\b/i.test(cueText) &&
        !/\sby$/i.test(cueText) &&
        PASSIVE.test(before)
      ) {
        // The agent: "by X" right after the participle or later in its clause ("designated terrorist groups by X").
        const agents = byAgents(s, ms, f.end, c1, /^(?:\s+[^,;:()]{0,50}?)?\s+by\s+/);
        if (!agents.length) continue;
        tgts = srcs;
        srcs = agents;
        rule += "+passive";
      } else if (f.cue.form === "verb" && PARTICIPLE.test(cueText)) {
        // A participle with its agent and no auxiliary ("Venezuelans deported by the United States",
        // "Hugo Salas, extradited by Colombia"): the agent acts on the noun before it, not on the subject.
        const agents = byAgents(s, ms, f.end, c1, /^\s+by\s+/);
        if (agents.length) {
          const prev = ms.filter((m) => m.end - s.start <= f.start).pop();
          if (!prev || !/^\s*,?\s*$/.test(s.text.slice(prev.end - s.start, f.start))) continue;
          srcs = agents;
          tgts = [prev];
          rule += "+reduced-passive";
        }
      }
      if (/\sby$/i.test(cueText)) {
        // "led by the sons of X": X's relatives lead, not X.
        if (RELATIVES_OF.test(s.text.slice(f.end, f.end + 40))) continue;
        const head = appositionHead(s, ms, f.start);
        const before = ms.filter((m) => m.end - s.start <= f.start).slice(-1);
        // "Led by X, Y controls ...": a sentence opening with the participle describes the main subject.
        const opening = !head && !before.length && !s.text.slice(0, f.start).trim();
        const comma = opening ? s.text.indexOf(",", f.end) : -1;
        const agents = comma < 0 ? tgts : tgts.filter((m) => m.end - s.start <= comma);
        const subject = comma < 0 ? [] : openingSubject(s, ms, comma);
        tgts = (head ? [head] : opening ? subject : srcs.length ? srcs : before).filter(
          // "Mexico's security cabinet, headed by X": X heads a body of the state, not the state (but
          // "the ELN's central command, led by X": heading a group's command is heading the group).
          (m) =>
            m.kind !== "Government" || !POSSESSED_BEFORE_AGENT.test(s.text.slice(m.end - s.start, f.start)),
        );
        if (head) rule += "+apposition";
        srcs = agents;
        rule += "+agent";
      }
      if (/between$/i.test(cueText) && tgts.length >= 2) {
        srcs = [tgts[0]!];
        tgts = tgts.slice(1);
      }
      // "the mission, which Kenya had led since 2024": leading a body, not conducting an operation.
      if (
        type === "CONDUCTS" &&
        /^lead|^led$/i.test(cueText) &&
        tgts.length &&
        tgts.every((m) => m.kind === "Institution" || m.kind === "Cartel")
      )
        type = "LEADS";
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
      const about =
        type !== "OPPOSES" || tgts.length || !srcs.length
          ? undefined
          : EVENT_OBJECT.test(s.text.slice(f.end))
            ? "event"
            : DESIGNATION_OBJECT.test(s.text.slice(f.end))
              ? "designation"
              : STATEMENT_OBJECT.test(s.text.slice(f.end))
                ? "statement"
                : undefined;
      if (about)
        reactions.push({
          about,
          sources: srcs,
          sentence: s,
          cue: cueText,
          cueStart: s.start + f.start,
          cueEnd: s.start + f.end,
          confidence: confidence - 0.15,
          rule,
        });
      if (type === "COOPERATES_WITH" && !tgts.length && srcs.length >= 2)
        for (let a = 0; a < srcs.length; a++)
          for (let b = a + 1; b < srcs.length; b++)
            emit(srcs[a]!, srcs[b]!, confidence - 0.1, `${rule}+reciprocal`);
      if (reported) for (const tgt of tgts) emit(reported, tgt, confidence - 0.1, `${rule}+speaker`);
      if (type === "THREATENS" && tgts.length && f.cue.form !== "phrase") {
        const lastT = tgts[tgts.length - 1]!;
        const loc = ms.find(
          (m) =>
            m.kind === "Government" &&
            m.start > lastT.end &&
            (/^\s+(?:in|inside|into|within)\s+(?:the\s+)?$/.test(
              s.text.slice(lastT.end - s.start, m.start - s.start),
            ) ||
              // "strike cartels on Mexican soil", "targets on Venezuelan territory".
              (/^\s+(?:(?:[\p{Ll}-]+\s+){0,2})?(?:on|in|inside|into)\s+$/u.test(
                s.text.slice(lastT.end - s.start, m.start - s.start),
              ) &&
                /^(?:['’]s)?\s+(?:soil|territory|land|waters|airspace)\b/.test(
                  s.text.slice(m.end - s.start),
                ))),
        );
        if (loc)
          for (const src of reported ? [...srcs, reported] : srcs) emit(src, loc, 0.45, `${rule}+location`);
      }
    }
  }
  return out;
}
