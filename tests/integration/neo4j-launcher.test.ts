/**
 * The local Neo4j launcher (scripts/neo4j.mjs): memory sized to the machine within bounds, and the
 * running server keeping only two rotated transaction-log files with the page cache it was given.
 */
import neo4j from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
// @ts-expect-error plain ESM script without type declarations
import { neo4jMemory } from "../../scripts/neo4j.mjs";

const GB = 1024 ** 3;

/** Megabytes from a Neo4j byte setting such as "64.00MiB" or "1.47GiB". */
function mb(value: string): number {
  const m = /^([\d.]+)(KiB|MiB|GiB)$/.exec(value);
  if (!m) throw new Error(`unexpected size setting "${value}"`);
  return Number(m[1]) * { KiB: 1 / 1024, MiB: 1, GiB: 1024 }[m[2] as "KiB" | "MiB" | "GiB"];
}

describe("neo4j launcher", () => {
  it("sizes heap and page cache to the machine, bounded, with overrides", () => {
    expect(neo4jMemory({}, 24 * GB)).toEqual({ heapMb: 1024, pageCacheMb: 1536 });
    expect(neo4jMemory({}, 2 * GB)).toEqual({ heapMb: 512, pageCacheMb: 256 });
    expect(neo4jMemory({}, 256 * GB)).toEqual({ heapMb: 2048, pageCacheMb: 2048 });
    expect(neo4jMemory({ KGX_NEO4J_HEAP_MB: "700", KGX_NEO4J_PAGECACHE_MB: "300" }, 24 * GB)).toEqual({
      heapMb: 700,
      pageCacheMb: 300,
    });
  });

  it.skipIf(!!process.env.NEO4J_URI)(
    "runs the server with log retention and the computed page cache",
    async () => {
      const c = inject("neo4j");
      const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
      try {
        const { records } = await driver.executeQuery(
          "SHOW SETTINGS YIELD name, value WHERE name IN ['db.tx_log.rotation.retention_policy', 'db.tx_log.rotation.size', 'server.memory.pagecache.size'] RETURN name, value ORDER BY name",
        );
        const settings = Object.fromEntries(records.map((r) => [r.get("name"), r.get("value")]));
        expect(settings["db.tx_log.rotation.retention_policy"]).toBe("2 files");
        expect(mb(settings["db.tx_log.rotation.size"])).toBe(64);
        expect(
          Math.abs(mb(settings["server.memory.pagecache.size"]) / neo4jMemory().pageCacheMb - 1),
        ).toBeLessThan(0.01);
      } finally {
        await driver.close();
      }
    },
  );
});
