/**
 * The user cues file: a JSON object in the schema of loaders/gazetteer/cues.json, relation types
 * only (`{"OPPOSES": {"verb": ["rebuk(?:e|es|ed|ing)"]}}`), kept outside the repository (KGX_CUES,
 * `--cues FILE`). Each pattern must compile; every error names the file, the entry and the field.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { AppError } from "../../graph/errors.ts";
import { RelationType } from "../../graph/ontology.ts";
import { type CuePatterns, compileCuePattern } from "../extract/lexicon.ts";

const Patterns = z.array(z.string().min(2, "a cue pattern needs at least two characters"));

/** The patterns of one relation type, by form. */
const FormsSchema = z
  .object({ verb: Patterns, noun: Patterns, stance: Patterns, phrase: Patterns })
  .partial()
  .strict();

/** A user cues file. */
export const UserCuesSchema = z
  .object({ about: z.string().optional() })
  .catchall(FormsSchema)
  .superRefine((v, ctx) => {
    for (const k of Object.keys(v))
      if (k !== "about" && !RelationType.safeParse(k).success)
        ctx.addIssue({
          code: "custom",
          path: [k],
          message: `not a relation type (one of ${RelationType.options.join(", ")}; the modal, negation and reporting lists are not extensible)`,
        });
  });

function invalid(file: string, what: string): AppError {
  return new AppError(
    "CONFIG_INVALID",
    `User cues file ${file}: ${what}. Fix the file (schema of loaders/gazetteer/cues.json) or unset KGX_CUES / --cues.`,
    { details: { file } },
  );
}

/** Parses the text of a user cues file; `file` names it in errors. */
export function parseUserCues(text: string, file: string): CuePatterns {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw invalid(file, `not valid JSON (${(e as Error).message})`);
  }
  const parsed = UserCuesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(file, `entry ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const { about: _a, ...types } = parsed.data;
  for (const [type, forms] of Object.entries(types))
    for (const [form, list] of Object.entries(forms as Record<string, string[]>))
      list.forEach((p, i) => {
        try {
          compileCuePattern(p);
        } catch (e) {
          throw invalid(
            file,
            `entry ${type}.${form}.${i}: not a valid regular expression (${(e as Error).message})`,
          );
        }
      });
  return types as CuePatterns;
}

/** Reads and validates a user cues file. */
export function readUserCues(file: string): CuePatterns {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw invalid(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseUserCues(text, file);
}
