/**
 * A lock file next to the embedded store (`graph.json.lock`) so that several processes (two
 * `kgx load`, a load and `kgx serve`) take turns on the store's files. The file holds the owner's
 * pid, host and start time; a lock whose process is gone (same host) is stale and is broken.
 */
import { link, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

/** Options of {@link withFileLock}. */
export interface LockOptions {
  /** Give up after waiting this long. */
  timeoutMs?: number;
  /** A lock file without a readable owner is stale after this long (its owner died writing it). */
  unreadableStaleMs?: number;
  /** Any lock is stale after this long (no holder keeps it that long; its pid may have been reused). */
  maxHoldMs?: number;
}

/** Defaults of {@link withFileLock}. */
export const LOCK_DEFAULTS: Required<LockOptions> = {
  timeoutMs: 120_000,
  unreadableStaleMs: 10_000,
  maxHoldMs: 600_000,
};

/** Thrown when the lock stays held by a live process for longer than the timeout. */
export class LockTimeoutError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: string,
  ) {
    super(`the lock ${lockPath} is held by ${owner || "an unknown process"}`);
    this.name = "LockTimeoutError";
  }
}

const HOST = hostname();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function ownerOf(lockPath: string): Promise<string | undefined> {
  try {
    return await readFile(lockPath, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

async function isStale(lockPath: string, owner: string, options: Required<LockOptions>): Promise<boolean> {
  const s = await stat(lockPath).catch(() => undefined);
  if (!s) return false;
  const age = Date.now() - s.mtimeMs;
  if (age > options.maxHoldMs) return true;
  const [pid, host] = owner.split(" ");
  if (pid && host === HOST && /^\d+$/.test(pid)) return !alive(Number(pid));
  return !owner.trim() && age > options.unreadableStaleMs;
}

/** Moves a stale lock away; if another process replaced it meanwhile, puts that one back. */
async function breakStale(lockPath: string, owner: string): Promise<void> {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    await rename(lockPath, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  if ((await ownerOf(aside)) !== owner) await link(aside, lockPath).catch(() => {});
  await unlink(aside).catch(() => {});
}

async function acquire(lockPath: string, options: Required<LockOptions>): Promise<string> {
  const me = `${process.pid} ${HOST} ${new Date().toISOString()}`;
  const deadline = Date.now() + options.timeoutMs;
  let wait = 5;
  for (;;) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(me);
      await handle.close();
      return me;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const owner = await ownerOf(lockPath);
    if (owner === undefined) continue;
    if (await isStale(lockPath, owner, options)) {
      await breakStale(lockPath, owner);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath, owner.trim());
    await sleep(wait);
    wait = Math.min(wait * 2, 100);
  }
}

/** Runs `fn` while holding the lock file `lockPath`, released afterwards even when `fn` throws. */
export async function withFileLock<T>(
  lockPath: string,
  fn: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const me = await acquire(lockPath, { ...LOCK_DEFAULTS, ...options });
  try {
    return await fn();
  } finally {
    if ((await ownerOf(lockPath)) === me) await unlink(lockPath).catch(() => {});
  }
}
