import fs from 'node:fs';
import path from 'node:path';
import Sqlite, { type Database } from 'better-sqlite3';
import type { BackupInfo, BackupKind, BackupPreview } from '../../../shared/contract/data';
import { AppError } from '../../../shared/contract/errors';
import { BACKUP_DIR } from '../db/open';
import { storageError } from '../db/faults';
import { listBackupFiles, newBackupPath, SAFE_BACKUP_NAME } from './files';
import { backupsToPrune } from './retention';

export const backupDir = (dataDir: string) => path.join(dataDir, BACKUP_DIR);

/** A backup's full path from the name a caller gave; anything but one of our names is refused. */
export function backupPath(dataDir: string, file: string): string {
  if (!SAFE_BACKUP_NAME.test(file) || !listBackupFiles(backupDir(dataDir)).some((b) => b.file === file)) {
    throw new AppError('not_found', `No backup named ${file}`, { details: { entity: 'backup', id: file } });
  }
  return path.join(backupDir(dataDir), file);
}

/**
 * Makes a finished copy self-contained and checks it: rollback journal (so it opens read-only
 * with nothing beside it) and SQLite's quick check. A copy that fails is not kept.
 */
export function sealCopy(file: string, nativeBinding?: string): void {
  const db = new Sqlite(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('db_damaged', `The backup ${file} failed its check: ${String(check)}`);
  } finally {
    db.close();
  }
}

/** A consistent copy of the live database through SQLite's online backup API, listed only once whole and checked. */
export async function createBackup(db: Database, dataDir: string, kind: BackupKind, nativeBinding?: string): Promise<BackupInfo> {
  const dir = backupDir(dataDir);
  const target = newBackupPath(dir, kind);
  const part = `${target}.part`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    await db.backup(part);
    sealCopy(part, nativeBinding);
    fs.renameSync(part, target);
  } catch (err) {
    fs.rmSync(part, { force: true });
    fs.rmSync(`${part}-journal`, { force: true });
    throw storageError(err, dir) ?? err;
  }
  pruneBackups(dataDir);
  return listBackupFiles(dir).find((b) => path.join(dir, b.file) === target)!;
}

/** Deletes the backups the retention policy no longer keeps; returns their names. */
export function pruneBackups(dataDir: string): string[] {
  const dir = backupDir(dataDir);
  const gone = backupsToPrune(listBackupFiles(dir));
  for (const file of gone) fs.rmSync(path.join(dir, file), { force: true });
  return gone;
}

const count = (db: Database, sql: string) => {
  try {
    return Number(db.prepare(sql).pluck().get() ?? 0);
  } catch {
    return 0; // an older schema without that table
  }
};

/** What a database file holds, read-only; never throws for a damaged or foreign file. */
export function inspectDatabase(file: string, supportedVersion: number, nativeBinding?: string): Omit<BackupPreview, 'file'> {
  const empty = { clients: 0, posts: 0, lastChange: null, schemaVersion: 0 };
  let db: Database;
  try {
    db = new Sqlite(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return { usable: false, problem: 'damaged', ...empty };
  }
  try {
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { usable: false, problem: 'damaged', ...empty };
    const schemaVersion = Number(db.pragma('user_version', { simple: true }));
    const stamps = ['clients', 'campaigns', 'slots', 'slot_variants']
      .map((t) => {
        try {
          return db.prepare(`SELECT max(updated_at) FROM ${t}`).pluck().get() as string | null;
        } catch {
          return null;
        }
      })
      .filter((s): s is string => typeof s === 'string' && /^\d{4}-\d\d-\d\dT/.test(s))
      .sort();
    const last = stamps.at(-1);
    return {
      usable: schemaVersion <= supportedVersion,
      problem: schemaVersion <= supportedVersion ? null : 'from_future',
      clients: count(db, 'SELECT count(*) FROM clients'),
      posts: count(db, 'SELECT count(*) FROM slots WHERE deleted_at IS NULL'),
      lastChange: last ? new Date(last).toISOString() : null,
      schemaVersion,
    };
  } catch {
    return { usable: false, problem: 'damaged', ...empty };
  } finally {
    db.close();
  }
}
