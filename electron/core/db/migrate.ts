import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { newBackupPath } from '../backup/files';

export interface Migration {
  version: number;
  name: string;
  up: string | ((db: Database) => void);
}

/**
 * Migrations must run 1, 2, … N: a gap, a repeat or a wrong order would skip or reapply schema
 * changes on some databases. Checked when the list is loaded, so such a list never starts.
 */
export function checkNumbering<T extends readonly Migration[]>(migrations: T): T {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`Migration ${i + 1} of ${migrations.length} is numbered ${m.version} (${m.name}): migrations must be numbered 1..N without gaps`);
    }
  });
  return migrations;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/**
 * Refuses a database written by a newer Rencana before anything touches it, so the user can
 * still open it with that newer version.
 */
export function assertNotFromFuture(db: Database, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const supported = latestVersion(migrations);
  if (current > supported) {
    throw new AppError(
      'db_from_future',
      `This database was written by a newer version of Rencana (schema ${current}; this version reads up to ${supported}).`,
      { details: { found: current, supported } },
    );
  }
  return current;
}

/**
 * Applies the pending migrations, each in its own transaction together with its
 * `user_version` bump, after copying the file to `backupDir` (Signal Desktop's pattern).
 */
export function migrate(db: Database, migrations: readonly Migration[], backupDir: string | null): number {
  const current = assertNotFromFuture(db, migrations);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;

  if (current > 0 && backupDir) {
    fs.mkdirSync(backupDir, { recursive: true });
    const target = newBackupPath(backupDir, 'migration', new Date(), current);
    const part = `${target}.part`;
    db.prepare('VACUUM INTO ?').run(part);
    fs.renameSync(part, target); // pruned with the automatic backups (backup/retention.ts)
  }

  for (const m of pending) {
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return latestVersion(migrations);
}
