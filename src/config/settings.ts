/**
 * Settings as interface + defaults + validate (sigma's habit): read from the environment once at
 * start, with command-line flags laid over the variables they stand for, validated by one zod
 * schema, and reported as one clear sentence naming the variable or flag when wrong.
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
  /** The Cypher console's user (read rights only where the server has roles). */
  readUser?: string;
  readPassword?: string;
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
  /** Cap on the JSON size of a console answer. */
  queryMaxBytes: number;
  /** Console queries per minute per client. */
  queryRatePerMinute: number;
  /** Shared secret required on every request; mandatory when `host` is not loopback. */
  authToken?: string;
  /** Host header values accepted (besides loopback names), against DNS rebinding. */
  allowedHosts: string[];
  /** Extraction threads of `kgx load`. */
  workers: number;
  /** User actors file merged over the built-in gazetteer (KGX_ACTORS, --actors). */
  actorsFile?: string;
  /** User cues file merged over the built-in cue lexicon (KGX_CUES, --cues). */
  cuesFile?: string;
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
  queryMaxBytes: 4_000_000,
  queryRatePerMinute: 30,
  neo4jUser: "neo4j",
};

/** Flags of the CLI and the variables they stand for. */
export const FLAG_VARIABLES = {
  "--port": "PORT",
  "--max-rows": "KGX_QUERY_MAX_ROWS",
  "--max-bytes": "KGX_QUERY_MAX_BYTES",
  "--timeout": "KGX_QUERY_TIMEOUT_MS",
  "--actors": "KGX_ACTORS",
  "--cues": "KGX_CUES",
} as const;
type Flag = keyof typeof FLAG_VARIABLES;

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
  KGX_QUERY_MAX_ROWS: z.coerce.number().int().positive().max(100_000).default(DEFAULT_SETTINGS.queryMaxRows),
  KGX_QUERY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64_000_000)
    .default(DEFAULT_SETTINGS.queryMaxBytes),
  KGX_QUERY_RATE: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_SETTINGS.queryRatePerMinute),
  NEO4J_READ_USER: z.string().min(1).optional(),
  NEO4J_READ_PASSWORD: z.string().optional(),
  KGX_AUTH_TOKEN: z
    .string()
    .min(16, "must be at least 16 characters (e.g. `openssl rand -hex 24`)")
    .optional(),
  KGX_ALLOWED_HOSTS: z
    .string()
    .regex(/^[A-Za-z0-9.:[\],-]+$/, "must be a comma-separated list of host names")
    .optional(),
  KGX_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(() => availableParallelism()),
  KGX_ACTORS: z.string().min(1).optional(),
  KGX_CUES: z.string().min(1).optional(),
});

/** True for host names and addresses that only this machine reaches. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/**
 * Reads and validates settings from `env`, with `flags` (CLI values by flag name) laid over the
 * variables they stand for; throws AppError CONFIG_INVALID naming the variable or the flag.
 */
export function loadSettings(
  env: NodeJS.ProcessEnv = process.env,
  flags: Partial<Record<Flag, string | undefined>> = {},
): Settings {
  const cleaned: Record<string, string> = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ""),
  );
  const flagOf = new Map<string, Flag>();
  for (const [flag, value] of Object.entries(flags) as [Flag, string | undefined][]) {
    if (value === undefined) continue;
    cleaned[FLAG_VARIABLES[flag]] = value;
    flagOf.set(FLAG_VARIABLES[flag], flag);
  }
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = issue.path.join(".");
    const flag = flagOf.get(name);
    throw new AppError(
      "CONFIG_INVALID",
      `${flag ? `Option ${flag}` : `Configuration: ${name}`} ${issue.message} (got "${String(cleaned[name] ?? "")}").`,
    );
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new AppError(
      "CONFIG_INVALID",
      "Configuration: NEO4J_URI is set but NEO4J_PASSWORD is not; set the password of the Neo4j user.",
    );
  }
  if (e.NEO4J_READ_USER && e.NEO4J_READ_PASSWORD === undefined) {
    throw new AppError(
      "CONFIG_INVALID",
      "Configuration: NEO4J_READ_USER is set but NEO4J_READ_PASSWORD is not; set the read-only user's password.",
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
            ...(e.NEO4J_READ_USER
              ? { readUser: e.NEO4J_READ_USER, readPassword: e.NEO4J_READ_PASSWORD ?? "" }
              : {}),
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
    queryMaxBytes: e.KGX_QUERY_MAX_BYTES,
    queryRatePerMinute: e.KGX_QUERY_RATE,
    ...(e.KGX_AUTH_TOKEN ? { authToken: e.KGX_AUTH_TOKEN } : {}),
    allowedHosts: (e.KGX_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    workers: e.KGX_WORKERS,
    ...(e.KGX_ACTORS ? { actorsFile: resolve(e.KGX_ACTORS) } : {}),
    ...(e.KGX_CUES ? { cuesFile: resolve(e.KGX_CUES) } : {}),
  };
}
