import fs from 'node:fs';
import path from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { MIGRATIONS } from './migrations';
import { assertNotFromFuture, migrate, type Migration } from './migrate';

export const DB_FILE = 'rencana.sqlite';

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

/** Opens (creating if needed) the profile's database: WAL, foreign keys, migrations applied. */
export function openDatabase(opts: OpenOptions): OpenedDb {
  const migrations = opts.migrations ?? MIGRATIONS;
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const dbPath = path.join(opts.dataDir, DB_FILE);
  let db: Database;
  try {
    db = new Sqlite(dbPath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  } catch (err) {
    throw new AppError('db_unavailable', `Cannot open the database at ${dbPath}: ${(err as Error).message}`, {
      details: { path: dbPath },
    });
  }
  try {
    // Checked before any pragma that writes (WAL changes the file header).
    assertNotFromFuture(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const schemaVersion = migrate(db, migrations, path.join(opts.dataDir, 'backups'));
    return { db, dbPath, schemaVersion };
  } catch (err) {
    db.close();
    throw err;
  }
}
