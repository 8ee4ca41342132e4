/**
 * A body named by its bare noun ("the Senate", "Congress", "the Navy") is the body of that noun the
 * document names in full, or the one of the state written before it ("Mexico's Senate"), before it is
 * the gazetteer's owner of the bare alias (the U.S. Senate): news name a foreign body in full once,
 * then by its noun.
 */
import type { Gazetteer } from "./gazetteer.ts";
import type { Mention } from "./mentions.ts";
import { stateBefore } from "./national.ts";

/** The last word of a name, lower-cased ("Mexican Senate" → "senate"). */
const headOf = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/**
 * `mentions` with each bare-noun gazetteer mention of an institution re-keyed: to the state's body
 * of that noun when a state stands right before it ({@link stateBefore}), else to the last institution before it
 * whose full name ends in that noun. Left as it is when neither is there.
 */
export function bareBodyMentions(text: string, mentions: Mention[], gaz: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const [i, m] of mentions.entries()) {
    if (!isBare(m)) {
      out.push(m);
      continue;
    }
    const noun = m.text.toLowerCase();
    const state = stateBefore(text, mentions, i);
    const body = state
      ? gaz.actors.find((a) => a.kind === "Institution" && a.partOf === state.key && headOf(a.name) === noun)
      : undefined;
    if (body) {
      out.push({ ...m, key: body.name, name: body.name, actor: body, rule: "coreference:bare-body" });
      continue;
    }
    const named = out.findLast(
      (x) => x.kind === "Institution" && x.key !== m.key && x.text.includes(" ") && headOf(x.name) === noun,
    );
    out.push(
      named && !state
        ? { ...named, start: m.start, end: m.end, text: m.text, rule: "coreference:bare-body" }
        : m,
    );
  }
  return out;
}

/** A gazetteer mention of an institution by one capitalised word, the last of its name ("Senate" of "U.S. Senate"). */
function isBare(m: Mention): boolean {
  return (
    m.kind === "Institution" &&
    m.rule.startsWith("gazetteer:") &&
    /^\p{Lu}\p{Ll}+$/u.test(m.text) &&
    m.name.includes(" ") &&
    headOf(m.name) === m.text.toLowerCase()
  );
}
