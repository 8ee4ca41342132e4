/**
 * `kgx corrections list | export [-o FILE] | import FILE`: the analysts' corrections of the
 * configured store, as the shareable corrections file. Import validates the file (errors name the
 * entry and the field), re-derives each id from its op and arguments, and adds only the ones not
 * stored yet, so importing twice changes nothing.
 */
import { readFile, writeFile } from "node:fs/promises";
import { Command } from "commander";
import { correctionId } from "../../../graph/corrections/ids.ts";
import { type Correction, CorrectionsFileSchema } from "../../../graph/corrections/schema.ts";
import { openStore } from "../../config/open-store.ts";
import { loadSettings } from "../../config/settings.ts";
import { AppError } from "../../errors.ts";

/** Parses a corrections file's text, or throws BAD_REQUEST naming the entry and the field. */
export function parseCorrectionsFile(text: string, path: string): Correction[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError(
      "BAD_REQUEST",
      `${path} is not JSON (${(e as Error).message}); export one with \`kgx corrections export -o ${path}\`.`,
    );
  }
  const parsed = CorrectionsFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [, index, ...field] = issue.path;
    const where =
      typeof index === "number"
        ? `entry ${index} (corrections[${index}]), field ${field.join(".") || "op"}`
        : `field ${issue.path.join(".")}`;
    throw new AppError("BAD_REQUEST", `${path}: ${where}: ${issue.message}.`, {
      details: parsed.error.issues,
    });
  }
  return parsed.data.corrections.map((c) => ({ ...c, id: correctionId(c) }));
}

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(loadSettings());
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The corrections command. */
export function correctionsCommand(): Command {
  const cmd = new Command("corrections").description("list, export and import the analysts' corrections");
  cmd
    .command("list")
    .description("print the corrections in replay order, one a line")
    .action(() =>
      withStore(async (store) => {
        for (const c of await store.corrections())
          process.stdout.write(`${c.at} ${c.id} ${c.op} by ${c.author}${c.note ? `: ${c.note}` : ""}\n`);
      }),
    );
  cmd
    .command("export")
    .description("write the corrections file (stdout without -o)")
    .option("-o, --output <file>", "output file")
    .action((opts: { output?: string }) =>
      withStore(async (store) => {
        const corrections = await store.corrections();
        const text = `${JSON.stringify({ format: "kgx-corrections", version: 1, corrections }, null, 2)}\n`;
        if (!opts.output) return void process.stdout.write(text);
        await writeFile(opts.output, text);
        process.stderr.write(`${corrections.length} corrections written to ${opts.output}\n`);
      }),
    );
  cmd
    .command("import")
    .description("add the corrections of a file (those already stored are left as they are)")
    .argument("<file>", "a file written by `kgx corrections export`")
    .action((file: string) =>
      withStore(async (store) => {
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (e) {
          throw new AppError("INPUT_UNREADABLE", `Cannot read ${file}: ${(e as Error).message}`);
        }
        const list = parseCorrectionsFile(text, file);
        const added = await store.addCorrections(list);
        process.stdout.write(
          `${added.length} corrections imported, ${list.length - added.length} already stored\n`,
        );
      }),
    );
  return cmd;
}
