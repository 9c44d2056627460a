import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE, openDatabase } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrate';
import { AppError } from '../../../shared/contract/errors';
import { tempDir } from './helpers';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('database file and migrations', () => {
  it('creates a WAL database with foreign keys on, at the latest schema', () => {
    const dir = tempDir();
    const { db, schemaVersion, dbPath } = openDatabase({ dataDir: dir });
    expect(dbPath).toBe(path.join(dir, DB_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['clients', 'client_accounts', 'client_package', 'campaigns', 'slots', 'slot_variants']));
    db.close();
  });

  it('applies a new migration once, after a backup, and keeps the data', () => {
    const dir = tempDir();
    const first = openDatabase({ dataDir: dir });
    first.db.prepare("INSERT INTO clients (id, name, color, created_at, updated_at) VALUES ('c1', 'Kopi', '#000000', 'x', 'x')").run();
    first.db.close();

    const next: Migration = { version: MIGRATIONS.at(-1)!.version + 1, name: 'test', up: 'ALTER TABLE clients ADD COLUMN motto TEXT' };
    const second = openDatabase({ dataDir: dir, migrations: [...MIGRATIONS, next] });
    expect(second.schemaVersion).toBe(next.version);
    expect(second.db.prepare('SELECT name, motto FROM clients').get()).toEqual({ name: 'Kopi', motto: null });
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new Sqlite(path.join(dir, 'backups', backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(backup.prepare('SELECT count(*) FROM clients').pluck().get()).toBe(1);
    backup.close();
    second.db.close();
  });

  it('rolls back a migration that fails half-way and leaves the version where it was', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).db.close();
    const broken: Migration = {
      version: MIGRATIONS.at(-1)!.version + 1,
      name: 'broken',
      up: 'ALTER TABLE clients ADD COLUMN motto TEXT; INSERT INTO no_such_table VALUES (1);',
    };
    expect(() => openDatabase({ dataDir: dir, migrations: [...MIGRATIONS, broken] })).toThrow(/no_such_table/);
    const { db, schemaVersion } = openDatabase({ dataDir: dir });
    expect(schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    const cols = db.prepare('PRAGMA table_info(clients)').all() as Array<{ name: string }>;
    expect(cols.map((c) => c.name)).not.toContain('motto');
    db.close();
  });

  it('refuses a database from a newer Rencana with a clear message and leaves the file untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DB_FILE);
    const raw = new Sqlite(file);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma('user_version = 99');
    raw.close();
    const before = sha(file);

    let error: unknown;
    try {
      openDatabase({ dataDir: dir });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_from_future');
    expect((error as AppError).message).toMatch(/newer version of Rencana/);
    expect((error as AppError).details).toEqual({ found: 99, supported: MIGRATIONS.length });
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(file + '-wal')).toBe(false);
  });
});
