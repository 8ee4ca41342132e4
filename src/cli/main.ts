/**
 * The `kgx` command line: load, extract, query, export and serve. Each command lives in its own
 * file under commands/; this file wires them and turns errors into one clear sentence and an exit
 * status (1 for failures, 2 for bad usage). Only the command being run is imported (`kgx load`
 * never loads the server, exports or console code); help and unknown commands import them all.
 */
import { Command, CommanderError } from "commander";
import { isAppError } from "../errors.ts";

type Factory = () => Command;

/** Each command's module, in help order. */
const COMMANDS: Record<string, () => Promise<Factory>> = {
  load: async () => (await import("./commands/load.ts")).loadCommand,
  extract: async () => (await import("./commands/extract.ts")).extractCommand,
  query: async () => (await import("./commands/query.ts")).queryCommand,
  export: async () => (await import("./commands/export.ts")).exportCommand,
  serve: async () => (await import("./commands/serve.ts")).serveCommand,
  corrections: async () => (await import("./commands/corrections.ts")).correctionsCommand,
  reextract: async () => (await import("./commands/reextract.ts")).reextractCommand,
};

/**
 * Builds the program with the command named `only` when it is one of kgx's commands, else with
 * every command (for help, `--version` and unknown commands).
 */
export async function buildProgram(only?: string): Promise<Command> {
  const names = only && Object.hasOwn(COMMANDS, only) ? [only] : Object.keys(COMMANDS);
  const factories = await Promise.all(names.map((name) => COMMANDS[name]!()));
  const program = new Command("kgx")
    .description(
      "kg-explorer: documents in, a typed knowledge graph with evidence out, stored in Neo4j or an embedded store",
    )
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const make of factories) program.addCommand(make());
  return program;
}

/** Runs the CLI with `argv` (node-style) and returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const program = await buildProgram(argv[2]);
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
