/**
 * The driver-internals lookup behind the NODELAY and packing wraps: the installed driver's modules
 * resolve, and a moved module or method fails with the owner's name and what to do.
 */
import { describe, expect, it } from "vitest";
import { driverPrototype } from "../graph/store/neo4j/driver-internals.ts";

const TRANSFORMER = "neo4j-driver-bolt-connection/lib/bolt/transformer.js";

describe("driverPrototype", () => {
  it("finds a method of the installed driver", () => {
    const proto = driverPrototype<{ toStructure: unknown }>(TRANSFORMER, "toStructure", "test", "fix it");
    expect(typeof proto.toStructure).toBe("function");
  });

  it("names a module the driver no longer has", () => {
    expect(() =>
      driverPrototype("neo4j-driver-bolt-connection/lib/gone.js", "x", "neo4j test", "update x.ts."),
    ).toThrow(
      "neo4j test: cannot load neo4j-driver-bolt-connection/lib/gone.js from the installed neo4j-driver; the driver's layout changed — update x.ts.",
    );
  });

  it("names a method the driver no longer has", () => {
    expect(() => driverPrototype(TRANSFORMER, "noSuchHook", "neo4j test", "update x.ts.")).toThrow(
      `neo4j test: the driver's ${TRANSFORMER} has no noSuchHook() any more; update x.ts.`,
    );
  });
});
