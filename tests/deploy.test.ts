/**
 * docker-compose.yml stays safe by default (no Docker engine here, so the file is read and its
 * promises checked): Neo4j's ports unpublished, the app published on loopback only, the access
 * token and the Neo4j password required from .env with no default, LOAD CSV file URLs off.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  ports?: string[];
  environment?: Record<string, string>;
  env_file?: string | string[];
  image?: string;
}
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };
/** Compose's `${VAR...}` substitution syntax, written without a template-looking literal. */
const sub = (inner: string) => `$${"{"}${inner}}`;

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with no published port and file URLs off", () => {
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.ports).toBeUndefined();
    expect(neo4j.environment?.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe("false");
  });

  it("requires the Neo4j password and the access token, with no defaults", () => {
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${sub("NEO4J_PASSWORD:?set NEO4J_PASSWORD in .env")}`);
    expect(app.environment?.KGX_AUTH_TOKEN).toMatch(/^\$\{KGX_AUTH_TOKEN:\?/);
    expect(app.env_file).toBe(".env");
    expect(JSON.stringify(compose)).not.toContain("kgx-dev-password");
  });

  it("publishes the app on loopback unless APP_BIND says otherwise", () => {
    expect(app.ports).toEqual([`${sub("APP_BIND:-127.0.0.1")}:8080:8080`]);
    expect(app.environment?.HOST).toBe("0.0.0.0");
  });
});
