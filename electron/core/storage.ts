import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { AppStatus, BackupKind, StorageState } from '../../shared/contract/data';
import { AppError } from '../../shared/contract/errors';
import { DB_FILE, openDatabase, removeWithSidecars, sidecars } from './db/open';
import { latestVersion, type Migration } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { storageError } from './db/faults';
import { backupDir, backupPath, createBackup, inspectDatabase, pruneBackups } from './backup/service';

export interface StorageOptions {
  dataDir: string;
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** Told when a background backup fails (logged; the app keeps working). */
  onBackgroundError?: (err: unknown) => void;
}

export interface LiveDb {
  db: Database;
  dbPath: string;
  schemaVersion: number;
}

const STATE_OF: Partial<Record<string, StorageState>> = {
  db_damaged: 'damaged',
  db_readonly: 'readonly',
  disk_full: 'disk_full',
  db_from_future: 'from_future',
};

/**
 * The profile's database and everything that replaces it: opening with checks, the state the
 * app is in when it cannot open (damaged, read-only, full disk, from a newer version), backups,
 * restore and profile import. Whoever holds the handlers listens to `onReopen`.
 */
export class Storage {
  live: LiveDb | null = null;
  problem: AppError | null = null;
  readonly dbPath: string;
  private timer: ReturnType<typeof setInterval> | undefined;
  private reopenListeners = new Set<(live: LiveDb | null) => void>();

  constructor(readonly opts: StorageOptions) {
    this.dbPath = path.join(opts.dataDir, DB_FILE);
    this.open();
  }

  get supportedVersion() {
    return latestVersion(this.opts.migrations ?? MIGRATIONS);
  }

  onReopen(fn: (live: LiveDb | null) => void) {
    this.reopenListeners.add(fn);
  }

  private open() {
    try {
      this.live = openDatabase({ dataDir: this.opts.dataDir, nativeBinding: this.opts.nativeBinding, migrations: this.opts.migrations });
      this.problem = null;
    } catch (err) {
      this.live = null;
      this.problem = err instanceof AppError ? err : (storageError(err, this.dbPath) ?? new AppError('db_unavailable', `Cannot open ${this.dbPath}: ${(err as Error).message}`));
    }
    for (const fn of this.reopenListeners) fn(this.live);
  }

  status(): AppStatus {
    const state: StorageState = this.live ? 'ready' : (STATE_OF[this.problem?.code ?? ''] ?? 'unavailable');
    return { state, message: this.problem?.message ?? '', dataDir: this.opts.dataDir, dbPath: this.dbPath, backupDir: backupDir(this.opts.dataDir) };
  }

  /** The open database, or the reason there is none (as the error every data call gets). */
  require(): LiveDb {
    if (this.live) return this.live;
    throw this.problem ?? new AppError('db_unavailable', 'The database is not open');
  }

  backup(kind: BackupKind) {
    return createBackup(this.require().db, this.opts.dataDir, kind, this.opts.nativeBinding);
  }

  /** A backup now and then every `everyMs` while the core runs; old ones pruned (migration backups too). */
  startAutoBackups(everyMs = 4 * 60 * 60 * 1000) {
    const run = () => {
      if (!this.live) return;
      this.backup('auto').catch((err: unknown) => this.opts.onBackgroundError?.(err));
    };
    try {
      // Copies cut short by a crash are never listed; nothing else is writing at start, so they go.
      for (const f of fs.readdirSync(backupDir(this.opts.dataDir))) if (f.includes('.part')) fs.rmSync(path.join(backupDir(this.opts.dataDir), f), { force: true });
    } catch {
      /* no backups folder yet */
    }
    try {
      pruneBackups(this.opts.dataDir);
    } catch (err) {
      this.opts.onBackgroundError?.(err);
    }
    run();
    this.timer = setInterval(run, everyMs);
    this.timer.unref?.();
  }

  /**
   * Puts `source` (a checked database file) in place of the current one. The current database
   * is first kept as a backup of `keepKind`; a file that cannot be opened is moved to damaged/
   * instead, never deleted. Then the new file is opened (and migrated if older).
   */
  async replaceWith(source: string, keepKind: BackupKind): Promise<{ keptAs: string | null }> {
    const check = inspectDatabase(source, this.supportedVersion, this.opts.nativeBinding);
    if (!check.usable) {
      throw check.problem === 'from_future'
        ? new AppError('db_from_future', 'That copy was written by a newer version of Rencana', { details: { found: check.schemaVersion, supported: this.supportedVersion } })
        : new AppError('db_damaged', 'That copy is damaged', { details: { path: source } });
    }
    let keptAs: string | null = null;
    if (this.live) keptAs = (await this.backup(keepKind)).file;
    this.closeDb();
    const dir = this.opts.dataDir;
    const incoming = `${this.dbPath}.incoming`;
    try {
      removeWithSidecars(incoming);
      fs.copyFileSync(source, incoming);
      if (fs.existsSync(this.dbPath)) {
        if (keptAs) removeWithSidecars(this.dbPath);
        else this.setAsideDamaged();
      }
      // A WAL left beside the old file must never be replayed into the new one.
      sidecars(this.dbPath).forEach((f) => fs.rmSync(f, { force: true }));
      fs.renameSync(incoming, this.dbPath);
    } catch (err) {
      removeWithSidecars(incoming);
      this.open();
      throw storageError(err, dir) ?? err;
    }
    this.open();
    return { keptAs };
  }

  restore(file: string) {
    return this.replaceWith(backupPath(this.opts.dataDir, file), 'before-restore');
  }

  /** The unreadable file and its WAL go to damaged/ with a time stamp: someone may still rescue them. */
  private setAsideDamaged() {
    const dir = path.join(this.opts.dataDir, 'damaged');
    fs.mkdirSync(dir, { recursive: true });
    const base = path.join(dir, `rencana-${new Date().toISOString().replace(/[-:.]/g, '')}.sqlite`);
    for (const [from, to] of [[this.dbPath, base], ...sidecars(this.dbPath).map((s, i) => [s, base + ['-wal', '-shm', '-journal'][i]])] as const) {
      if (fs.existsSync(from)) fs.renameSync(from, to);
    }
  }

  private closeDb() {
    this.live?.db.close();
    this.live = null;
  }

  close() {
    clearInterval(this.timer);
    this.closeDb();
  }
}
