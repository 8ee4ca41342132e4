/**
 * The cheap test before a cue's regular expression: a word every match holds (its start, or the
 * word after a leading group). A pattern whose words cannot be known gets none (it always runs);
 * every built-in cue with starts finds its match only in sentences holding one of them.
 */
import { describe, expect, it } from "vitest";
import { CUES, requiredStarts } from "../../loaders/extract/lexicon.ts";

describe("required starts of a cue pattern", () => {
  it.each([
    ["threaten(?:s|ed)?", ["threaten"]],
    ["in no position to", ["in"]],
    ["sanctions on", ["sanctions"]],
    ["(?:had|has|have) failed", ["failed"]],
    ["(?:was|is) (?:illegal|unlawful)", ["illegal", "unlawful"]],
    ["(?:was|is) (?:[a-z]+ )?illegal", ["was", "is"]],
    ["(?<!\\bto )(?:fight(?:s|ing)?|fought)(?! alongside)", ["fight", "fought"]],
    ["(?:leads|heads|runs)(?= (?:the|a) )", ["leads", "heads", "runs"]],
    ["(?:a|an) deal", ["deal"]],
    ["(?:a|an) (?:[a-z]+ )?deal", []],
    ["(?:far|near)?side", []],
    ["neutrali[sz]e", ["neutrali"]],
  ])("%s", (pattern, starts) => {
    expect(requiredStarts(pattern)).toEqual(starts);
  });

  it("every built-in match starts with one of its cue's starts", () => {
    const text =
      "Sheinbaum had failed, officials said, and the gang leads the coalition; Los Lobos fought the army. Mexico threatened strikes and the United States imposed sanctions on the cartel.";
    for (const cue of CUES) {
      if (!cue.literals.length) continue;
      cue.re.lastIndex = 0;
      for (const m of text.matchAll(cue.re)) {
        const low = m[0].toLowerCase();
        expect(
          cue.literals.some((l) => low.startsWith(l) || low.includes(` ${l}`)),
          `${cue.re.source} on ${m[0]}`,
        ).toBe(true);
      }
    }
  });
});
