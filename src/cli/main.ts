/**
 * The `kgx` command line: load, extract, query, export and serve. Each command lives in its own
 * file under commands/; this file wires them and turns errors into one clear sentence and an exit
 * status (1 for failures, 2 for bad usage).
 */
import { Command, CommanderError } from "commander";
import { isAppError } from "../errors.ts";
import { correctionsCommand } from "./commands/corrections.ts";
import { exportCommand } from "./commands/export.ts";
import { extractCommand } from "./commands/extract.ts";
import { loadCommand } from "./commands/load.ts";
import { queryCommand } from "./commands/query.ts";
import { reextractCommand } from "./commands/reextract.ts";
import { serveCommand } from "./commands/serve.ts";

/** Builds the program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command("kgx")
    .description(
      "kg-explorer: documents in, a typed knowledge graph with evidence out, stored in Neo4j or an embedded store",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const make of [
    loadCommand,
    extractCommand,
    queryCommand,
    exportCommand,
    serveCommand,
    correctionsCommand,
    reextractCommand,
  ])
    program.addCommand(make());
  return program;
}

/** Runs the CLI with `argv` (node-style) and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (isAppError(e)) {
      process.stderr.write(`kgx: ${e.message}\n`);
      return e.code === "BAD_REQUEST" || e.code === "CONFIG_INVALID" ? 2 : 1;
    }
    process.stderr.write(`kgx: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 1;
  }
}
