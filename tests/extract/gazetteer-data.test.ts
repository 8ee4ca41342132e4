/**
 * The built-in gazetteer as data: one real-world actor is one entry, so no name or alias (case
 * ignored) may belong to two entries ("FANB" was once both "Venezuelan armed forces" and
 * "Bolivarian National Armed Forces", two nodes for one army).
 */
import { describe, expect, it } from "vitest";
import { defaultGazetteer } from "../../loaders/extract/gazetteer.ts";

describe("built-in gazetteer", () => {
  it("gives every name and alias to one actor only", () => {
    const owners = new Map<string, Set<string>>();
    for (const a of defaultGazetteer().actors)
      for (const n of [a.name, ...a.aliases]) {
        const k = n.toLowerCase();
        owners.set(k, (owners.get(k) ?? new Set()).add(a.name));
      }
    const shared = [...owners].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(", ")}`);
    expect(shared).toEqual([]);
  });
});
