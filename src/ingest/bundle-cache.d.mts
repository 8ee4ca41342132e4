// Types of bundle-cache.mjs (plain JS so that bin/kgx.mjs can use it before any loader is registered).

/** The repository root, which bundle inputs are named relative to. */
export const ROOT: string;

/** Options of a bundle build. */
export interface BundleOptions {
  /** npm packages stay imports resolved from the repository's node_modules instead of being bundled. */
  external?: boolean;
  /** Directory the entry and the inputs are named relative to (default {@link ROOT}). */
  root?: string;
}

/** Where bundles are kept (KGX_BUNDLE_DIR, else node_modules/.cache/kgx). */
export function bundleDir(env?: Record<string, string | undefined>): string;

/** Path of the cached bundle `name` if every input is unchanged, else undefined. */
export function freshBundle(name: string, dir?: string, root?: string): string | undefined;

/** Builds bundle `name` of `entry` (relative to the repository root) and returns its path. */
export function buildBundle(
  name: string,
  entry: string,
  options?: BundleOptions,
  dir?: string,
): Promise<string>;

/** A fresh bundle's path, built when missing or stale; undefined when the cache cannot be written. */
export function ensureBundle(
  name: string,
  entry: string,
  options?: BundleOptions,
  dir?: string,
): Promise<string | undefined>;
