/**
 * The extractor's word lists (loaders/gazetteer/words.json): titles and the relation they imply,
 * and the nouns that head descriptions of people, organisations and gangs. Validated with zod
 * when first read; a bad entry names the file and its path.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const list = z.array(z.string().min(1)).min(1);

/** The shape of words.json. */
export const WordsSchema = z.object({
  about: z.string(),
  titles: z.object({ leads: list, members: list }),
  nouns: z.object({ person: list, organisation: list, gang: list, gangPeople: list }),
  genericInstitution: list,
  portfolios: list,
});

/** The word lists of words.json. */
export type Words = z.infer<typeof WordsSchema>;

/** Parses `raw` as the words file `file`; the error names the file and the first bad path. */
export function parseWords(raw: unknown, file: string): Words {
  const parsed = WordsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  return parsed.data;
}

/** The built-in word lists, read and validated once. */
export const WORDS: Words = parseWords(
  JSON.parse(readFileSync(new URL("../gazetteer/words.json", import.meta.url), "utf8")),
  "loaders/gazetteer/words.json",
);
