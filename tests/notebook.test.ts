/**
 * The committed notebook is clean (no outputs, no execution counts) and valid nbformat 4; its
 * execution against Neo4j is `npm run notebook:check`, run by .ci/run.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface Cell {
  cell_type: string;
  outputs?: unknown[];
  execution_count?: number | null;
  source: string[];
}

describe("notebooks/explore.ipynb", () => {
  const nb = JSON.parse(readFileSync("notebooks/explore.ipynb", "utf8")) as {
    nbformat: number;
    cells: Cell[];
  };

  it("is nbformat 4 with code cells", () => {
    expect(nb.nbformat).toBe(4);
    expect(nb.cells.filter((c) => c.cell_type === "code").length).toBeGreaterThanOrEqual(8);
  });

  it("has its outputs cleared", () => {
    for (const c of nb.cells.filter((x) => x.cell_type === "code")) {
      expect(c.outputs).toEqual([]);
      expect(c.execution_count).toBeNull();
    }
  });

  it("connects from the environment and exports GEXF", () => {
    const code = nb.cells.map((c) => c.source.join("")).join("\n");
    expect(code).toContain('os.environ.get("NEO4J_URI"');
    expect(code).toContain("write_gexf");
  });
});
