/**
 * A deterministic synthetic news corpus for throughput benchmarks: sentences we wrote, recombined
 * with gazetteer actors, so extraction does real work (mentions, cues, titles, quotes).
 */
import { rng } from "./synthetic-graph.ts";

const ACTORS = [
  "President Donald Trump",
  "Claudia Sheinbaum",
  "the Sinaloa Cartel",
  "the CJNG",
  "Mexico",
  "the United States",
  "the Pentagon",
  "the DEA",
  "Secretary of State Marco Rubio",
  "Venezuela",
  "Gustavo Petro",
  "Tren de Aragua",
  "the Mexican Navy",
  "Colombia",
];
const TEMPLATES = [
  "{a} warned {b} on Tuesday that strikes could follow within weeks.",
  "{a} rejected any deployment of foreign troops, calling it a red line.",
  "Officials said {a} would cooperate with {b} on intelligence sharing.",
  "{a} designated {b} as a foreign terrorist organization last year.",
  "“We will not accept it,” {a} said after meeting {b}.",
  "{a} raided several laboratories linked to {b} in the north.",
  "Analysts at a think tank noted that {a} and {b} remain far apart on security policy.",
  "The talks, held in a border city, ended without a joint statement.",
  "{a} launched Operation Blue Harbor against {b} in March 2025.",
  "Markets reacted calmly to the announcement, traders said.",
];

/** `documents` documents of about `sentences` sentences each. */
export function syntheticTexts(
  documents: number,
  sentences: number,
  seed = 7,
): { text: string; source: string }[] {
  const random = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: documents }, (_, i) => {
    const body: string[] = [
      `Synthetic brief ${i}`,
      `date 2025-${String((i % 12) + 1).padStart(2, "0")}-15`,
      "",
    ];
    for (let s = 0; s < sentences; s++) {
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      while (b === a) b = pick(ACTORS);
      const line = pick(TEMPLATES).replace("{a}", a).replace("{b}", b);
      body.push(line[0]!.toUpperCase() + line.slice(1));
      if (s % 5 === 4) body.push("");
    }
    return { text: body.join(" ").replace(/ {2,}/g, " "), source: `synthetic/${i}.txt` };
  });
}
