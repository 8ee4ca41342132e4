/**
 * Settings as interface + defaults + validate (sigma's habit): read from the environment once at
 * start, validated with zod, and reported as one clear sentence naming the variable when wrong.
 */
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { z } from "zod";
import { AppError } from "../errors.ts";

/** Neo4j connection settings; present only when NEO4J_URI is set. */
export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/** Everything configurable. */
export interface Settings {
  neo4j?: Neo4jSettings;
  /** Directory for the embedded store and local Neo4j data. */
  dataDir: string;
  /** File of the embedded store. */
  embeddedPath: string;
  host: string;
  port: number;
  maxFileBytes: number;
  batchSize: number;
  queryTimeoutMs: number;
  queryMaxRows: number;
  /** Extraction threads of `kgx load`. */
  workers: number;
}

/** Defaults applied when a variable is not set. */
export const DEFAULT_SETTINGS = {
  dataDir: ".data",
  host: "127.0.0.1",
  port: 8080,
  maxFileBytes: 10 * 1024 * 1024,
  batchSize: 500,
  queryTimeoutMs: 10_000,
  queryMaxRows: 1000,
  neo4jUser: "neo4j",
};

const Env = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
      "must start with bolt://, bolt+s://, neo4j:// or neo4j+s:// (e.g. bolt://127.0.0.1:7687)",
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default(DEFAULT_SETTINGS.neo4jUser),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]*$/, "must be a database name such as neo4j")
    .optional(),
  KGX_DATA_DIR: z.string().min(1).default(DEFAULT_SETTINGS.dataDir),
  KGX_STORE_FILE: z.string().min(1).optional(),
  HOST: z.string().min(1).default(DEFAULT_SETTINGS.host),
  PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULT_SETTINGS.port),
  KGX_MAX_FILE_BYTES: z.coerce.number().int().positive().default(DEFAULT_SETTINGS.maxFileBytes),
  KGX_BATCH_SIZE: z.coerce.number().int().min(1).max(50_000).default(DEFAULT_SETTINGS.batchSize),
  KGX_QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(DEFAULT_SETTINGS.queryTimeoutMs),
  KGX_QUERY_MAX_ROWS: z.coerce.number().int().positive().default(DEFAULT_SETTINGS.queryMaxRows),
  KGX_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(() => availableParallelism()),
});

/** Reads and validates settings from `env`; throws AppError CONFIG_INVALID naming the variable. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join(".");
    throw new AppError(
      "CONFIG_INVALID",
      `Configuration: ${name} ${issue.message} (got "${String(cleaned[name] ?? "")}").`,
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new AppError(
      "CONFIG_INVALID",
      "Configuration: NEO4J_URI is set but NEO4J_PASSWORD is not; set the password of the Neo4j user.",
    );
  }
  const dataDir = resolve(e.KGX_DATA_DIR);
  return {
    ...(e.NEO4J_URI
      ? {
          neo4j: {
            uri: e.NEO4J_URI,
            user: e.NEO4J_USER,
            password: e.NEO4J_PASSWORD!,
            ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
          },
        }
      : {}),
    dataDir,
    embeddedPath: resolve(e.KGX_STORE_FILE ?? `${dataDir}/graph.json`),
    host: e.HOST,
    port: e.PORT,
    maxFileBytes: e.KGX_MAX_FILE_BYTES,
    batchSize: e.KGX_BATCH_SIZE,
    queryTimeoutMs: e.KGX_QUERY_TIMEOUT_MS,
    queryMaxRows: e.KGX_QUERY_MAX_ROWS,
    workers: e.KGX_WORKERS,
  };
}
