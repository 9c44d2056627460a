import fs from 'node:fs';
import path from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import { assertNotFromFuture, migrate, type Migration } from './migrate';
import { storageError } from './faults';
import { checkFileShape, quickCheck } from './inspect';

export const DB_FILE = 'rencana.sqlite';
export const BACKUP_DIR = 'backups';

export interface OpenOptions {
  dataDir: string;
  /** Path of a better-sqlite3 addon built for this runtime (Electron's ABI in the app). */
  nativeBinding?: string;
  migrations?: readonly Migration[];
}

export interface OpenedDb {
  db: Database;
  dbPath: string;
  schemaVersion: number;
}

/** The files SQLite may keep beside a database. */
export const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];
export const removeWithSidecars = (file: string) => [file, ...sidecars(file)].forEach((f) => fs.rmSync(f, { force: true }));

/**
 * Opens the profile's database: WAL, foreign keys, migrations applied. A missing file is built
 * aside and moved in whole, so a full disk or a read-only folder leaves nothing half-written;
 * an existing file is checked first, and a damaged one is refused (never replaced).
 * Failures are AppErrors with codes the UI words: db_damaged, db_readonly, disk_full,
 * db_from_future.
 */
export function openDatabase(opts: OpenOptions): OpenedDb {
  const migrations = opts.migrations ?? MIGRATIONS;
  const dbPath = path.join(opts.dataDir, DB_FILE);
  guard(opts.dataDir, () => fs.mkdirSync(opts.dataDir, { recursive: true }));
  if (!fs.existsSync(dbPath)) createFresh(dbPath, opts, migrations);
  return openExisting(dbPath, opts, migrations);
}

function guard<T>(where: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw storageError(err, where) ?? err;
  }
}

const sqliteOptions = (opts: OpenOptions, extra: Sqlite.Options = {}): Sqlite.Options => ({
  ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  ...extra,
});

function createFresh(dbPath: string, opts: OpenOptions, migrations: readonly Migration[]) {
  const temp = `${dbPath}.new`;
  removeWithSidecars(temp);
  let db: Database | null = null;
  try {
    guard(opts.dataDir, () => fs.accessSync(opts.dataDir, fs.constants.W_OK));
    db = guard(temp, () => new Sqlite(temp, sqliteOptions(opts)));
    guard(temp, () => {
      db!.pragma('foreign_keys = ON');
      migrate(db!, migrations, null);
      db!.pragma('journal_mode = WAL'); // recorded in the file's header
    });
    db.close();
    db = null;
    guard(dbPath, () => fs.renameSync(temp, dbPath));
  } catch (err) {
    db?.close();
    removeWithSidecars(temp);
    throw err;
  }
}

function openExisting(dbPath: string, opts: OpenOptions, migrations: readonly Migration[]): OpenedDb {
  guard(dbPath, () => checkFileShape(dbPath));
  // Root passes access() everywhere; for everyone else this names the problem before SQLite does.
  guard(opts.dataDir, () => fs.accessSync(opts.dataDir, fs.constants.W_OK));
  guard(dbPath, () => fs.accessSync(dbPath, fs.constants.R_OK | fs.constants.W_OK));
  const db = guard(dbPath, () => new Sqlite(dbPath, sqliteOptions(opts, { fileMustExist: true })));
  try {
    return guard(dbPath, () => {
      quickCheck(db, dbPath);
      // Checked before any pragma that writes (WAL changes the file header).
      assertNotFromFuture(db, migrations);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // A write is the real test: a read-only file or mount fails here, not on the user's first save.
      db.exec('BEGIN IMMEDIATE; COMMIT');
      const schemaVersion = migrate(db, migrations, path.join(opts.dataDir, BACKUP_DIR));
      return { db, dbPath, schemaVersion };
    });
  } catch (err) {
    db.close();
    throw err;
  }
}
