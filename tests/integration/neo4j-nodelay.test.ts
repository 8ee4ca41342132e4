/**
 * TCP_NODELAY on the driver's sockets, against the real Neo4j: a transaction whose parameters span
 * more than one TCP segment (20 rows of ~120 bytes) must not pay Nagle's ~40 ms delayed-ACK wait
 * that a 10-row one escapes. Medians of many runs; the bound (20 ms) fails at ~45 ms without the fix.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { noDelayEnabled } from "../../graph/store/neo4j/nodelay.ts";
import { Neo4jStore } from "../../graph/store/neo4j/store.ts";

const RUNS = 31;
let store: Neo4jStore;

beforeAll(async () => {
  store = new Neo4jStore(inject("neo4j"));
  await store.init();
});
afterAll(() => store.close());

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `row-${i}`, text: "x".repeat(100) }));

async function medianMs(n: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const session = store.driver.session();
    const t = performance.now();
    try {
      await session.executeWrite((tx) => tx.run("UNWIND $rows AS r RETURN count(r) AS c", { rows: rows(n) }));
    } finally {
      await session.close();
    }
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

describe("driver sockets", () => {
  it("have NODELAY hooked in", () => {
    expect(noDelayEnabled()).toBe(true);
  });

  it("a 20-row transaction is not ~40 ms slower than a 10-row one", async () => {
    expect(JSON.stringify(rows(20)).length).toBeGreaterThan(1400);
    await medianMs(10);
    const ten = await medianMs(10);
    const twenty = await medianMs(20);
    expect(twenty - ten).toBeLessThan(20);
  });
});
