/**
 * Extraction entry point: documents in, interchange graph out. Per document: sentences, actor
 * mentions (gazetteer, then discovery, acronyms and short forms), relations (cues, titles and
 * roles, gazetteer facts, acting-for propagation), then one node per actor and one edge per
 * (source, type, target) with evidence. Deterministic and offline.
 */
import type { Document, Interchange } from "../../graph/interchange.ts";
import { entityId } from "../../graph/ontology.ts";
import { edgesOf, mergeGraphs, nodesOf } from "./assemble.ts";
import { bareBodyMentions } from "./bodies.ts";
import { conflictRelations } from "./conflicts.ts";
import { descriptionMentions, itMentions, selfNames } from "./coref.ts";
import { acronymMentions, discoverMentions, shortFormMentions, surnamesOf } from "./discover.ts";
import { type EventReaction, eventRelations } from "./events.ts";
import { factionRelations } from "./factions.ts";
import { factRelations, propagate, withoutOwnSide } from "./facts.ts";
import { defaultGazetteer, type Gazetteer } from "./gazetteer.ts";
import { headRelations } from "./heads.ts";
import { homeState } from "./home-state.ts";
import { initialsMentions } from "./initials.ts";
import { demonymLedRelations } from "./led.ts";
import type { Cue } from "./lexicon.ts";
import { listingRelations } from "./listings.ts";
import { gazetteerMentions, type Mention } from "./mentions.ts";
import { genericInstitution, nationalInstitutions } from "./national.ts";
import { officeMentions } from "./offices.ts";
import { operationOfAct } from "./operation-targets.ts";
import { operativeRelations } from "./operatives.ts";
import { pairMentions } from "./pairs.ts";
import { partyRelations } from "./parties.ts";
import { passiveActRelations } from "./passive-acts.ts";
import { patternMentions } from "./patterns.ts";
import { portfolioRelations } from "./portfolio.ts";
import { possessiveActRelations } from "./possessive-acts.ts";
import { describedPronounMentions, pronounMentions } from "./pronouns.ts";
import { cueRelations } from "./relations.ts";
import { roleRelations } from "./roles.ts";
import { type Sentence, splitSentences } from "./sentences.ts";
import { SpanIndex } from "./spans.ts";
import { administrations, pronounGovernments } from "./state-mentions.ts";
import { officeRepeatMentions } from "./title-coref.ts";

/** The part of an institution's name before a state it names: "... of (the)", "... de". */
const OF_STATE = /\s(?:of|de|del|do|da|Mission\s+in)\s+(?:the\s+|la\s+)?$/;

/** "UN", "EU", "OAS" opening an institution's name ("UN Verification Mission in Colombia"). */
const BODY_PREFIX = /^(?:UN|U\.N\.|EU|OAS|AU)$/;

/**
 * "Trinidad and Tobago Police Service", "U.S. Embassy in Bogotá": a state that opens an
 * institution's name whose rest is generic (national.ts) or an embassy.
 */
function stateLed(name: string, state: Mention, d: Mention): boolean {
  if (state.start !== d.start) return false;
  const rest = name.slice(state.end - state.start).trim();
  return genericInstitution(rest) || /^Embassy\s+in\s/.test(rest);
}

/** Options of the extractor. */
export interface ExtractOptions {
  gazetteer?: Gazetteer;
  /** Cue lexicon (default: the built-in one; see loaders/user for user cues merged over it). */
  cues?: Cue[];
  /** Relations below this confidence are dropped. */
  minConfidence?: number;
}

/** Defaults of the extractor. */
export const EXTRACT_DEFAULTS = { minConfidence: 0.35 };

/** `mentions` with `added` laid over them: a mention inside an added one gives way to it. */
function overlay(mentions: Mention[], added: Mention[]): Mention[] {
  if (!added.length) return mentions;
  const index = new SpanIndex(added);
  return [
    ...mentions.filter(
      (m) => !index.overlapping(m.start, m.end).some((a) => a.start <= m.start && m.end <= a.end),
    ),
    ...added,
  ].sort((a, b) => a.start - b.start);
}

/**
 * All actor mentions of one text (published on `date`, for the gazetteer's dated roles), in order,
 * without overlaps; `sentences` are the text's sentences when the caller has split it already.
 */
export function findMentions(
  text: string,
  gaz: Gazetteer = defaultGazetteer(),
  date?: string,
  sentences?: Sentence[],
): Mention[] {
  const gazetteer = administrations(text, gazetteerMentions(text, gaz), gaz);
  const gazIndex = new SpanIndex(gazetteer);
  const wider = discoverMentions(text, []).filter((d) => {
    const inner = gazIndex.overlapping(d.start, d.end);
    if (d.kind === "Institution") {
      // "Central University of Venezuela", "Colegio de México": a state only after of/de inside the name.
      if (
        !inner.length ||
        !inner.every(
          (m) =>
            (m.kind === "Government" &&
              (OF_STATE.test(text.slice(d.start, m.start)) || stateLed(text.slice(m.start, d.end), m, d))) ||
            (m.start === d.start && BODY_PREFIX.test(m.text)),
        )
      )
        return false;
    } else if (d.kind !== "Cartel" && d.kind !== "Operation") return false;
    return (
      inner.some((m) => m.start >= d.start && m.end <= d.end && m.end - m.start < d.end - d.start) &&
      !inner.some((m) => (m.start < d.start ? m.end > d.start : m.start < d.end && m.end > d.end))
    );
  });
  const widerIndex = new SpanIndex(wider);
  const known = [
    ...gazetteer.filter(
      (m) => !widerIndex.overlapping(m.start, m.end).some((d) => m.start >= d.start && m.end <= d.end),
    ),
    ...wider,
  ];
  const discovered = discoverMentions(text, known);
  const demonyms = gaz.demonymSet();
  const patterned = patternMentions(text, [...known, ...discovered], (w) => demonyms.has(w));
  const withNew = overlay(
    othersShortForms([...known, ...discovered], [...discovered, ...patterned]).sort(
      (a, b) => a.start - b.start,
    ),
    patterned,
  );
  const acronyms = acronymMentions(text, withNew);
  const all = bareBodyMentions(
    text,
    initialsMentions(text, [...withNew, ...acronyms]).sort((a, b) => a.start - b.start),
    gaz,
  );
  const quotes = new SpanIndex(
    [...text.matchAll(/“[^”]*”|"[^"\n]*"/g)].map((q) => ({ start: q.index, end: q.index + q[0].length })),
  );
  const withShort = [...all, ...shortFormMentions(text, all)].sort((a, b) => a.start - b.start);
  const withOffices = overlay(withShort, officeMentions(text, withShort, gaz, date));
  const withPronouns = [...withOffices, ...pronounGovernments(text, withOffices, gaz)].sort(
    (a, b) => a.start - b.start,
  );
  const home = homeState(text, withPronouns, gaz);
  const national = nationalInstitutions(text, withPronouns, home, gaz);
  const split = sentences ?? splitSentences(text);
  const described = [
    ...national,
    ...descriptionMentions(text, national, home),
    ...pairMentions(text, national),
    ...itMentions(text, national, split),
    ...officeRepeatMentions(text, national, date),
    ...pronounMentions(text, national, split),
    ...describedPronounMentions(text, national, split),
  ].sort((a, b) => a.start - b.start);
  return selfNames(text, described).map((m) =>
    quotes.overlapping(m.start, m.end).some((q) => q.start < m.start && m.end < q.end)
      ? { ...m, quoted: true }
      : m,
  );
}

/**
 * `mentions` without the gazetteer's surname matches that belong to a person the document names in
 * full and the gazetteer does not know ("Castro" after "Cláudio Castro", with Xiomara Castro listed
 * but not named; "Ortega" after "Rafael Ortega Brito"): the short-form pass gives them to that person.
 */
function othersShortForms(mentions: Mention[], found: Mention[]): Mention[] {
  const fullKeys = new Set(mentions.filter((m) => m.rule === "gazetteer:name").map((m) => m.key));
  const people = found.filter((p) => p.kind === "Person" && p.name.includes(" "));
  return mentions.filter(
    (m) =>
      m.rule !== "gazetteer:short" ||
      fullKeys.has(m.key) ||
      !people.some((p) => p.start < m.start && p.key !== m.key && surnamesOf(p.name).includes(m.text)),
  );
}

/** Extracts one document. */
export function extractDocument(doc: Document & { text: string }, options: ExtractOptions = {}): Interchange {
  const gaz = options.gazetteer ?? defaultGazetteer();
  const { minConfidence } = { ...EXTRACT_DEFAULTS, ...options };
  const sentences = splitSentences(doc.text);
  const mentions = findMentions(doc.text, gaz, doc.published, sentences);
  const cited =
    /\n\s*(?:Sources?|References|Further reading|Related(?: articles| stories)?|More on [^\n:]{1,40}|Read more)\s*:?\s*\n/i.exec(
      doc.text,
    );
  const stated = cited ? sentences.filter((s) => s.end <= cited.index) : sentences;
  const reactions: EventReaction[] = [];
  const home = homeState(doc.text, mentions, gaz);
  const found = [
    ...cueRelations(stated, mentions, options.cues, reactions),
    ...roleRelations(doc.text, sentences, mentions, gaz, doc.published, home),
    ...portfolioRelations(doc.text, sentences, mentions),
    ...partyRelations(doc.text, stated, mentions),
    ...listingRelations(stated, mentions),
    ...headRelations(doc.text, stated, mentions, home),
    ...factRelations(sentences, mentions, gaz),
    ...factionRelations(stated, mentions),
    ...operativeRelations(stated, mentions),
    ...possessiveActRelations(stated, mentions),
    ...demonymLedRelations(stated, mentions, gaz),
    ...conflictRelations(stated, mentions),
  ];
  found.push(...operationOfAct(found, mentions));
  found.push(...passiveActRelations(stated, mentions, found));
  const events = eventRelations(reactions, reactions.length ? propagate(found, gaz, doc.published) : []);
  const candidates = withoutOwnSide(propagate([...found, ...events], gaz, doc.published), gaz, doc.published);
  const { text: _t, ...meta } = doc;
  const edges = edgesOf(doc.id, doc.published, candidates, minConfidence);
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  const referenced = candidates
    .flatMap((c) => [c.source, c.target])
    .filter((m) => used.has(entityId(m.kind, m.name)));
  return { documents: [meta], nodes: nodesOf(doc.id, mentions, referenced), edges };
}

/** Extracts several documents into one graph (one node per actor across documents). */
export function extractDocuments(
  docs: (Document & { text: string })[],
  options: ExtractOptions = {},
): Interchange {
  return mergeGraphs(docs.map((d) => extractDocument(d, options)));
}
