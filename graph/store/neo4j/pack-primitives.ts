/**
 * A fast path in the Neo4j driver's parameter packing. neo4j-driver 5.28 passes every value it
 * sends (each string and number of every row, not only objects) through its Bolt transformer's
 * `toStructure`, which tries each structure type it knows (points, durations, dates, times...)
 * with a property check; on a load's evidence rows that is about a third of the client's CPU.
 * A primitive (string, number, boolean, bigint, null, undefined) is never one of those structures,
 * so it is returned as it is; objects still go through the driver's own search. Like nodelay.ts,
 * this wraps one method of the driver's own module instance, and loading fails with a message
 * saying what to check if a driver upgrade moves it.
 */
import { driverPrototype } from "./driver-internals.ts";

const TRANSFORMER_MODULE = "neo4j-driver-bolt-connection/lib/bolt/transformer.js";
const HOOK = "toStructure";
const MARK = Symbol.for("kgx.neo4j.pack-primitives");

type ToStructure = (this: unknown, value: unknown) => unknown;
interface TransformerPrototype {
  [HOOK]?: ToStructure;
  [MARK]?: true;
}

/** The prototype of the driver's Bolt transformer, resolved from the installed neo4j-driver. */
function transformerPrototype(): TransformerPrototype {
  return driverPrototype<TransformerPrototype>(
    TRANSFORMER_MODULE,
    HOOK,
    "neo4j packing",
    "update graph/store/neo4j/pack-primitives.ts.",
  );
}

/** Lets primitives skip the driver's structure search from now on (idempotent). */
export function enablePrimitivePacking(): void {
  const proto = transformerPrototype();
  if (proto[MARK]) return;
  const original = proto[HOOK] as ToStructure;
  proto[HOOK] = function (this: unknown, value: unknown) {
    return typeof value === "object" && value !== null ? original.call(this, value) : value;
  };
  proto[MARK] = true;
}

/** True once {@link enablePrimitivePacking} has wrapped the driver's transformer. */
export function primitivePackingEnabled(): boolean {
  return transformerPrototype()[MARK] === true;
}
