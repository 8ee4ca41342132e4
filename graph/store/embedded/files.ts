/**
 * Keeps one process's copy of the embedded store in step with its files, shared by any number of
 * processes: every write appends one journal line under the lock file, after catching up with what
 * others appended; the journal is folded into a new snapshot once it outgrows it (so the total
 * snapshot writing stays proportional to the store's size); readers notice changes by the files'
 * marks (inode, size, mtime) and catch up before answering.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Interchange } from "../../interchange.ts";
import { appendJournal, type FileMark, markOf, readJournal, resetJournal, sameMark } from "./journal.ts";
import { LockTimeoutError, withFileLock } from "./lock.ts";
import {
  applyRecord,
  emptyState,
  lockedStore,
  parseStoreJson,
  readSnapshot,
  type StoreState,
  writeSnapshot,
} from "./persist.ts";

/** The files of one embedded store and how far this process has read them. */
export class StoreFiles {
  readonly journalPath: string;
  readonly lockPath: string;
  private snapshot: FileMark | undefined;
  private journal: FileMark | undefined;
  private offset = 0;
  private line = 1;
  private loaded = false;

  constructor(readonly path: string) {
    this.journalPath = `${path}.journal`;
    this.lockPath = `${path}.lock`;
  }

  /** Runs `fn` holding the store's lock file. */
  async locked<T>(fn: () => Promise<T>): Promise<T> {
    await mkdir(dirname(this.path), { recursive: true });
    try {
      return await withFileLock(this.lockPath, fn);
    } catch (e) {
      if (e instanceof LockTimeoutError) throw lockedStore(this.path, this.lockPath, e.owner);
      throw e;
    }
  }

  /** True when the files changed since this process last read or wrote them (no lock needed). */
  async changed(): Promise<boolean> {
    if (!this.loaded) return true;
    const [snapshot, journal] = await Promise.all([markOf(this.path), markOf(this.journalPath)]);
    return !sameMark(snapshot, this.snapshot) || !sameMark(journal, this.journal);
  }

  /** Catches `state` up with the files (under the lock); returns a new state after a compaction. */
  async sync(state: StoreState): Promise<StoreState> {
    let current = state;
    const snapshot = await markOf(this.path);
    const journal = await markOf(this.journalPath);
    const journalReplaced =
      this.offset > 0 && (!journal || journal.ino !== this.journal?.ino || journal.size < this.offset);
    if (!this.loaded || !sameMark(snapshot, this.snapshot) || journalReplaced) {
      current = emptyState();
      const data = snapshot ? await readSnapshot(this.path) : undefined;
      if (data) applyRecord(current, data);
      this.snapshot = snapshot;
      this.offset = 0;
      this.line = 1;
      this.loaded = true;
    }
    const tail = await readJournal(this.journalPath, this.offset, this.line);
    for (const { text, line } of tail.lines) {
      applyRecord(current, parseStoreJson(text, this.journalPath, `line ${line}: `));
    }
    this.offset = tail.end;
    this.line = tail.nextLine;
    this.journal = await markOf(this.journalPath);
    return current;
  }

  /** Appends one write to the journal (under the lock, after {@link sync}). */
  async append(record: Interchange): Promise<void> {
    this.offset = await appendJournal(this.journalPath, this.offset, JSON.stringify(record));
    this.line++;
    this.journal = await markOf(this.journalPath);
  }

  /** Writes a new snapshot when there is none yet or the journal has grown as large as it. */
  async compactIfDue(state: StoreState): Promise<void> {
    if (this.snapshot && this.offset < this.snapshot.size) return;
    await this.compact(state);
  }

  /** Writes `state` as the snapshot and empties the journal (under the lock). */
  async compact(state: StoreState): Promise<void> {
    await writeSnapshot(this.path, state);
    await resetJournal(this.journalPath);
    this.snapshot = await markOf(this.path);
    this.offset = 0;
    this.line = 1;
    this.journal = await markOf(this.journalPath);
  }
}
