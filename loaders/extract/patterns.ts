/**
 * Discovery by naming patterns, each kind decided by a rule recorded on the mention
 * ("discovered:<rule>"). A capitalised run that no pattern types is not an actor.
 * - Cartel (criminal and armed groups): Spanish/Portuguese article names ("Los Lobos"), "Clan del
 *   X", "Comando X", numbered gangs ("Barrio 18", "MS-13" shapes) when the document speaks of gangs
 *   around one of their mentions; "the X gang", "X gang coalition", "the X faction/militia";
 * - Person: a lower-case role noun before a name ("spokesman X Y", "businessman X Y"), a role then
 *   a comma ("its director, X Y"), an apposition whose head is a person noun ("X Y, a former police
 *   officer"), "Mr X", a nickname in quotes ("Juan \"El Toro\" Pérez" is Juan Pérez);
 * - Institution or Cartel: an apposition whose head is an organisation noun ("Cristosal, a human
 *   rights group"; "X, a criminal gang"); "the" before an acronym ("the CIA said") and an acronym before its staff ("CIA officers") are an
 *   institution;
 *   a demonym before "cartels" is that country's cartels as one collective ("Mexican drug cartels");
 *   a demonym before a force ("Ecuadorian Navy", "Haitian National Police") is an institution;
 * - Person: a name an act befalls ("X Y was extradited", "police detained X Y");
 * - Person: a name before "alias" / "known as" and a quoted nickname ("X, alias \"Fito\""), or
 *   before a quoted capitalised nickname between commas ("X Y, \"El Gordo,\" was arrested").
 */
import type { NodeKind } from "../../graph/ontology.ts";
import type { Mention } from "./mentions.ts";
import { Claimed, SpanIndex } from "./spans.ts";
import { TITLES } from "./titles.ts";
import { WORDS } from "./words.ts";

const W = "[\\p{Lu}](?:\\p{Ll}{1,2}\\p{Lu})?[\\p{Ll}\\p{M}]+(?:[-'’][\\p{Lu}\\p{Ll}][\\p{Ll}\\p{M}]+)*";
const PARTICLE = "(?:de|del|de la|da|do|dos|la|los|van|von|bin|al|el)";
/** A name: two to four capitalised words, with particles between ("de la", "van") or glued Arabic ones ("al-Burhan"). */
const PERSON = `${W}(?:[ \\t]+(?:${PARTICLE}[ \\t]+|(?:al|el|ad|ash)-)?${W}){1,3}`;
const ARTICLE = "(?:Los|Las|La|El|Os|As)";
const ARTICLE_WORD = new RegExp(`^${ARTICLE}$`);
const GROUP_CONTEXT =
  /\b(?:gangs?|groups?|factions?|federations?|cartels?|clans?|maras?|criminal|members?|leaders?|kingpins?|boss|extortion|dissidents?|guerrillas?|rebels?|traffick\w*|organi[sz]ations?|militias?|cells?|armed|hitmen|inmates|(?:co-)?founders?|commanders?|lieutenants?|second-in-command)\b/i;
const PERSON_NOUNS = WORDS.nouns.person.join("|");
const ORG_NOUNS = WORDS.nouns.organisation.join("|");
const GANG_NOUNS = WORDS.nouns.gang.join("|");
/** People of a gang: "a gang leader" is a person, not a gang. */
const GANG_PEOPLE = WORDS.nouns.gangPeople.join("|");
/** Acts done to a person, not to a group or a place ("X was extradited", "police detained X Y"). */
const PERSONAL_ACTS =
  "arrested|captured|detained|extradited|killed|shot|murdered|kidnapped|abducted|assassinated|deported|sentenced|jailed|imprisoned|convicted";
/** Every title, as alternatives ("President", "interior minister", ...). */
const TITLE_WORDS = TITLES.map(([t]) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
/** A name's start: not inside a word. */
const START = "(?<![\\p{L}\\p{N}'’-])";
const STOP = new Set(
  "The This That These Those In On At For But And If When While After Before Since As A An Its His Her Their Our Under With From By Despite Although Officials Critics Analysts Police Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/** Capitalised prepositions of STOP: a name after one opens the sentence as a place or time. */
const OPENING_PREPOSITION = new Set("In On At For Under With From By Despite After Before Since".split(" "));

interface Rule {
  kind: NodeKind;
  rule: string;
  re: RegExp;
  /** Keeps a match only when the document gives one of its occurrences group context within this many characters (see GROUP_CONTEXT). */
  needsGroupContext?: number;
  /**
   * When set, `re` only finds an anchor (the comma of an apposition, the space before a head noun)
   * and this end-anchored pattern takes the name from the 90 characters before it: one test per
   * anchor instead of one per capitalised word.
   */
  before?: RegExp;
  /** With `before`: the surface runs from the name through the anchor ("Ecuadorian" + " Navy"). */
  throughAnchor?: boolean;
  /** The node name from the matched surface (default: the surface). */
  name?: (m: RegExpExecArray) => string;
  /** The group of the match holding a nickname, kept as an alias of the person ("X, alias \"Y\""). */
  aliasGroup?: number;
  /** Keeps a match only when the 60 characters before it end with this pattern. */
  precededBy?: RegExp;
}

/** People counted before "including": "five Haitians, including", "three leaders of the gang, including". */
const PEOPLE_LIST =
  /\b(?:people|men|women|leaders|members|suspects|officials|officers|commanders|figures|politicians|\p{Lu}\p{Ll}+(?:ans|ians|eans))\b[^.;:]{0,40}?,?$/u;

const RULES: Rule[] = [
  {
    kind: "Person",
    rule: "alias-person",
    re: /,?[ \t]+(?:alias|a\.k\.a\.|aka|(?:also[ \t]+)?known[ \t]+as)[ \t]+["“'‘]([^"”'’\n]{2,30})["”'’]/gu,
    // "Erick Gamboa Rojas, 36, known as \"El Faraón\"": an age may stand between.
    before: new RegExp(`${START}(${PERSON})(?:,[ \t]+\\d{1,3})?$`, "u"),
    aliasGroup: 2,
  },
  {
    kind: "Person",
    rule: "nickname-apposition",
    re: /,[ \t]+["“]((?:\p{Lu}[\p{L}.'’-]*)(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,["”]|["”],)/gu,
    before: new RegExp(`${START}(${PERSON})$`, "u"),
    aliasGroup: 2,
  },
  {
    kind: "Person",
    rule: "nickname-person",
    re: new RegExp(`${START}(${W})[ \\t]+["“]([^"”\\n]{2,30})["”][ \\t]+(${W}(?:[ \\t]+${W})?)`, "gu"),
    name: (m) => `${m[1]} ${m[3]}`,
  },
  {
    kind: "Cartel",
    rule: "gang-noun",
    // "the Barrio Azteca prison gang": one word of what kind of gang may stand between.
    re: new RegExp(
      `[ \\t]+(?:(?:prison|street|drug|rival|youth|local|notorious)[ \\t]+)?(?=(?:${GANG_NOUNS}|clique|clica)\\b)`,
      "gu",
    ),
    before: new RegExp(
      `${START}((?:\\d{1,3}[ \\t]+)?(?:${W}[ \\t]+(?:(?:de|del|de la|de los|do|da)[ \\t]+)?){0,3}${W})$`,
      "u",
    ),
  },
  {
    kind: "Cartel",
    rule: "group-name",
    re: new RegExp(
      `\\b((?:Clan|Comandos?|Primeiro Comando|Frente|Bloque|Ej[eé]rcito|Estado Mayor)[ \\t]+(?:(?:del?|da|do|de los|de las|de la)[ \\t]+)?${W}(?:[ \\t]+(?:(?:da|do|de|de la|y|e)[ \\t]+)?${W}){0,2})`,
      "gu",
    ),
    needsGroupContext: 80,
  },
  {
    kind: "Cartel",
    rule: "known-as-group",
    // "the armed group known as Tren del Llano", "the group, known as the Tropa do Tubarão".
    re: new RegExp(
      `\\b(?:group|gang|militia|faction|network|clique|organi[sz]ation),?[ \\t]+(?:(?:also|better)[ \\t]+)?known[ \\t]+as[ \\t]+(?:the[ \\t]+)?(${W}(?:[ \\t]+(?:(?:de|del|do|da|dos|de la|de los)[ \\t]+)?${W}){0,3})`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "quoted-nickname",
    re: new RegExp(
      `(?<![\\p{L}])(?:leader|boss|chief|kingpin|commander|hitman|lieutenant|founder)[ \\t]+["“'‘](${W}(?:[ \\t]+${W}){0,2})["”'’]`,
      "gu",
    ),
  },
  {
    kind: "Cartel",
    rule: "article-name",
    re: new RegExp(
      `\\b(${ARTICLE}[ \\t]+${W}(?:[ \\t]+(?:de|del|de la|de los)[ \\t]+${W}(?:[ \\t]+${W})?|[ \\t]+${W})?)`,
      "gu",
    ),
    needsGroupContext: 80,
  },
  {
    kind: "Cartel",
    rule: "numbered-gang",
    re: /\b((?:Barrio|Mara|Calle)[ \t]+\d{1,3}|\p{Lu}{2,3}-\d{1,3}|\p{Lu}\d{1,2}(?=[ \t]+(?:federation|gang|coalition|alliance|faction))|\d{1,3}(?:st|nd|rd|th)[ \t]+(?:Front|Bloc|Block|Brigade|Battalion))\b/gu,
    needsGroupContext: 25,
  },
  {
    kind: "Person",
    rule: "role-person",
    re: new RegExp(`(?<![\\p{L}])(?:${PERSON_NOUNS})(?:,)?[ \\t]+(${PERSON})`, "gu"),
  },
  {
    kind: "Person",
    rule: "role-comma-person",
    re: new RegExp(
      `(?<![\\p{L}])(?:${PERSON_NOUNS})(?:[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?[\\p{Ll} ]{3,30}|[ \\t]+(?:for|of|at|to|in)[ \\t]+(?:the[ \\t]+)?[\\p{Lu}][\\p{L}.'’ ]{1,40}?)?,[ \\t]+(${PERSON})\\b`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "nationality-person",
    // "a Brazilian citizen, Thiago Ribeiro," / "a Peruvian, X": a nationality (a demonym's shape) heads the apposition.
    re: new RegExp(
      `(?<![\\p{L}])(?:a|an)[ \\t]+\\p{Lu}\\p{Ll}+(?:an|ese|ish|i)(?:[ \\t]+(?:citizen|national|man|woman|resident|native))?,[ \\t]+(${PERSON})\\b`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "apposition-possessive-person",
    re: new RegExp(
      `,[ \\t]+(?:U\\.S\\.|${W}(?:[ \\t]+(?:de[ \\t]+|del[ \\t]+)?${W}){0,3})['’]s?[ \\t]+(?:[\\p{Ll}-]+[ \\t]+){0,2}?(?:${TITLE_WORDS})\\b`,
      "gu",
    ),
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "apposition-title-person",
    re: new RegExp(
      `,[ \\t]+(?:former[ \\t]+|acting[ \\t]+|co-)?(?:${TITLE_WORDS})[ \\t]+(?:of|for|at|to|with)\\b`,
      "gu",
    ),
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "passive-person",
    re: new RegExp(
      `[ \\t]+(?:was|has been|had been)[ \\t]+(?:(?:later|reportedly|allegedly|also|then)[ \\t]+)?(?=(?:${PERSONAL_ACTS})\\b)`,
      "gu",
    ),
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "object-person",
    re: new RegExp(
      `(?<![\\p{L}])(?:${PERSONAL_ACTS})[ \\t]+(${PERSON})(?![ \\t]+(?:City|Province|State|Department)\\b)`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "agent-person",
    re: new RegExp(
      `\\b(?:led|headed|commanded|founded|run|chaired)[ \\t]+(?:(?:since|until|from|in)[ \\t]+(?:\\d{4}|last[ \\t]+year|\\p{L}+[ \\t]+\\d{4})[ \\t]+)?by[ \\t]+(${PERSON})(?![ \\t]+\\p{Lu})`,
      "gu",
    ),
  },
  {
    kind: "Institution",
    rule: "demonym-force",
    re: /(?<=[ \t])(?:(?:National|Federal|Military|Civil)[ \t]+)?(?:Army|Navy|Air[ \t]+Force|Police|Coast[ \t]+Guard|Armed[ \t]+Forces|Marines|Marine[ \t]+Corps|Special[ \t]+Forces|National[ \t]+Guard|Congress|Senate|Parliament|Supreme[ \t]+Court|Constitutional[ \t]+Court|National[ \t]+Assembly|Legislative[ \t]+Assembly)\b/gu,
    before: new RegExp(`${START}(${W})[ \\t]+$`, "u"),
    throughAnchor: true,
  },
  {
    kind: "Institution",
    rule: "possessive-body",
    re: /['’]s[ \t]+((?:Congress|Senate|Parliament|Supreme[ \t]+Court|Constitutional[ \t]+Court|National[ \t]+Assembly|Legislative[ \t]+Assembly))\b/gu,
  },
  {
    kind: "Operation",
    rule: "apposition-operation",
    re: /,[ \t]+(?:a|an|the)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?(?:operation|offensive)\b/gu,
    before: new RegExp(`${START}((?:Plan|Operaci[oó]n|Opera[cç][aã]o)[ \\t]+${W}(?:[ \\t]+${W})?)$`, "u"),
  },
  {
    kind: "Person",
    rule: "party-apposition-person",
    re: /,[ \t]+(?:an?[ \t]+[\p{Ll}-]+[ \t]+)?(?:from|of)[ \t]+the[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?=\p{Lu}[\p{L}'’ ]{1,40}?[ \t](?:Party|party|Movement|movement)\b)/gu,
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "age-person",
    re: /,[ \t]+\d{2},/gu,
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "people-of-person",
    re: new RegExp(
      `\\b(?:[Ss]upporters|[Aa]llies|[Cc]ritics|[Oo]pponents|[Ff]ollowers|[Ll]awyers|[Rr]elatives|[Ff]amily|[Aa]ides|[Bb]odyguards)[ \\t]+of[ \\t]+(?:(?:former|late|jailed|ousted)[ \\t]+)?(${PERSON})`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "including-person",
    re: new RegExp(`[ \\t]including[ \\t]+(${PERSON})`, "gu"),
    precededBy: PEOPLE_LIST,
  },
  {
    kind: "Person",
    rule: "including-person",
    re: new RegExp(
      `[ \\t]including[ \\t]+${PERSON}(?:,[ \\t]+${PERSON})*,?[ \\t]+and[ \\t]+(${PERSON})`,
      "gu",
    ),
    precededBy: PEOPLE_LIST,
  },
  {
    kind: "Person",
    rule: "possessive-gang-person",
    re: new RegExp(`['’]s[ \\t]+(?=(?:${W}[ \\t]+){1,3}(?:gang|faction|militia|cartel)\\b)`, "gu"),
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "head-verb-person",
    re: /[ \t]+(?=(?:heads|leads|runs|founded|co-founded|commands|chairs)[ \t]+(?:the[ \t]+)?\p{Lu})/gu,
    before: new RegExp(`(?:^|[.!?]["”’]?[ \\t]+|\\n[ \\t]*)(${PERSON})$`, "u"),
  },
  {
    kind: "Person",
    rule: "who-person",
    re: new RegExp(`${START}(${PERSON}),[ \\t]+who\\b`, "gu"),
  },
  {
    kind: "Person",
    rule: "object-person",
    re: new RegExp(
      `\\b(?:(?:arrest[ \\t]+)?warrants?[ \\t]+for|arrest(?:ed|ing)?|sanction(?:ed|ing)|captur(?:ed|ing)|capture[ \\t]+of|custody[ \\t]+of|kill(?:ed|ing)|killing[ \\t]+of|hand(?:ed|ing)[ \\t]+over|transferr(?:ed|ing)|expell(?:ed|ing)|detain(?:ed|ing)|detention|extradit(?:ed|ing)|extradition|charg(?:ed|ing)|indict(?:ed|ing)|sentenc(?:ed|ing)|convict(?:ed|ing)|deport(?:ed|ing)|kidnapp(?:ed|ing)|abduct(?:ed|ing)|abduction|recaptur(?:ed|ing)|recapture|releas(?:ed|ing)|release|murder(?:ed)?|assassinat(?:ed|ion))(?:[ \\t]+of)?[ \\t]+(${PERSON})(?![ \\t]+(?:\\p{Lu}|(?:members?|gang|leaders?|fighters?|militants?|cartel|group|faction|operatives?|associates?|suspects?|officials?|officers?|soldiers?|troops)\\b))`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "apposition-person-noun",
    re: new RegExp(
      `,[ \\t]+(?:a|an|the|its|his|her|their)[ \\t]+(?:[\\p{L}\\p{N}'’-]+[ \\t]+){0,3}(?:${PERSON_NOUNS})\\b`,
      "gu",
    ),
    before: new RegExp(`${START}(${PERSON})$`, "u"),
  },
  {
    kind: "Cartel",
    rule: "apposition-gang-noun",
    re: new RegExp(
      `,[ \\t]+(?:a|an|the)[ \\t]+(?:(?:[\\p{Ll}'’-]+|\\p{Lu}{2,6})[ \\t]+){0,3}(?:${GANG_NOUNS})\\b(?![ \\t]+(?:${GANG_PEOPLE}))`,
      "gu",
    ),
    before: new RegExp(`${START}((?:${W}|\\p{Lu}{2,6})(?:[ \\t]+${W}){0,3})$`, "u"),
  },
  {
    kind: "Institution",
    rule: "apposition-org-noun",
    re: new RegExp(
      `,[ \\t]+(?:a|an|the)[ \\t]+(?:[\\p{Lu}][\\p{L}'’-]+[ \\t]+){0,2}(?:[\\p{Ll}'’-]+[ \\t]+){0,3}(?:${ORG_NOUNS})\\b(?![ \\t]+(?:${PERSON_NOUNS}|members?|leaders?|officials?)\\b)`,
      "gu",
    ),
    // "Redes da Maré, a local community organisation": particles inside the name.
    before: new RegExp(
      `${START}((?:${W}|\\p{Lu}{2,6})(?:[ \\t]+(?:(?:de|del|da|do|dos|das|for|of)[ \\t]+)?${W}){0,3})$`,
      "u",
    ),
  },
  {
    kind: "Person",
    rule: "rank-person",
    re: new RegExp(
      `\\b(?:Captain|Capt\\.|Lieutenant|Lt\\.|Major|Maj\\.|Sergeant|Sgt\\.|Commissioner|Judge|Justice|Bishop|Father|Dr\\.?|Prof\\.?)[ \\t]+(${PERSON})`,
      "gu",
    ),
  },
  {
    kind: "Institution",
    rule: "org-kind-name",
    // "the human rights group Foro Penal", "the Mexico City think tank México Evalúa": a kind of
    // organisation, then its name.
    re: new RegExp(
      `(?<![\\p{L}])(?:(?:[Hh]uman[ \\t]+)?[Rr]ights[ \\t]+(?:group|organi[sz]ation)|[Aa]dvocacy[ \\t]+group|think[ \\t]+tank|watchdog|non-governmental[ \\t]+organi[sz]ation|pressure[ \\t]+group)[ \\t]+(${W}(?:[ \\t]+(?:(?:de|del|da|do|dos|for|of)[ \\t]+)?${W}){0,5})`,
      "gu",
    ),
  },
  {
    kind: "Institution",
    rule: "acronym-apposition",
    // "The guards' association, ANFUP, supported", "the organised crime unit, known as GAECO".
    re: /(?<![\p{L}])(?:association|union|unit|federation|network|organi[sz]ation|commission),[ \t]+(?:known[ \t]+as[ \t]+)?(\p{Lu}{3,8})(?=[ \t]*[,.;)])/gu,
  },
  {
    kind: "Institution",
    rule: "org-noun-name",
    re: /(?<![\p{L}])(?:agency|company|firm|broadcaster|newspaper|channel|bank|party|ministry|alliance|bloc|union|body|regulator)[ \t]+(\p{Lu}{2,8}\b|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![ \t]+\p{Lu})/gu,
  },
  {
    kind: "Operation",
    rule: "mission-name",
    re: /(?<![\p{L}])(?:mission|operation)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)(?![ \t]+\p{Lu})/gu,
  },
  {
    kind: "Institution",
    rule: "org-noun-after",
    re: /[ \t]+(?=(?:bloc|party|movement|alliance|coalition)\b)/gu,
    before: new RegExp(`${START}((?:${W}[ \\t]+(?:and[ \\t]+)?){0,2}${W})$`, "u"),
  },
  {
    kind: "Cartel",
    rule: "demonym-cartels",
    re: /\b(\p{Lu}\p{Ll}+)[ \t]+(?:(?:drug|criminal|narco)[ \t]+)?cartels\b/gu,
    name: (m) => `${m[1]} cartels`,
  },
  {
    kind: "Institution",
    rule: "the-acronym",
    re: /\b[Tt]he[ \t]+(\p{Lu}{2,5})(?=[ \t]*(?:[,.;:)]|['’]s\b|[ \t]+(?:said|says|has|had|is|was|were|are|will|would|could|and|or|to|in|on|of|for|with|\p{Ll}+ed)\b))/gu,
  },
  {
    kind: "Institution",
    rule: "acronym-staff",
    re: /(?<![\p{L}\p{N}.])(\p{Lu}{2,5})(?=[ \t]+(?:agents?|officers?|operatives?|officials?|director|chief|spokesperson|spokes(?:wo)?man|personnel|analysts?|drones?|headquarters)\b)/gu,
  },
  {
    kind: "Person",
    rule: "reported-person",
    // "\"...,\" said Martha Ruelas, whose son ...": a name right after a reporting verb, its clause ending there.
    re: new RegExp(
      `(?<![\\p{L}])(?:said|says|added|explained|noted|warned|recalled)[ \\t]+(${PERSON})(?=[ \\t]*[,.;]|[ \\t]+(?:who|whose)\\b)`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "apposition-reporting-person",
    // "Kevin Marchetti, the special agent in charge, said": a name, a description between commas, a reporting verb.
    re: new RegExp(
      `${START}(${PERSON}),[ \\t]+(?:a|an|the)[ \\t]+[^,;"“”()]{2,80}?,[ \\t]+(?:said|says|told|added|wrote|argued|warned)\\b`,
      "gu",
    ),
  },
  {
    kind: "Person",
    rule: "mr-person",
    re: new RegExp(`\\bM(?:r|rs|s)\\.?[ \\t]+(${W}(?:[ \\t]+${W})?)`, "gu"),
  },
];

/** True when the document spells the acronym out ("... Force (CDF)", "..., or CDF,"): acronymMentions links it to the full name. */
function defined(text: string, acronym: string): boolean {
  return text.includes(`(${acronym})`) || text.includes(`, or ${acronym}`);
}

/** Matches of a rule: of `re` itself, or names found by `before` just ahead of each anchor. */
function* ruleMatches(r: Rule, text: string): Generator<RegExpExecArray> {
  r.re.lastIndex = 0;
  for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
    if (!r.before) {
      yield m;
      continue;
    }
    const from = Math.max(0, m.index - 90);
    const b = r.before.exec(text.slice(from, m.index));
    if (!b) continue;
    const start = from + b.index + b[0].lastIndexOf(b[1]!);
    const surface = r.throughAnchor ? text.slice(start, m.index + m[0].length) : b[1]!;
    // The anchor's own groups follow the name (the alias rule's nickname is hit[2]).
    const hit = [surface, surface, ...m.slice(1)] as unknown as RegExpExecArray;
    hit.index = start;
    yield hit;
  }
}

/** True when the window around [start, end) speaks of gangs or groups. */
function groupContext(text: string, start: number, end: number, window: number): boolean {
  return GROUP_CONTEXT.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}

/** The last word of a place's name, never of a person's. */
const PLACE_WORD =
  /^(?:City|Province|State|Department|Island|Islands|Valley|Region|District|Port|Bay|Coast)$/;
const TITLE_WORD =
  /^(?:President|Minister|Secretary|Senator|Speaker|Chairman|General|Ambassador|Governor|Mayor)$/;
/** The last word of an organisation's name, never of a person's. */
const ORG_WORD =
  /^(?:Force|Forces|Mission|Council|Command|Office|Police|Army|Navy|Guard|Ministry|Agency|Group|Party|Front|Cartel|Gang|Clan|Commission|Committee|Court|Institute|Service|Department|Union|Alliance|Movement|Coalition|Brigade|Battalion|Unit|Bank|Company|Corporation|Province|State|Republic|Organization|Organisation)$/;
/** "of" after a noun that takes a group ("the designation of Los X", "leaders of Los X"), not a place. */
const GROUP_OF =
  /\b(?:(?:designation|listing|leaders?|members?|heads?|boss(?:es)?|chiefs?|founders?|arrests?|capture|dismantling|rivals?|allies|ally|factions?|wings?|sanctioning|remnants) of|(?:belong(?:s|ed|ing)?|linked|tied|loyal|allied) to)[ \t]+$/i;
const LOCATIVE = /\b(?:in|at|near|from|to|into|across|outside|around|of)[ \t]+$/;
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;

/**
 * Mentions of actors found by naming patterns in `text`, outside `known` mentions. `isDemonym`
 * keeps demonyms ("Venezuelan gang") and `isState` keeps states out of group names.
 */
export function patternMentions(
  text: string,
  known: Mention[],
  isDemonym: (word: string) => boolean = () => false,
): Mention[] {
  const knownIndex = new SpanIndex(known);
  const claimed = new Claimed(text.length);
  const found: Mention[] = [];
  const confirmed = new Set<string>();
  const pending: Mention[] = [];
  for (const r of RULES) {
    for (const m of ruleMatches(r, text)) {
      if (r.precededBy && !r.precededBy.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      let surface = r.rule === "nickname-person" || r.rule === "demonym-cartels" ? m[0] : m[1]!;
      let start = m.index + m[0].indexOf(surface);
      let words = surface.split(/[ \t]+/);
      let afterPreposition = false;
      while (words.length > 1 && STOP.has(words[0]!) && r.rule !== "article-name") {
        afterPreposition ||= OPENING_PREPOSITION.has(words[0]!);
        const cut = /^\S+[ \t]+/.exec(surface)![0].length;
        surface = surface.slice(cut);
        start += cut;
        words = words.slice(1);
      }
      const end = start + surface.length;
      if (STOP.has(words[0]!) && r.rule !== "article-name") continue;
      // "In Washington, the head of X": a place opening the sentence, not the apposition's actor.
      if (afterPreposition && r.before) continue;
      if (
        r.rule === "demonym-cartels" || r.rule === "demonym-force"
          ? !isDemonym(words[0]!)
          : words.some((w) => isDemonym(w) || STOP.has(w))
      )
        if (r.rule !== "nickname-person") continue;
      const overlapping = knownIndex.overlapping(start, end);
      const overDemonym =
        r.rule === "demonym-force" && overlapping.every((k) => k.rule === "gazetteer:demonym");
      if ((overlapping.length && !overDemonym) || claimed.any(start, end)) continue;
      if ((r.rule === "the-acronym" || r.rule === "acronym-staff") && defined(text, surface)) continue;
      if (
        r.kind === "Person" &&
        (TITLE_WORD.test(words[0]!) ||
          ORG_WORD.test(words[words.length - 1]!) ||
          PLACE_WORD.test(words[words.length - 1]!))
      )
        continue;
      if (r.rule !== "quoted-nickname" && r.kind === "Person" && ARTICLE_WORD.test(words[0]!)) continue;
      if (
        r.rule === "article-name" &&
        LOCATIVE.test(text.slice(Math.max(0, start - 12), start)) &&
        !GROUP_OF.test(text.slice(Math.max(0, start - 30), start))
      )
        continue;
      if (r.kind !== "Person" && words.some((w) => /-\p{Ll}/u.test(w))) continue;
      if (
        r.rule === "gang-noun" &&
        words.length === 1 &&
        SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))
      )
        continue;
      const name = r.name ? r.name(m) : surface;
      const mention: Mention = {
        start,
        end,
        text: surface,
        key: `${r.kind}:${name}`,
        name,
        kind: r.kind,
        rule: `discovered:${r.rule}`,
      };
      claimed.add(start, end);
      // "known as \"El Faraón,\"": American punctuation puts the comma inside the quotes.
      const nick = r.aliasGroup ? m[r.aliasGroup]?.replace(/[,.;:]+$/, "") : undefined;
      if (nick) {
        const nickStart = text.indexOf(nick, end);
        const nickEnd = nickStart + nick.length;
        if (!knownIndex.overlaps(nickStart, nickEnd) && !claimed.any(nickStart, nickEnd)) {
          claimed.add(nickStart, nickEnd);
          found.push({ ...mention, start: nickStart, end: nickEnd, text: nick, rule: "discovered:alias" });
        }
      }
      if (r.needsGroupContext) {
        if (groupContext(text, start, end, r.needsGroupContext)) confirmed.add(name);
        pending.push(mention);
      } else found.push(mention);
    }
  }
  const nicknames = new Map(found.filter((f) => f.rule === "discovered:alias").map((f) => [f.text, f]));
  const people = [...known, ...found].filter((f) => f.kind === "Person" && f.name.includes(" "));
  const first = [...found, ...pending.filter((p) => confirmed.has(p.name))].map((f) => {
    const nick = f.rule === "discovered:alias" ? undefined : nicknames.get(f.text);
    if (nick) return { ...nick, start: f.start, end: f.end };
    return f.kind === "Person" ? (fullerName(f, people) ?? f) : f;
  });
  return [...first, ...repeats(text, first, knownIndex, claimed)].sort((a, b) => a.start - b.start);
}

/** "Flores Silva" after "Audias Flores Silva": the one person whose fuller name ends with this one, at this mention's place. */
function fullerName(m: Mention, people: Mention[]): Mention | undefined {
  const owners = new Map<string, Mention>();
  for (const p of people)
    if (p.key !== m.key && p.name.length > m.name.length && p.name.endsWith(` ${m.name}`))
      owners.set(p.key, p);
  const [owner, other] = owners.values();
  return owner && !other
    ? { ...owner, start: m.start, end: m.end, text: m.text, rule: "discovered:short" }
    : undefined;
}

/**
 * Later bare occurrences of discovered names ("Viv Ansanm" after "the Viv Ansanm gang coalition"),
 * found in one pass over capitalised words with the names indexed by their first word.
 */
function repeats(text: string, found: Mention[], known: SpanIndex<Mention>, claimed: Claimed): Mention[] {
  const byFirst = new Map<string, Mention[]>();
  for (const f of found) {
    const head = f.text.split(/[ \t]/)[0]!;
    const list = byFirst.get(head) ?? [];
    if (!list.some((x) => x.text === f.text)) list.push(f);
    byFirst.set(head, list);
  }
  const out: Mention[] = [];
  if (!byFirst.size) return out;
  const word = /(?<![\p{L}\p{N}])[\p{Lu}][\p{L}\p{N}'’-]*/gu;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    for (const f of byFirst.get(m[0]) ?? []) {
      const end = m.index + f.text.length;
      if (text.slice(m.index, end) !== f.text || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue;
      if (known.overlaps(m.index, end) || claimed.any(m.index, end)) continue;
      claimed.add(m.index, end);
      out.push({ ...f, start: m.index, end, rule: "discovered:repeat" });
      break;
    }
  }
  return out;
}
