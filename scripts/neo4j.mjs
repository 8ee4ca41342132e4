#!/usr/bin/env node
// Local Neo4j 5.26 Community without Docker: `node scripts/neo4j.mjs start|stop|status|build`
// (npm run neo4j -- start). Builds the launcher in scripts/neo4j with Maven (artefacts from Maven
// Central), runs it detached with data and logs under $KGX_DATA_DIR/neo4j (default .data/neo4j),
// waits until Bolt accepts the password, and is idempotent. The functions are exported for tests.
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const LAUNCHER = join(ROOT, "scripts", "neo4j");
const CLASSES = join(LAUNCHER, "target", "classes");
const LIB = join(LAUNCHER, "target", "lib");

/** Where the server listens and keeps its files, from the environment. */
export function neo4jConfig(env = process.env) {
  const home = resolve(env.KGX_DATA_DIR ?? join(ROOT, ".data"), "neo4j");
  const port = Number(env.NEO4J_BOLT_PORT ?? 7687);
  return {
    home,
    port,
    uri: `bolt://127.0.0.1:${port}`,
    user: "neo4j",
    password: env.NEO4J_PASSWORD || "kgx-dev-password",
    pidFile: join(home, "neo4j.pid"),
    logFile: join(home, "logs", "launcher.log"),
  };
}

const clamp = (x, lo, hi) => Math.max(lo, Math.min(hi, Math.round(x)));

/**
 * Memory sized to the machine, bounded: heap 1/24 of RAM in [512 MB, 2 GB], page cache 1/16 of RAM
 * in [256 MB, 2 GB]; KGX_NEO4J_HEAP_MB and KGX_NEO4J_PAGECACHE_MB override.
 */
export function neo4jMemory(env = process.env, total = totalmem()) {
  const mb = total / 1024 / 1024;
  return {
    heapMb: Number(env.KGX_NEO4J_HEAP_MB) || clamp(mb / 24, 512, 2048),
    pageCacheMb: Number(env.KGX_NEO4J_PAGECACHE_MB) || clamp(mb / 16, 256, 2048),
  };
}

/** Builds the launcher (Maven) unless its classpath exists. */
export function buildLauncher({ force = false } = {}) {
  const built = join(CLASSES, "org", "kgx", "Launcher.class");
  const source = join(LAUNCHER, "src", "main", "java", "org", "kgx", "Launcher.java");
  const fresh = existsSync(built) && existsSync(LIB) && statSync(built).mtimeMs >= statSync(source).mtimeMs;
  if (!force && fresh) return;
  console.error("neo4j: building the launcher with Maven (first time, or its source changed)…");
  const r = spawnSync("mvn", ["-q", "-B", "-f", join(LAUNCHER, "pom.xml"), "package", "-DskipTests"], {
    stdio: "inherit",
  });
  if (r.status !== 0)
    throw new Error(
      "neo4j: the Maven build failed; check that `mvn` and Java 17 are installed and Maven Central is reachable",
    );
}

/** The running launcher's pid: from the pid file, else (the file lost) from the processes' command lines. */
function readPid(cfg) {
  try {
    const pid = Number(readFileSync(cfg.pidFile, "utf8").trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return findLauncherPid(cfg.home);
  }
}

/**
 * The pid of a launcher serving `home`, read from `/proc/<pid>/cmdline` (Linux; elsewhere none): the
 * server runs on when its pid file is deleted, and `stop` must still find it.
 */
export function findLauncherPid(home, procDir = "/proc") {
  if (!existsSync(procDir)) return undefined;
  for (const entry of readdirSync(procDir)) {
    if (!/^\d+$/.test(entry)) continue;
    let args;
    try {
      args = readFileSync(join(procDir, entry, "cmdline"), "utf8").split("\0");
    } catch (e) {
      // The process ended, or is not ours to read, while the list was walked.
      if (e.code === "ENOENT" || e.code === "ESRCH" || e.code === "EACCES") continue;
      throw e;
    }
    const at = args.indexOf("org.kgx.Launcher");
    if (at >= 0 && args[at + 1] === home) return Number(entry);
  }
  return undefined;
}

/** True when Bolt on the configured port accepts the configured password. */
export async function isReady(cfg = neo4jConfig()) {
  const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.user, cfg.password), {
    connectionTimeout: 2000,
    maxConnectionLifetime: 5000,
  });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Status: `{ running, pid, uri }`. */
export async function status(cfg = neo4jConfig()) {
  const pid = readPid(cfg);
  return { running: await isReady(cfg), pid, uri: cfg.uri, logFile: cfg.logFile };
}

/** Starts the server unless it is running; resolves once Bolt accepts the password. */
export async function startNeo4j({ timeoutMs = 180_000, quiet = false } = {}) {
  const cfg = neo4jConfig();
  if (await isReady(cfg)) {
    if (!quiet) console.error(`neo4j: already running at ${cfg.uri}`);
    return { ...cfg, started: false };
  }
  // One launcher per data directory: a second one would share the store and overwrite the pid file,
  // and stopping it would stop the wrong server.
  const other = readPid(cfg);
  if (other)
    throw new Error(
      `neo4j: a launcher (pid ${other}) already runs on ${cfg.home} but does not answer at ${cfg.uri}: it is still starting or listens on another port (NEO4J_BOLT_PORT). Wait for it, stop it (node scripts/neo4j.mjs stop with its port), or set another KGX_DATA_DIR.`,
    );
  buildLauncher();
  mkdirSync(dirname(cfg.logFile), { recursive: true });
  const logStart = existsSync(cfg.logFile) ? readFileSync(cfg.logFile).length : 0;
  const out = openSync(cfg.logFile, "a");
  const memory = neo4jMemory();
  const child = spawn(
    "java",
    [
      "-Xms256m",
      `-Xmx${memory.heapMb}m`,
      // The parallel collector: the local server's work is batch writes on a small machine, where
      // G1's concurrent threads cost CPU the extraction threads need (warm 1k-document loads, two
      // series with it and one with G1: 2.7-3.1 server CPU-s and 6.8-7.3 s against 3.3-3.9 and 7.2-7.3 s).
      // Pauses stay short at this heap size (bench:api's Neo4j hub p95 was 20-24 ms with it).
      "-XX:+UseParallelGC",
      "-cp",
      `${CLASSES}:${LIB}/*`,
      "org.kgx.Launcher",
      cfg.home,
      String(cfg.port),
      String(memory.pageCacheMb),
    ],
    { detached: true, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_PASSWORD: cfg.password } },
  );
  closeSync(out);
  writeFileSync(cfg.pidFile, String(child.pid));
  child.unref();
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null || !readPid(cfg)) break;
    // Bolt answers before the launcher has set up its users: wait for its READY line too.
    if (readFileSync(cfg.logFile).subarray(logStart).includes("KGX-NEO4J-READY") && (await isReady(cfg))) {
      if (!quiet)
        console.error(
          `neo4j: ready at ${cfg.uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${child.pid}, heap ${memory.heapMb} MB, page cache ${memory.pageCacheMb} MB, log ${cfg.logFile})`,
        );
      return { ...cfg, started: true };
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const tail = existsSync(cfg.logFile)
    ? readFileSync(cfg.logFile, "utf8").split("\n").slice(-25).join("\n")
    : "";
  await stopNeo4j({ quiet: true });
  throw new Error(`neo4j: did not become ready at ${cfg.uri}; last lines of ${cfg.logFile}:\n${tail}`);
}

/** Stops the server started by this script (SIGTERM, then waits for exit). */
export async function stopNeo4j({ quiet = false, timeoutMs = 60_000 } = {}) {
  const cfg = neo4jConfig();
  const pid = readPid(cfg);
  if (!pid) {
    rmSync(cfg.pidFile, { force: true });
    if (!quiet) console.error("neo4j: not running");
    return false;
  }
  process.kill(pid, "SIGTERM");
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      process.kill(pid, 0);
      await new Promise((r) => setTimeout(r, 250));
    } catch {
      break;
    }
  }
  rmSync(cfg.pidFile, { force: true });
  if (!quiet) console.error(`neo4j: stopped (pid ${pid})`);
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const command = process.argv[2] ?? "status";
  try {
    if (command === "start") await startNeo4j();
    else if (command === "stop") await stopNeo4j();
    else if (command === "build") buildLauncher({ force: true });
    else if (command === "status") {
      const s = await status();
      console.log(s.running ? `running at ${s.uri} (pid ${s.pid ?? "unknown"})` : "not running");
      process.exitCode = s.running ? 0 : 3;
    } else {
      console.error("usage: node scripts/neo4j.mjs start|stop|status|build");
      process.exitCode = 2;
    }
  } catch (e) {
    console.error(e.message);
    process.exitCode = 1;
  }
}
