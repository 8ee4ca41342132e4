/**
 * Vitest global set-up: uses NEO4J_URI when set; otherwise starts the local Neo4j 5.26 of
 * scripts/neo4j.mjs (stopping it again at the end if this run started it). Test files get the
 * connection with `inject("neo4j")` and in process.env.
 */
import type { TestProject } from "vitest/node";

/** Connection details provided to test files. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let stop = async () => {};
  let connection: Neo4jConnection;
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "kgx-dev-password",
      ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
    };
  } else {
    // @ts-expect-error plain ESM script without type declarations
    const launcher = await import("../../scripts/neo4j.mjs");
    const started = await launcher.startNeo4j({ quiet: false });
    connection = { uri: started.uri, user: started.user, password: started.password };
    if (started.started) stop = async () => void (await launcher.stopNeo4j({ quiet: true }));
  }
  project.provide("neo4j", connection);
  process.env.NEO4J_TEST_URI = connection.uri;
  return stop;
}
