/**
 * The primitive fast path of the driver's parameter packing (pack-primitives.ts), against the real
 * Neo4j: every kind of parameter the driver knows still arrives as that kind. Temporal and spatial
 * values, inside lists and maps too, must stay structures (the server says which Cypher type it
 * received), and primitives keep their own types.
 */
import neo4j, { DateTime, Duration, Date as Neo4jDate, Point } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { primitivePackingEnabled } from "../../graph/store/neo4j/pack-primitives.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";

let store: Neo4jStore;

beforeAll(async () => {
  store = new Neo4jStore(inject("neo4j"));
  await store.init();
});
afterAll(() => store.close());

/** The Cypher type the server sees for `value`, and the value as it comes back. */
async function roundTrip(value: unknown): Promise<{ type: string; back: unknown }> {
  const { records } = await store.driver.executeQuery("RETURN valueType($v) AS type, $v AS back", {
    v: value,
  });
  return { type: records[0]!.get("type") as string, back: records[0]!.get("back") };
}

describe("parameter packing", () => {
  it("is hooked in", () => {
    expect(primitivePackingEnabled()).toBe(true);
  });

  it.each([
    ["a string", "Sinaloa Cartel", "STRING NOT NULL"],
    ["an empty string", "", "STRING NOT NULL"],
    ["a float", 0.85, "FLOAT NOT NULL"],
    ["a whole number (a float, as the driver sends numbers)", 3, "FLOAT NOT NULL"],
    ["true", true, "BOOLEAN NOT NULL"],
    ["false", false, "BOOLEAN NOT NULL"],
    ["null", null, "NULL"],
    ["a bigint", 12n, "INTEGER NOT NULL"],
    ["a driver Integer", neo4j.int(7), "INTEGER NOT NULL"],
    ["a date", new Neo4jDate(2026, 1, 5), "DATE NOT NULL"],
    ["a datetime", new DateTime(2026, 1, 5, 10, 30, 0, 0, 0), "ZONED DATETIME NOT NULL"],
    ["a duration", new Duration(0, 2, 0, 0), "DURATION NOT NULL"],
    ["a point", new Point(7203, 1, 2), "POINT NOT NULL"],
    ["a list of strings and nulls", ["a", null, "b"], "LIST<STRING> NOT NULL"],
    [
      "a list of dates",
      [new Neo4jDate(2026, 1, 5), new Neo4jDate(2026, 2, 1)],
      "LIST<DATE NOT NULL> NOT NULL",
    ],
    ["a map", { name: "CJNG", at: new Neo4jDate(2026, 1, 5) }, "MAP NOT NULL"],
  ])("%s arrives as its own type", async (_, value, type) => {
    expect((await roundTrip(value)).type).toBe(type);
  });

  it("nested values come back equal", async () => {
    const value = {
      rows: [
        ["key-1", "doc", 12, null, 0.9],
        [neo4j.int(3), new Neo4jDate(2026, 3, 4)],
      ],
    };
    const { rows } = (await roundTrip(value)).back as { rows: unknown[][] };
    expect(rows[0]).toEqual(["key-1", "doc", 12, null, 0.9]);
    expect(neo4j.isInt(rows[1]![0]) && (rows[1]![0] as { toNumber(): number }).toNumber()).toBe(3);
    expect(rows[1]![1]).toBeInstanceOf(Neo4jDate);
    expect(String(rows[1]![1])).toBe("2026-03-04");
  });
});
