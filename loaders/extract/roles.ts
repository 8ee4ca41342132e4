/**
 * LEADS and MEMBER_OF from how people are introduced: a title before the name ("Mexican President
 * X", "White House Deputy Press Secretary X", "Mexico's security chief X", "Sen. X"), an apposition
 * after it ("X, the leader of Y"), a possessive ("Mexico's X" for a known office-holder), and, for
 * office-holders of the gazetteer whose role covers the document's date, the role itself.
 * The organisation is the actor written next to the title, else the gazetteer's.
 */
import type { RelationType } from "../../graph/ontology.ts";
import { type Candidate, lastPersonBefore, mentionsIn, validPair } from "./candidate.ts";
import type { Gazetteer, Role } from "./gazetteer.ts";
import { homeState, orgMention, STATE_TITLE } from "./home-state.ts";
import { REPORTING_NEXT } from "./lexicon.ts";
import type { Mention } from "./mentions.ts";
import { active } from "./offices.ts";
import type { Sentence } from "./sentences.ts";
import { lowerBound } from "./spans.ts";
import { governmentLedBy } from "./state-mentions.ts";
import { bareTitle, TITLE_AFTER, TITLE_ALTERNATION, TITLE_BEFORE, titleRelation } from "./titles.ts";
import { WORDS } from "./words.ts";

/** Qualifiers of a title that make it another body's, not the state's ("Venezuela's opposition leader"). */
const NON_STATE_QUALIFIER =
  /\b(?:opposition|rebel|gang|party|union|student|indigenous|business|guerrilla|militia|cartel|dissident|community|religious|church|protest|exiled|paramilitary|criminal|tribal|clan|faction)\b/i;

/** The actor written just before `pos` ("White House", "Mexico's", "U.S.", "Mexican"), in the sentence from `from`. */
function adjacentOrg(
  text: string,
  pos: number,
  ms: Mention[],
  gaz: Gazetteer,
  like: Mention,
  from: number,
): Mention | undefined {
  const m = ms.find(
    (x) =>
      x.kind !== "Person" &&
      x.end <= pos &&
      /^(?:['’]s?(?:\s+(?:top|senior|reputed|alleged|longtime|new|current|main|former|chief))?)?\s*$/.test(
        text.slice(x.end, pos),
      ),
  );
  if (m) return m;
  const qualified = ms.find(
    (x) =>
      x.kind === "Government" &&
      x.end <= pos &&
      /^(?:['’]s\s+(?:[\p{L}-]+\s+){1,3}|\s+(?:(?:[\p{Lu}][\p{L}-]+|and)\s+){1,3})$/u.test(
        text.slice(x.end, pos),
      ) &&
      !NON_STATE_QUALIFIER.test(text.slice(x.end, pos)),
  );
  if (qualified) return qualified;
  const run = /((?:[\p{Lu}][\p{L}.]+\s+(?:and\s+)?){1,4})$/u.exec(text.slice(Math.max(from, pos - 50), pos));
  if (!run) return undefined;
  const demonyms = gaz.demonymSet();
  const word = run[1]!.split(/\s+/).find((w) => demonyms.has(w));
  if (!word) return undefined;
  const demonym = gaz.stateOfDemonym(word);
  return demonym ? orgMention(gaz, demonym.name, like) : undefined;
}

function roleFor(m: Mention, title: string): Role | undefined {
  const t = title.toLowerCase().replace(/^(?:deputy |acting )/, "");
  return m.actor?.roles.find((r) =>
    r.titles.some((x) => x.toLowerCase() === t || x.toLowerCase() === title.toLowerCase()),
  );
}

/** Legislators' titles and the chamber names each sits in. */
const CHAMBERS: [RegExp, RegExp][] = [
  [/^(?:Senator|Sen\.|senator)$/, /\bSenate$/],
  [
    /^(?:Representative|Rep\.|Congressman|Congresswoman|congressman|congresswoman)$/,
    /\b(?:House|Congress)\b/,
  ],
  [/^(?:lawmaker|legislator|deputy|Deputy|MP)$/, /\b(?:Congress|Assembly|Parliament|Legislature)\b/],
];

/** The one chamber of `state` the document names that a legislator with `title` sits in. */
function chamberOf(mentions: Mention[], state: Mention, title: string): Mention | undefined {
  const names = CHAMBERS.find(([t]) => t.test(title))?.[1];
  if (!names) return undefined;
  const found = new Map<string, Mention>();
  for (const x of mentions)
    if (x.kind === "Institution" && x.actor?.partOf === state.key && names.test(x.name)) found.set(x.key, x);
  const [only, other] = found.values();
  return only && !other ? only : undefined;
}

/** The document's "<Title>'s Office" bodies (Attorney General's Office, Ombudsman's Office) by lower-case title. */
function officesByTitle(mentions: Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const x of mentions) {
    const title = /^(.+)['’]s Office$/.exec(x.name)?.[1]?.toLowerCase();
    if (x.kind === "Institution" && title && !out.has(title)) out.set(title, x);
  }
  return out;
}

/** An indefinite before an organisation named before a title ("a senior Sinaloa Cartel commander"). */
const ONE_OF_BEFORE =
  /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:(?:senior|top|veteran|regional|local|mid-level|former|alleged|reputed)\s+)?$/;

/** Lower-case words naming a kind of organisation before its name ("research group", "think tank", "the faction known as"). */
const DESCRIPTOR = new RegExp(
  `^[ \\t]*(?:[\\p{Ll}-]+[ \\t]+){0,2}(?:${[...WORDS.nouns.organisation, ...WORDS.nouns.gang].join("|")})[ \\t]+(?:(?:known|called|named)[ \\t]+(?:as[ \\t]+)?)?$`,
  "u",
);

/** Capitalised words ending in "'s" ("President Claudia Sheinbaum's "). */
const POSSESSOR = /^[ \t]*(?:[\p{Lu}][\p{L}.-]*[ \t]+){0,4}[\p{Lu}][\p{L}.-]*['’]s[ \t]+$/u;

/** "A spokesman for the White House, X": a title, a preposition and the organisation, then the name. */
const TITLE_FOR = /(?:^|[\s(])([\p{L}-]+(?:\s[\p{L}-]+)?)\s+(for|of|at|to)\s+(?:the\s+)?$/u;

/** Envoys: "ambassador to Y" is posted to Y and belongs to the state that sends them. */
const ENVOY = /^(?:special )?(?:ambassador|envoy|consul)$/i;

/** The organisation and relation of "a <title> for <ORG>, <person>". */
function titleForOrg(
  text: string,
  ms: Mention[],
  m: Mention,
): { org: Mention; type: RelationType; title: string; at: number } | undefined {
  const org = ms.filter((x) => x.end <= m.start && x.kind !== "Person").pop();
  // "the leader of the Los Tiguerones gang, X": a kind noun may follow the organisation's name.
  if (
    !org ||
    !/^\s*(?:(?:gang|cartel|group|faction|militia|organi[sz]ation|clan)\s*)?(?:\([^()]{1,12}\))?,\s*$/.test(
      text.slice(org.end, m.start),
    )
  )
    return undefined;
  const base = Math.max(0, org.start - 40);
  const t = TITLE_FOR.exec(text.slice(base, org.start));
  if (!t) return undefined;
  const words = t[1]!.split(/\s/);
  const title = [words.join(" "), words[words.length - 1]!].find((w) => titleRelation(w));
  const type = title ? titleRelation(title) : undefined;
  if (!title || !type) return undefined;
  const at = base + t.index + t[0].indexOf(title);
  // "the U.S. Attorney for the Southern District of Florida, X": an office named after the title is led by its holder.
  if (org.name.toLowerCase().includes(`${title.toLowerCase()}'s office`))
    return { org, type: "LEADS", title, at };
  if (t[2] === "to" && ENVOY.test(title)) {
    // "Mexico's ambassador to Washington, X": the sender is written before the title, if at all.
    const sender = ms.find((x) => x.kind === "Government" && /^(?:['’]s)?\s+$/.test(text.slice(x.end, at)));
    return sender ? { org: sender, type, title, at } : undefined;
  }
  return { org, type, title, at };
}

/** A lower-case word naming what a chief heads ("anti-drug chief", "intelligence head"), not how ("new chief"). */
const BODY_QUALIFIER =
  /(?<![\p{L}-])(?!(?:new|current|interim|acting|former|overall|supreme|top|de|facto|the|a|an|its|his|her|their)\s)[\p{Ll}-]{3,}\s+$/u;

/** An alias or nickname after a name (", alias \"Fito\"", ", known as 'Tuta'"), skipped before an apposition. */
const ALIAS_AFTER =
  /^,?\s+(?:alias|a\.k\.a\.|aka|(?:also\s+)?known\s+as)\s+(?:["“'‘][^"”'’\n]{1,30}["”'’]|[\p{Lu}][\p{L}]+)/u;

/**
 * ", described by prosecutors as" / ", who was appointed" / ", whom police describe as" before an
 * apposition's title ("X, who became head of Y", "X, whom the agency described as the leader of Y").
 */
const DESCRIBED_AS =
  /^,?\s+(?:(?:and\s+)?(?:(?:is|was|has\s+been)\s+)?(?:described|identified|named|regarded|seen|known)\s+(?:by\s+(?:[\p{L}.'’-]+\s+){1,4}?)?as|who\s+(?:is|has\s+been|became|serves\s+as|was\s+(?:appointed|named|elected)(?:\s+as)?)|(?:an?\s+(?:[\p{L}-]+\s+){1,2})?whom\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:(?:describe[sd]?|identifie[sd]|identify)(?:\s+(?:him|her))?\s+as|(?:call(?:s|ed)?|consider(?:s|ed)?)(?:\s+(?:him|her))?(?:\s+as)?))(?=\s)/u;

/**
 * A body's head of one of its parts ("the PCC's logistics chief", "the United Nations human rights
 * chief"): lower-case words between the body's name and the title.
 */
const QUALIFIED_HEAD =
  /(?:['’]s?|(?<![\p{L}])\p{Lu}[\p{L}.]*)\s+(?!(?:top|senior|reputed|alleged|longtime|new|current|main|former|overall|supreme|undisputed|de|facto|military|political)\s)[\p{Ll}-]{3,}\s+(?:[\p{Ll}-]+\s+)?(?:chief|head|director|boss)$/u;

/** After "chief" or "head": the role it qualifies ("money manager", "enforcer"), so the title is no head's. */
const CHIEF_ADJECTIVE =
  /^\s+(?:\p{Ll}+\s+)?(?!(?:under|after|over|later|never|ever|either|neither)\b)\p{Ll}{2,}(?:er|or|ist|ant)s?\b/u;

/** A lower-case noun after a head's title and "of" ("director of operations"): it heads a part. */
const OF_PART = /^(?!(?:the|an?|its|his|her|their|this|that|one|all|both|some)\s)\p{Ll}{3,}/u;

/** "whom" and the words of the describer's title before a name: the name is who describes. */
const DESCRIBER_BEFORE = /\bwhom\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** Titles of people who study a subject: a state written with them is what they study, not their employer. */
const EXPERT =
  /^(?:senior\s+)?(?:researcher|scientist|analyst|professor|economist|sociologist|criminologist|political scientist|historian|academic|scholar|expert|consultant|fellow)$/i;

/** A named part of a group after the group ("'s \"Revolucionarios\" faction"). */
const PART_AFTER =
  /^['’]s?\s+["“]?(?:[\p{Lu}][\p{L}-]*\s*){1,3}["”]?\s+(?:faction|cell|wing|clique|clica|branch|unit)\b/u;

/** "<Org>'s coordinator, former President " right before a name: the title the organisation gives. */
const POSSESSIVE_ROLE = new RegExp(
  `['’]s?\\s+(?:(?:top|new|national|general|chief)\\s+)?(${TITLE_ALTERNATION}),\\s+(?:former|ex-)\\s+(?:[\\p{L}.-]+\\s+){1,2}$`,
  "u",
);

/** An age after a name and its alias (", 41,"): skipped before an apposition's title. */
const AGE_AFTER = /^,\s+\d{2}(?=,)/;

/** "its" / "their" / "whose" before a title, with the adjectives news puts between ("its top leader", "whose reputed boss"). */
const ITS_BEFORE_TITLE =
  /\b(?:its|their|whose)\s+(?:(?:top|reputed|alleged|presumed|longtime|long-time|new|current|main|founding|jailed|imprisoned|fugitive|military|political|senior|overall|supreme|de facto)\s+){0,2}$/i;

/** "his" / "her" right before a title ("His interior minister, X"). */
const HIS_BEFORE_TITLE = /\b[Hh](?:is|er)\s+(?:(?:new|top|former|acting|own|chief)\s+)?$/;

/**
 * "President X ... His interior minister, Y": the government the last person named before the title
 * heads by the gazetteer's roles; undefined when "his"/"her" is not right before the title.
 */
function leaderGovernment(
  text: string,
  mentions: Mention[],
  titleStart: number,
  gaz: Gazetteer,
  like: Mention,
): Mention | undefined {
  if (!HIS_BEFORE_TITLE.test(text.slice(Math.max(0, titleStart - 20), titleStart))) return undefined;
  const government = governmentLedBy(lastPersonBefore(mentions, titleStart), gaz);
  return government ? orgMention(gaz, government.name, like) : undefined;
}

/** How far back (characters) "its"/"their" before a title looks for the organisation it stands for. */
const POSSESSOR_WINDOW = 300;

/**
 * The organisation "its leader" / "their commander" refers to: the last non-person actor before
 * `pos` in its sentence (from `sentenceStart`), else the last group or institution shortly before.
 */
function possessor(
  text: string,
  mentions: Mention[],
  pos: number,
  sentenceStart: number,
): Mention | undefined {
  if (/^\W*(?:its|their)\s/i.test(text.slice(sentenceStart, pos))) {
    const topic = recentTopic(text, mentions, pos);
    if (topic) return topic;
  }
  let nested: Mention | undefined;
  for (let i = lowerBound(mentions, pos) - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (pos - x.end > POSSESSOR_WINDOW) break;
    if (x.end > pos || x.kind === "Person") continue;
    if (x.start >= sentenceStart) return x;
    if (x.kind !== "Cartel" && x.kind !== "Institution") continue;
    // "Los X, a cell of the Y. Its leader": the head of the phrase, not the group it belongs to.
    if (/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 8), x.start))) nested ??= x;
    else return x;
  }
  return nested;
}

/** A sentence break: where a sentence's subject may begin after it. */
const BREAK = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:The|the)\s+)?$/;

/**
 * For "Its leader" opening a sentence: the group or institution that was the subject (first
 * actor) of a recent sentence, the topic the text is about, within POSSESSOR_WINDOW * 2.
 */
function recentTopic(text: string, mentions: Mention[], pos: number): Mention | undefined {
  for (let i = lowerBound(mentions, pos) - 1; i >= 0; i--) {
    const x = mentions[i]!;
    if (pos - x.end > POSSESSOR_WINDOW * 2) break;
    if (x.end > pos || (x.kind !== "Cartel" && x.kind !== "Institution")) continue;
    const prevEnd = i > 0 ? mentions[i - 1]!.end : 0;
    if (BREAK.test(text.slice(Math.max(prevEnd, x.start - 30), x.start))) return x;
  }
  return undefined;
}

/** Role relations of one document; `home` is its home state ({@link homeState}), computed when not given. */
export function roleRelations(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  gaz: Gazetteer,
  date?: string,
  home: Mention | undefined = homeState(text, mentions, gaz),
): Candidate[] {
  const out: Candidate[] = [];
  const emit = (
    s: Sentence,
    src: Mention,
    type: RelationType,
    org: Mention,
    conf: number,
    cue: string,
    cueStart: number,
    rule: string,
  ) => {
    if (validPair(type, src, org))
      out.push({
        source: src,
        target: org,
        type,
        confidence: conf,
        sentence: s,
        cue,
        cueStart,
        cueEnd: cueStart + cue.length,
        rule,
      });
  };
  const offices = officesByTitle(mentions);
  for (const s of sentences) {
    const ms = mentionsIn(mentions, s);
    for (const m of ms.filter((x) => x.kind === "Person")) {
      const before = text.slice(Math.max(s.start, m.start - 90), m.start);
      const t = TITLE_BEFORE.exec(before);
      if (t) {
        const title = t[1]!;
        const titleStart = m.start - before.length + before.lastIndexOf(title);
        const type = titleRelation(title);
        if (type) {
          const role = roleFor(m, title);
          const ofOrg = ms.find(
            (x) =>
              x.kind !== "Person" &&
              x.start > m.end &&
              // "Senator X of the ruling Y", "Senator X of President Z's Y coalition".
              /^\s+of\s+(?:the\s+)?(?:(?:opposition|ruling|governing|conservative|leftist|right-wing|left-wing)\s+)?(?:(?:[\p{Lu}][\p{L}.-]*\s+){0,3}[\p{Lu}][\p{L}.-]*['’]s\s+)?$/u.test(
                text.slice(m.end, x.start),
              ),
          );
          const its = ITS_BEFORE_TITLE.test(text.slice(Math.max(s.start, titleStart - 40), titleStart))
            ? possessor(text, mentions, titleStart, s.start)
            : undefined;
          const org =
            adjacentOrg(text, titleStart, ms, gaz, m, s.start) ??
            its ??
            ofOrg ??
            (role ? orgMention(gaz, role.org, m) : undefined) ??
            leaderGovernment(text, mentions, titleStart, gaz, m);
          // "Paraguay's anti-drug chief": the head of one of the state's bodies is a member of the state.
          const bodyHead =
            type === "LEADS" &&
            org?.kind === "Government" &&
            /^(?:chief|head|director|commander|boss)$/.test(title) &&
            BODY_QUALIFIER.test(text.slice(Math.max(s.start, titleStart - 30), titleStart));
          // "a Sinaloa Cartel commander, X": one of its commanders, a member.
          const oneOf =
            type === "LEADS" &&
            !!org &&
            title !== "leader" &&
            org.end <= titleStart &&
            ONE_OF_BEFORE.test(text.slice(Math.max(s.start, org.start - 30), org.start));
          const kind = role && org?.key === role.org ? role.type : bodyHead || oneOf ? "MEMBER_OF" : type;
          // "Sen. X" in a report that names the U.S. Senate sits in it: the chamber, not the state.
          const chamber =
            org?.kind === "Government" && kind === "MEMBER_OF" ? chamberOf(mentions, org, title) : undefined;
          if (chamber) emit(s, m, "MEMBER_OF", chamber, 0.85, title, titleStart, `title-chamber:${title}`);
          else if (org) emit(s, m, kind, org, 0.9, title, titleStart, `title:${title}`);
          else if (!m.actor && home && STATE_TITLE.test(title))
            emit(s, m, type, home, 0.6, title, titleStart, `title:${title}+home-state`);
          // "Attorney General X" in a text that names the Attorney General's Office heads it (a deputy is in it).
          const office = offices.get(bareTitle(title).toLowerCase());
          if (office && office !== org) {
            const head = /^(?:Deputy|deputy)\s/.test(title) ? "MEMBER_OF" : "LEADS";
            emit(s, m, head, office, 0.75, title, titleStart, `title-office:${title}`);
          }
        }
      }
      const alias = ALIAS_AFTER.exec(text.slice(m.end, Math.min(s.end, m.end + 60)))?.[0].length ?? 0;
      const forOrg = titleForOrg(text, ms, m);
      if (forOrg)
        emit(s, m, forOrg.type, forOrg.org, 0.8, forOrg.title, forOrg.at, `title-for-org:${forOrg.title}`);
      const age = AGE_AFTER.exec(text.slice(m.end + alias, s.end))?.[0].length ?? 0;
      // "X, 36, known as \"El Faraón\", whom ...": the age may come before the alias.
      const lateAlias =
        !alias && age
          ? (ALIAS_AFTER.exec(text.slice(m.end + age, Math.min(s.end, m.end + age + 60)))?.[0].length ?? 0)
          : 0;
      const aged = alias + age + lateAlias;
      const described = m.rule === "coreference:described" ? /^\s+as(?=\s)/ : DESCRIBED_AS;
      const skip = aged + (described.exec(text.slice(m.end + aged, s.end))?.[0].length ?? 0);
      // "Y, whom Minister X described as a leader of Z": X describes, Y is described.
      const describer = skip > aged && DESCRIBER_BEFORE.test(before);
      const after = describer
        ? null
        : TITLE_AFTER.exec(text.slice(m.end + skip, Math.min(s.end, m.end + skip + 80)));
      if (after) {
        const titled = titleRelation(after[2]!);
        const from = m.end + skip;
        const tail = from + after.index + after[0].length;
        const rest = text.slice(tail, s.end);
        // "X, a commander of Y" is one of several: a member, not the head; "a leader of Y" leads it.
        const type =
          titled === "LEADS" &&
          // "a commander", "one of the commanders", "the most senior commander": one of several.
          ((/^,?\s+an?\s/.test(after[0]) && !/^leader$/i.test(after[2]!)) ||
            /^,?\s+(?:one\s+of|the\s+most)\s/.test(after[0]) ||
            // "the PCC's logistics chief": the head of one of its parts, a member of the whole.
            QUALIFIED_HEAD.test(after[0].slice(0, after[0].indexOf(after[2]!) + after[2]!.length)) ||
            // "the CJNG's chief money manager", "its chief enforcer": "chief" qualifies another role.
            (/^(?:chief|head)$/i.test(after[2]!) && CHIEF_ADJECTIVE.test(rest)) ||
            // "the GDF's director of operations", "its head of intelligence": the head of a part.
            (/\sof\s+$/.test(after[0]) && OF_PART.test(rest)))
            ? "MEMBER_OF"
            : titled;
        const org =
          (after[1]
            ? ms.find((x) => x.kind !== "Person" && x.start >= from && x.end <= from + after[0].length)
            : undefined) ??
          ms.find(
            (x) =>
              x.kind !== "Person" &&
              // "the leader of the gang": a description mention begins at its "the", before `tail`.
              (x.start >= tail - 1 ||
                (/^coreference:/.test(x.rule) && x.end > tail && x.start >= tail - 5)) &&
              // "co-director of the research group InSight Crime": a lower-case kind before the name.
              (x.start <= tail + 2 ||
                DESCRIPTOR.test(text.slice(tail, x.start)) ||
                // "a member of President X's Morena party", "of Asfura's National Party": the party,
                // past its leader's name.
                ((/^\s*party\b/.test(text.slice(x.end, x.end + 8)) || /\bParty$/.test(x.name)) &&
                  POSSESSOR.test(text.slice(tail, x.start)))),
          );
        // "the head of Barrio 18's \"Revolucionarios\" faction": the possessed group.
        const possessed =
          org && !after[1]
            ? ms.find(
                (x) =>
                  x.kind !== "Person" &&
                  x.start > org.end &&
                  /^['’]s?\s+["“]?$/.test(text.slice(org.end, x.start)),
              )
            : undefined;
        const named = possessed ?? org;
        // ... or a part of it the text names without our finding it: its head is a member of the whole.
        const partOf =
          !possessed && org && PART_AFTER.test(text.slice(org.end, org.end + 60)) ? "MEMBER_OF" : undefined;
        // "a Mexico analyst", "an analyst for Colombia at the Crisis Group": the state is the topic.
        const employer =
          named && named.kind === "Government" && EXPERT.test(after[2]!)
            ? (ms.find(
                (x) => x !== named && x.kind !== "Person" && x.start >= tail - 1 && x.start <= tail + 2,
              ) ??
              ms.find(
                (x) =>
                  x.kind !== "Person" &&
                  x.start > named.end &&
                  /^\s+at\s+(?:the\s+)?$/.test(text.slice(named.end, x.start)),
              ))
            : named;
        // "X, a former president of Y" no longer is.
        const former = /\bformer\s/i.test(after[0].slice(0, after[0].indexOf(after[2]!)));
        // "Ecuador arrested X, Peru's interior minister said": the title is the speaker's, not X's.
        const speaker = REPORTING_NEXT.test(text.slice(tail, tail + 24));
        if (type && employer && !former && !speaker)
          emit(
            s,
            m,
            partOf ?? type,
            employer,
            0.85,
            after[2]!,
            from + after[0].indexOf(after[2]!),
            `apposition:${after[2]}`,
          );
      }
      const poss = ms.find(
        (x) =>
          x.kind !== "Person" &&
          x.end <= m.start &&
          /^['’]s\s+(?:(?:new|former|own)\s+)?$/.test(text.slice(x.end, m.start)),
      );
      const role = poss ? m.actor?.roles.find((r) => r.org === poss.key) : undefined;
      if (poss && role)
        emit(
          s,
          m,
          role.type,
          poss,
          0.8,
          text.slice(poss.start, m.start).trim(),
          poss.start,
          "possessive-role",
        );
      // "Libre's coordinator, former President Manuel Zelaya": the group's role, then the person's past title.
      const held = /former|ex-/.test(before) ? POSSESSIVE_ROLE.exec(before) : null;
      const holder = held
        ? ms.find((x) => x.kind !== "Person" && x.end === m.start - before.length + held.index)
        : undefined;
      const heldType = held ? titleRelation(held[1]!) : undefined;
      if (held && holder && heldType)
        emit(
          s,
          m,
          heldType,
          holder,
          0.8,
          held[1]!,
          m.start - before.length + held.index + held[0].indexOf(held[1]!),
          `possessive-title:${held[1]}`,
        );
      const counterpart = /\b(?:counterpart|leader|head of state)\s*,?\s*$/.exec(before);
      const led = m.actor?.roles.find((r) => r.type === "LEADS" && active(r.from, r.to, date));
      if (counterpart && led) {
        const org = orgMention(gaz, led.org, m);
        if (org)
          emit(
            s,
            m,
            "LEADS",
            org,
            0.75,
            counterpart[0].trim(),
            m.start - before.length + counterpart.index,
            "counterpart-role",
          );
      }
    }
  }
  const seen = new Set(out.map((c) => `${c.source.key}|${c.type}|${c.target.key}`));
  const firstFull = new Map<string, Mention>();
  for (const m of mentions)
    if (
      m.kind === "Person" &&
      m.actor &&
      (!firstFull.has(m.key) || (firstFull.get(m.key)!.rule.endsWith("short") && !m.rule.endsWith("short")))
    )
      firstFull.set(m.key, m);
  for (const m of firstFull.values()) {
    // "former President X": the text says the role is over, whatever the document's date.
    if (
      /\b(?:former|ex-|late)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, m.start - 40), m.start))
    )
      continue;
    for (const r of m.actor!.roles.filter((x) => active(x.from, x.to, date) && (x.from || x.to))) {
      const org = orgMention(gaz, r.org, m);
      if (!org || seen.has(`${m.key}|${r.type}|${r.org}`)) continue;
      const s = sentences.find((x) => x.start <= m.start && m.end <= x.end);
      if (s) emit(s, m, r.type, org, 0.55, m.text, m.start, "gazetteer-role");
    }
  }
  return out;
}
