/**
 * The Neo4j the tests run against is real: version 5.26, Community edition, authentication on.
 */
import neo4j from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";

describe("the test Neo4j", () => {
  const { uri, user, password } = inject("neo4j");

  it("is Neo4j 5.26 Community", async () => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    try {
      const { records } = await driver.executeQuery(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      );
      expect(records[0]!.get("version")).toMatch(/^5\.26\./);
      expect(records[0]!.get("edition")).toBe("community");
    } finally {
      await driver.close();
    }
  });

  it("refuses a wrong password", async () => {
    const driver = neo4j.driver(uri, neo4j.auth.basic(user, `${password}-wrong`));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await driver.close();
    }
  });
});
