// Plain-JS bundles of TypeScript entry points, so a process or worker thread loads one file
// without the tsx loader (which costs ~0.5 CPU-s per thread at 1k documents). A bundle is built
// with esbuild on first use into node_modules/.cache/kgx/ and used only while every file it was
// built from is unchanged: its manifest lists each input with a hash of its contents, checked on
// each use, and any change (a loader rule edited, a package upgraded) rebuilds it. Each build gets
// a new file name (a hash of its contents), so a running pool never sees its code replaced.
// `import.meta.url` in the sources keeps its meaning: it is replaced by the source file's own URL,
// so `new URL("../gazetteer/words.json", import.meta.url)` still finds the data files.
// Plain JS (not TypeScript) because bin/kgx.mjs checks its bundle before any loader is registered.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository root, which bundle inputs are named relative to. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Version of the manifest and build options: a bundle built by another version is rebuilt. */
const FORMAT = 2;

/** A superseded bundle is removed once it is this old (a process started before may still use it). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** Where bundles are kept (KGX_BUNDLE_DIR for tests, else node_modules/.cache/kgx). */
export function bundleDir(env = process.env) {
  return env.KGX_BUNDLE_DIR ? resolve(env.KGX_BUNDLE_DIR) : join(ROOT, "node_modules", ".cache", "kgx");
}

const hashOf = (data) => createHash("sha256").update(data).digest("hex").slice(0, 20);

/**
 * Path of the cached bundle `name` if it is fresh (every input's contents unchanged), else
 * undefined. Synchronous and cheap (a few ms: one read and hash per input).
 */
export function freshBundle(name, dir = bundleDir(), root = ROOT) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8"));
  } catch (e) {
    if (e.code === "ENOENT" || e instanceof SyntaxError) return undefined;
    throw e;
  }
  if (manifest.format !== FORMAT || manifest.root !== root) return undefined;
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    try {
      if (hashOf(readFileSync(join(root, file))) !== hash) return undefined;
    } catch (e) {
      if (e.code === "ENOENT") return undefined;
      throw e;
    }
  }
  const path = join(dir, manifest.bundle);
  try {
    statSync(path);
  } catch (e) {
    if (e.code === "ENOENT") return undefined;
    throw e;
  }
  return path;
}

/** `import.meta.url` as code (not inside a string or after a dot). */
const META_URL = /(?<![\w.$"'`])import\.meta\.url\b/g;

/** esbuild plugin: `import.meta.url` in a source file becomes that file's URL. */
const sourceUrls = {
  name: "kgx-source-urls",
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const contents = text.replace(META_URL, url);
      if (contents === text) return undefined;
      return { contents, loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js" };
    });
  },
};

/**
 * Builds bundle `name` of `entry` (a path relative to `options.root`, default the repository root)
 * with esbuild and returns the path of its entry file. Dynamic imports become chunks of their own,
 * loaded when first imported. `external`: npm packages stay imports resolved from the repository's
 * node_modules (the bundle lives below it); otherwise they are bundled too.
 */
export async function buildBundle(name, entry, options = {}, dir = bundleDir()) {
  const { build } = await import("esbuild");
  const root = options.root ?? ROOT;
  const staging = join(dir, `.${name}-${process.pid}-${Date.now()}`);
  const result = await build({
    entryPoints: [join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "silent",
    metafile: true,
    outdir: staging,
    entryNames: "[name]",
    outExtension: { ".js": ".mjs" },
    ...(options.external ? { packages: "external" } : {}),
    plugins: [sourceUrls],
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs).sort())
    inputs[file] = hashOf(readFileSync(join(root, file)));
  const files = result.outputFiles.map((f) => ({ path: relative(staging, f.path), contents: f.contents }));
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update(f.contents);
  const id = `${name}-${hash.digest("hex").slice(0, 20)}`;
  const entryPoint = relative(root, join(root, entry));
  const main = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === entryPoint)[0];
  const bundle = join(id, relative(staging, resolve(root, main)));
  if (!statSync(join(dir, id), { throwIfNoEntry: false })) {
    for (const f of files) {
      mkdirSync(dirname(join(staging, f.path)), { recursive: true });
      writeFileSync(join(staging, f.path), f.contents);
    }
    try {
      renameSync(staging, join(dir, id));
    } catch (e) {
      // Another process built the same bundle at the same moment: its copy is identical.
      if (e.code !== "ENOTEMPTY" && e.code !== "EEXIST") throw e;
    }
  }
  rmSync(staging, { recursive: true, force: true });
  const manifest = { format: FORMAT, root, entry, bundle, inputs };
  const tmp = join(dir, `.${name}.json-${process.pid}-${Date.now()}`);
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(tmp, join(dir, `${name}.json`));
  removeOld(dir, name, id);
  return join(dir, bundle);
}

/** Removes this name's superseded builds older than {@link KEEP_OLD_MS}. */
function removeOld(dir, name, current) {
  const now = Date.now();
  for (const file of readdirSync(dir)) {
    if (file === current || !file.startsWith(`${name}-`)) continue;
    const path = join(dir, file);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Codes of a cache directory that cannot be written (a read-only or another user's install). */
const UNWRITABLE = new Set(["EACCES", "EPERM", "EROFS"]);

/**
 * Path of a fresh bundle `name` of `entry`, built now when missing or stale; undefined when the
 * cache directory cannot be written, and the caller runs the TypeScript sources through tsx.
 */
export async function ensureBundle(name, entry, options = {}, dir = bundleDir()) {
  const fresh = freshBundle(name, dir, options.root);
  if (fresh) return fresh;
  try {
    return await buildBundle(name, entry, options, dir);
  } catch (e) {
    if (UNWRITABLE.has(e.code)) return undefined;
    throw e;
  }
}
