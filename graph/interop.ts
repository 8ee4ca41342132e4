/**
 * CommonJS interop for graphology's plugin packages: imported as ES modules, their export sits on
 * `default` in Node and on the namespace itself in bundlers. `cjsExport` returns it either way.
 */

/** The value a CommonJS package exports, typed as `T`. */
export function cjsExport<T>(namespace: unknown): T {
  return ((namespace as { default?: unknown }).default ?? namespace) as T;
}
