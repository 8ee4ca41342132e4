/**
 * The console's policy as tables: plan operators allowed and refused, procedure names, and the
 * text checks (EXPLAIN/PROFILE, plugin functions), with strings and comments never counting.
 */
import { describe, expect, it } from "vitest";
import {
  checkPlan,
  type PlanNode,
  procedureAllowed,
  procedureName,
} from "../../graph/store/neo4j/console/plan-policy.ts";
import { blankLiterals, checkText } from "../../graph/store/neo4j/console/text-policy.ts";

const plan = (...ops: string[]) =>
  ops.reduceRight<PlanNode | undefined>(
    (child, op) => ({ operatorType: op, children: child ? [child] : [] }),
    undefined,
  )!;

describe("checkPlan", () => {
  it.each([
    ["ProduceResults@neo4j", "Filter@neo4j", "Expand(All)@neo4j", "NodeByLabelScan@neo4j"],
    ["ProduceResults@neo4j", "EagerAggregation@neo4j", "AllNodesScan@neo4j"],
    ["ProduceResults@neo4j", "Top@neo4j", "VarLengthExpand(Pruning,BFS)@neo4j", "NodeIndexSeek@neo4j"],
    ["ProduceResults@neo4j", "Projection@neo4j", "ShortestPath@neo4j", "CartesianProduct@neo4j"],
    ["ProduceResults@neo4j", "Apply@neo4j", "Argument@neo4j"],
    ["ProduceResults@neo4j", "NodeCountFromCountStore@neo4j"],
    ["ProduceResults@neo4j", "ShowIndexes@neo4j"],
  ])("allows %s ...", (...ops) => {
    expect(checkPlan(plan(...ops), "neo4j")).toBeUndefined();
  });

  it.each([
    [["ProduceResults@neo4j", "LoadCSV@neo4j"], "LoadCSV", /files or URLs/],
    [["ProduceResults@neo4j", "ShowTransactions@neo4j"], "ShowTransactions", /other sessions/],
    [["ProduceResults@neo4j", "TerminateTransactions@neo4j"], "TerminateTransactions", /other sessions/],
    [["AdministrationCommand@system"], "AdministrationCommand@system", /database "system"/],
    [["ProduceResults@neo4j", "Create@neo4j"], "Create", /writes/],
    [["ProduceResults@neo4j", "SetProperty@neo4j", "AllNodesScan@neo4j"], "SetProperty", /writes/],
    [["ProduceResults@neo4j", "TransactionForeach@neo4j"], "TransactionForeach", /writes/],
    [["ProduceResults@neo4j", "SomeFutureOperator@neo4j"], "SomeFutureOperator", /not a known read operator/],
    [["ProduceResults@other", "AllNodesScan@other"], "ProduceResults@other", /database "other"/],
  ])("refuses %j as %s", (ops, operator, reason) => {
    const refusal = checkPlan(plan(...(ops as string[])), "neo4j");
    expect(refusal?.operator).toBe(operator);
    expect(refusal?.reason).toMatch(reason as RegExp);
  });

  it("checks procedures against the allow-list by name", () => {
    const call = (details: string) => ({
      operatorType: "ProduceResults@neo4j",
      children: [{ operatorType: "ProcedureCall@neo4j", arguments: { Details: details } }],
    });
    expect(checkPlan(call("db.labels() :: (label :: STRING)"), "neo4j")).toBeUndefined();
    expect(checkPlan(call("db.schema.nodeTypeProperties() :: (x :: STRING)"), "neo4j")).toBeUndefined();
    expect(checkPlan(call("dbms.listConfig() :: (name :: STRING)"), "neo4j")?.reason).toMatch(
      /dbms.listConfig/,
    );
    expect(checkPlan(call("db.labelsX() :: (x :: STRING)"), "neo4j")?.operator).toBe("ProcedureCall");
  });

  it.each([
    ["db.index.fulltext.queryNodes($a, $b) :: (node :: NODE)", "db.index.fulltext.queryNodes", true],
    ["db.index.fulltext.queryNodesX($a) :: (node :: NODE)", "db.index.fulltext.queryNodesX", false],
    ["db.createLabel($a) :: ()", "db.createLabel", false],
    ["apoc.load.json($a) :: (value :: MAP)", "apoc.load.json", false],
  ])("procedureName(%s) = %s, allowed %s", (details, name, allowed) => {
    expect(procedureName(details)).toBe(name);
    expect(procedureAllowed(name)).toBe(allowed);
  });
});

describe("checkText", () => {
  it.each([
    ["EXPLAIN MATCH (n) RETURN n", /without EXPLAIN/],
    ["  profile MATCH (n) RETURN n", /without EXPLAIN/],
    ["RETURN apoc.version()", /apoc.version/],
    ["MATCH (n) RETURN custom . leak (n)", /custom.leak/],
  ])("refuses %s", (cypher, reason) => {
    expect(checkText(cypher)).toMatch(reason);
  });

  it.each([
    "MATCH (n) RETURN n",
    "RETURN date.truncate('month', date()) AS m, point.distance(point({x: 0, y: 0}), point({x: 1, y: 1}))",
    "RETURN 'apoc.version()' AS s",
    "MATCH (n) // apoc.version()\nRETURN n",
    'MATCH (n) WHERE n.name = "EXPLAIN" RETURN n',
    "CALL db.labels()",
    "MATCH (`apoc.x`) RETURN `apoc.x`",
  ])("lets %s through to the plan check", (cypher) => {
    expect(checkText(cypher)).toBeUndefined();
  });

  it("blanks literals and comments without moving offsets", () => {
    const text = "RETURN 'a\\'b' /* c */ AS x // d";
    const blanked = blankLiterals(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).toBe(`RETURN ${" ".repeat(6)} ${" ".repeat(7)} AS x ${" ".repeat(4)}`);
  });
});
