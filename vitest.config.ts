/**
 * Vitest: every test under tests/, a global set-up that provides a real Neo4j, files run one at a
 * time (two cores, one shared database; integration tests clear it in their set-up).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/neo4j-global.ts"],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
