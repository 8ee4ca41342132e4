/**
 * The console's worker thread: checks a query (text, then Neo4j's plan), runs it in a READ
 * transaction as the console's user and converts the rows, stopping at the row and byte caps.
 * It runs apart from the server's event loop with its own heap limit, so a huge result costs this
 * worker (which the host ends at the deadline) and never the server.
 */
import { parentPort } from "node:worker_threads";
import neo4j, { type Driver } from "neo4j-driver";
import type { QueryResult } from "../../types.ts";
import { collectGraph, toPlain } from "../convert.ts";
import { toAppError } from "../driver.ts";
import { installByteMeter, startMeter, stopMeter } from "./byte-meter.ts";
import { checkPlan, type PlanNode } from "./plan-policy.ts";
import type { ConsoleJob, ConsoleReply } from "./protocol.ts";
import { checkText } from "./text-policy.ts";

installByteMeter();

/** Bytes on the wire allowed per byte of the JSON cap (Bolt is more compact than JSON, plus framing). */
const WIRE_FACTOR = 2;

let driver: Driver | undefined;
let driverKey = "";

function driverFor(job: ConsoleJob): Driver {
  const key = `${job.connection.uri}\n${job.connection.user}\n${job.connection.password}`;
  if (!driver || key !== driverKey) {
    void driver?.close();
    driver = neo4j.driver(
      job.connection.uri,
      neo4j.auth.basic(job.connection.user, job.connection.password),
      {
        connectionTimeout: 2_000,
        connectionAcquisitionTimeout: 2_000,
        maxTransactionRetryTime: 0,
        maxConnectionPoolSize: 2,
        fetchSize: 100,
      },
    );
    driverKey = key;
  }
  return driver;
}

class Refused extends Error {}

async function run(job: ConsoleJob): Promise<QueryResult> {
  const textRefusal = checkText(job.cypher);
  if (textRefusal) throw new Refused(`This console is read-only: ${textRefusal}.`);
  const cypher = job.cypher.trim().replace(/;\s*$/, "");
  const { database } = job.connection;
  const session = driverFor(job).session({ defaultAccessMode: "READ", ...(database ? { database } : {}) });
  try {
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, job.params), {
      timeout: job.timeoutMs,
    });
    const type = plan.summary.queryType;
    const refusal = plan.summary.plan
      ? checkPlan(plan.summary.plan as PlanNode, plan.summary.database.name ?? database)
      : { operator: "(no plan)", reason: "Neo4j returned no plan to check" };
    if (refusal)
      throw new Refused(`This console is read-only, and this query was refused because ${refusal.reason}.`);
    if (type !== "r") {
      throw new Refused(
        `This console is read-only, and this query ${type === "s" ? "changes the schema" : "writes"} (query type "${type}"). Use MATCH ... RETURN; load data with \`kgx load\`.`,
      );
    }
    startMeter(job.maxBytes * WIRE_FACTOR + 65_536);
    try {
      return await session.executeRead(async (tx) => collect(tx.run(cypher, job.params), job), {
        timeout: job.timeoutMs,
      });
    } catch (e) {
      if (!stopMeter()) throw e;
      driverKey = ""; // the meter cut this driver's connection: the next query starts a fresh one
      throw new TooLarge(tooLarge(job.maxBytes));
    } finally {
      stopMeter();
    }
  } finally {
    await session.close();
  }
}

async function collect(
  result: ReturnType<import("neo4j-driver").ManagedTransaction["run"]>,
  job: ConsoleJob,
): Promise<QueryResult> {
  const rows: Record<string, unknown>[] = [];
  const raw: unknown[] = [];
  const columns = (await result.keys()).map(String);
  let bytes = 0;
  let cut: QueryResult["cut"];
  for await (const record of result) {
    if (rows.length >= job.maxRows) {
      cut = { reason: "rows", limit: job.maxRows };
      break;
    }
    const row = Object.fromEntries(record.keys.map((k) => [String(k), toPlain(record.get(k))]));
    const size = Buffer.byteLength(JSON.stringify(row));
    if (bytes + size > job.maxBytes) {
      if (rows.length === 0) {
        throw new TooLarge(tooLarge(job.maxBytes));
      }
      cut = { reason: "bytes", limit: job.maxBytes };
      break;
    }
    bytes += size;
    rows.push(row);
    raw.push(record.keys.map((k) => record.get(k)));
  }
  return { columns, rows, truncated: cut !== undefined, ...(cut ? { cut } : {}), graph: collectGraph(raw) };
}

class TooLarge extends Error {}

function tooLarge(maxBytes: number): string {
  return `The answer is larger than the console's ${(maxBytes / 1e6).toFixed(1)} MB cap (KGX_QUERY_MAX_BYTES); return fewer or smaller values (LIMIT, size(), slicing a list).`;
}

function reply(job: ConsoleJob, e: unknown): ConsoleReply {
  if (e instanceof Refused) return { id: job.id, ok: false, code: "QUERY_NOT_READ_ONLY", message: e.message };
  if (e instanceof TooLarge) return { id: job.id, ok: false, code: "QUERY_TOO_LARGE", message: e.message };
  const mapped = toAppError(e, job.connection);
  return { id: job.id, ok: false, code: mapped.code, message: mapped.message };
}

parentPort?.on("message", (job: ConsoleJob) => {
  run(job).then(
    (result) => parentPort?.postMessage({ id: job.id, ok: true, result } satisfies ConsoleReply),
    (e: unknown) => parentPort?.postMessage(reply(job, e)),
  );
});
