#!/usr/bin/env node
// kgx entry point: runs the CLI from a plain-JS bundle of its TypeScript sources (built on first use
// and rebuilt whenever a source changes, see src/ingest/bundle-cache.mjs), or, when the bundle cache
// cannot be written, from the sources themselves through the tsx loader.
import { ensureBundle } from "../src/ingest/bundle-cache.mjs";

const bundle = await ensureBundle("cli", "src/cli/main.ts", { external: true });
let main;
if (bundle) ({ main } = await import(bundle));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv);
