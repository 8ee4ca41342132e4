#!/usr/bin/env node
// kgx entry point: registers the tsx loader so the TypeScript sources run as they are, then starts the CLI.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
