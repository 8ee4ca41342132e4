/**
 * One method of the installed neo4j-driver's own modules, for the two places that must wrap one
 * (nodelay.ts: the socket set-up; pack-primitives.ts: the parameter transformer). The module is
 * resolved from neo4j-driver's own location, so the wrapped instance is the one the driver uses;
 * a driver upgrade that moves it fails loudly with `advice` instead of silently losing the wrap.
 */
import { createRequire } from "node:module";

/**
 * The prototype of the default export of `modulePath` (inside neo4j-driver's packages) that has a
 * method `hook`; throws `Error("<what>: ... <advice>")` when the module or the method is gone.
 */
export function driverPrototype<P extends object>(
  modulePath: string,
  hook: string,
  what: string,
  advice: string,
): P {
  const fromDriver = createRequire(createRequire(import.meta.url).resolve("neo4j-driver"));
  let mod: { default?: { prototype?: Record<string, unknown> } };
  try {
    mod = fromDriver(modulePath);
  } catch (e) {
    throw new Error(
      `${what}: cannot load ${modulePath} from the installed neo4j-driver; the driver's layout changed — ${advice}`,
      {
        cause: e,
      },
    );
  }
  const proto = mod.default?.prototype;
  if (!proto || typeof proto[hook] !== "function")
    throw new Error(`${what}: the driver's ${modulePath} has no ${hook}() any more; ${advice}`);
  return proto as P;
}
