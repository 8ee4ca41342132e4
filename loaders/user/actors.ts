/**
 * The user actors file: a JSON array in the schema of loaders/gazetteer/actors.json that analysts
 * keep outside the repository (KGX_ACTORS, `--actors FILE`). Read strictly (an unknown field is a
 * typo, not something to ignore); every error names the file, the entry and the field.
 * {@link appendUserActor} adds or replaces one actor safely (temp file + rename).
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { z } from "zod";
import { AppError } from "../../graph/errors.ts";
import { type Actor, ActorSchema } from "../extract/gazetteer.ts";

/** One user actor: the gazetteer's schema, unknown fields refused. */
export const UserActorSchema = ActorSchema.strict();

/** "entry 2 (\"Los Tiburones\") field kind: ..." for the first issue of a failed parse. */
function describe(index: number, entry: unknown, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const name =
    entry && typeof entry === "object" && typeof (entry as { name?: unknown }).name === "string"
      ? ` ("${(entry as { name: string }).name}")`
      : "";
  const field = issue.path.length ? issue.path.join(".") : "(the entry itself)";
  return `entry ${index}${name}, field ${field}: ${issue.message}`;
}

function invalid(file: string, what: string): AppError {
  return new AppError(
    "CONFIG_INVALID",
    `User actors file ${file}: ${what}. Fix the file (same schema as loaders/gazetteer/actors.json) or unset KGX_ACTORS / --actors.`,
    { details: { file } },
  );
}

/** Parses the text of a user actors file; `file` names it in errors. */
export function parseUserActors(text: string, file: string): Actor[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw invalid(file, `not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(raw)) throw invalid(file, "must be a JSON array of actors");
  const seen = new Map<string, number>();
  return raw.map((entry, i) => {
    const parsed = UserActorSchema.safeParse(entry);
    if (!parsed.success) throw invalid(file, describe(i, entry, parsed.error));
    const before = seen.get(parsed.data.name);
    if (before !== undefined)
      throw invalid(
        file,
        `entry ${i} ("${parsed.data.name}"), field name: entry ${before} has the same name`,
      );
    seen.set(parsed.data.name, i);
    return parsed.data;
  });
}

/** Reads and validates a user actors file. */
export function readUserActors(file: string): Actor[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw invalid(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return parseUserActors(text, file);
}

/** What {@link appendUserActor} did. */
export interface AppendResult {
  actor: Actor;
  /** True when an actor of the same name was replaced. */
  replaced: boolean;
  /** Actors in the file afterwards. */
  count: number;
}

/**
 * Adds `actor` to the user actors file `file` (created when missing), replacing an entry of the
 * same name. The actor and the existing file are validated first; the new file is written to a
 * temporary file beside it and renamed over it, so a reader never sees half a file.
 */
export function appendUserActor(file: string, actor: unknown): AppendResult {
  const parsed = UserActorSchema.safeParse(actor);
  if (!parsed.success)
    throw invalid(file, `new actor${describe(0, actor, parsed.error).replace(/^entry 0/, "")}`);
  const current = existsSync(file) ? readUserActors(file) : [];
  const at = current.findIndex((a) => a.name === parsed.data.name);
  const next = at >= 0 ? current.with(at, parsed.data) : [...current, parsed.data];
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new AppError(
      "CONFIG_INVALID",
      `User actors file ${file}: cannot be written (${(e as Error).message}).`,
      {
        cause: e,
        details: { file },
      },
    );
  }
  return { actor: parsed.data, replaced: at >= 0, count: next.length };
}
