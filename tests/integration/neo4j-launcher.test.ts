/**
 * The local Neo4j launcher (scripts/neo4j.mjs): memory sized to the machine within bounds, the
 * running server keeping only two rotated transaction-log files with the page cache it was given
 * and running the parallel collector, a launcher found by its command line when its pid file is
 * gone, and no second launcher on the data directory of a running one.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
// @ts-expect-error plain ESM script without type declarations
import { findLauncherPid, neo4jMemory, startNeo4j } from "../../scripts/neo4j.mjs";

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

  it("finds a launcher by the data directory on its command line", () => {
    const proc = mkdtempSync(join(tmpdir(), "kgx-proc-"));
    const processes: Record<string, string[]> = {
      "41": ["java", "-Xmx512m", "-cp", "x", "org.kgx.Launcher", "/data/b/neo4j", "7688", "256"],
      "42": ["java", "-Xmx512m", "-cp", "x", "org.kgx.Launcher", "/data/a/neo4j", "7687", "256"],
      "43": ["node", "org.kgx.Launcher"],
      self: ["bash"],
    };
    try {
      for (const [pid, args] of Object.entries(processes)) {
        mkdirSync(join(proc, pid));
        writeFileSync(join(proc, pid, "cmdline"), `${args.join("\0")}\0`);
      }
      mkdirSync(join(proc, "44"));
      expect(findLauncherPid("/data/a/neo4j", proc)).toBe(42);
      expect(findLauncherPid("/data/b/neo4j", proc)).toBe(41);
      expect(findLauncherPid("/data/c/neo4j", proc)).toBeUndefined();
      expect(findLauncherPid("/data/a/neo4j", join(proc, "missing"))).toBeUndefined();
    } finally {
      rmSync(proc, { recursive: true, force: true });
    }
  });

  it.skipIf(!!process.env.NEO4J_URI)(
    "refuses a second launcher on the data directory of a running one",
    async () => {
      const port = process.env.NEO4J_BOLT_PORT;
      process.env.NEO4J_BOLT_PORT = String(Number(new URL(inject("neo4j").uri).port) + 3);
      try {
        await expect(startNeo4j({ quiet: true, timeoutMs: 1000 })).rejects.toThrow(
          /a launcher \(pid \d+\) already runs on .* but does not answer/,
        );
      } finally {
        if (port === undefined) delete process.env.NEO4J_BOLT_PORT;
        else process.env.NEO4J_BOLT_PORT = port;
      }
    },
  );

  it.skipIf(!!process.env.NEO4J_URI)("runs the server with the parallel collector", async () => {
    const c = inject("neo4j");
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password));
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.queryJmx('java.lang:type=GarbageCollector,*') YIELD name RETURN name ORDER BY name",
      );
      expect(records.map((r) => r.get("name"))).toEqual([
        "java.lang:name=PS MarkSweep,type=GarbageCollector",
        "java.lang:name=PS Scavenge,type=GarbageCollector",
      ]);
    } finally {
      await driver.close();
    }
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
