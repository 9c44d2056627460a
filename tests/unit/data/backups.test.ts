import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { backupsToPrune } from '../../../electron/core/backup/retention';
import type { BackupInfo } from '../../../shared/contract/data';
import { tempDir } from '../core/helpers';
import { dump, makeProfile } from './fixtures';

async function call<T>(core: ReturnType<typeof createCore>, m: string, input: unknown = {}): Promise<T> {
  const r = await core.dispatch(m, input);
  if (!r.ok) throw Object.assign(new Error(`${m}: ${r.error.message}`), { code: r.error.code });
  return r.value as T;
}

describe('backup retention', () => {
  const at = (day: number, hour: number, kind: BackupInfo['kind'] = 'auto'): BackupInfo => ({
    file: `rencana-${kind}-${day}-${hour}.sqlite`,
    kind,
    createdAt: new Date(2026, 0, day, hour).toISOString(),
    bytes: 1,
  });

  it('keeps the newest of each of the last 7 days and of the last 4 weeks; migration backups included', () => {
    // Two months, three automatic backups a day, a migration backup now and then.
    const all: BackupInfo[] = [];
    for (let d = 1; d <= 60; d++) for (const h of [9, 13, 17]) all.push(at(d, h));
    all.push(at(3, 10, 'migration'), at(59, 8, 'migration'));
    const pruned = new Set(backupsToPrune(all));
    const kept = all.filter((b) => !pruned.has(b.file));
    const days = new Set(kept.map((b) => new Date(b.createdAt).toDateString()));
    // 7 most recent days, plus the newest of up to 4 weeks (3 of which fall outside those days).
    expect(kept.filter((b) => new Date(b.createdAt) >= new Date(2026, 0, 54))).toHaveLength(7);
    expect(kept.every((b) => new Date(b.createdAt).getHours() === 17)).toBe(true);
    expect(days.size).toBe(kept.length);
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(kept.length).toBeLessThanOrEqual(11);
    expect(pruned.has(at(3, 10, 'migration').file)).toBe(true);
  });

  it('keeps the newest 10 manual and before-restore copies whatever their day', () => {
    const manual = Array.from({ length: 14 }, (_, i) => at(1, i, 'manual'));
    const pruned = backupsToPrune(manual);
    expect(pruned).toHaveLength(4);
    expect(pruned).toContain(at(1, 0, 'manual').file);
  });
});

describe('backups through the contract', () => {
  it('"Back up now", preview of what it holds, restore that keeps the current file as a backup first', async () => {
    const dir = tempDir();
    await makeProfile(dir, 3, 4);
    const core = createCore({ dataDir: dir });
    const b = await call<BackupInfo>(core, 'backups.create');
    expect(b.kind).toBe('manual');
    const atBackup = dump(path.join(dir, 'rencana.sqlite'));

    await call(core, 'clients.create', { name: 'Setelah backup', color: '#654321' });
    const preview = await call<{ clients: number; posts: number; lastChange: string; usable: boolean }>(core, 'backups.preview', { file: b.file });
    expect(preview).toMatchObject({ usable: true, clients: 3, posts: 12, problem: null });
    expect(Date.parse(preview.lastChange)).toBeLessThanOrEqual(Date.parse(b.createdAt));

    const r = await call<{ keptAs: string; status: { state: string } }>(core, 'backups.restore', { file: b.file });
    expect(r.status.state).toBe('ready');
    expect(r.keptAs).toMatch(/^rencana-before-restore-/);
    expect((await call<unknown[]>(core, 'clients.list')).length).toBe(3);
    const kept = await call<{ clients: number }>(core, 'backups.preview', { file: r.keptAs });
    expect(kept.clients).toBe(4);
    core.close();
    expect(dump(path.join(dir, 'rencana.sqlite'))).toBe(atBackup);
  });

  it('refuses a damaged backup or a path instead of a name, and changes nothing', async () => {
    const dir = tempDir();
    const file = await makeProfile(dir, 2, 2);
    const core = createCore({ dataDir: dir });
    const b = await call<BackupInfo>(core, 'backups.create');
    fs.writeFileSync(path.join(dir, 'backups', b.file), 'rusak');
    const before = dump(file);
    await expect(call(core, 'backups.restore', { file: b.file })).rejects.toMatchObject({ code: 'db_damaged' });
    for (const bad of ['../rencana.sqlite', '/etc/passwd', 'x/../../y.sqlite', 'nope.sqlite']) {
      await expect(call(core, 'backups.restore', { file: bad })).rejects.toMatchObject({ code: expect.stringMatching(/invalid_input|not_found/) });
    }
    expect((await call<{ state: string }>(core, 'app.status')).state).toBe('ready');
    core.close();
    expect(dump(file)).toBe(before);
  });

  it('takes an automatic backup on start and prunes old migration backups', async () => {
    const dir = tempDir();
    await makeProfile(dir, 1, 1);
    fs.mkdirSync(path.join(dir, 'backups'), { recursive: true });
    // Twenty weeks of old migration backups in the old naming, one a week.
    for (let w = 0; w < 20; w++) {
      const f = path.join(dir, 'backups', `before-migration-v${w + 1}-old${w}.sqlite`);
      fs.writeFileSync(f, 'x');
      const t = new Date(Date.now() - (w + 2) * 7 * 86_400_000);
      fs.utimesSync(f, t, t);
    }
    const core = createCore({ dataDir: dir, autoBackup: true });
    const list = async () => call<BackupInfo[]>(core, 'backups.list');
    // The automatic backup runs in the background; ask until it is listed.
    let backups = await list();
    while (!backups.some((b) => b.kind === 'auto')) backups = await new Promise((r) => setImmediate(() => r(list())));
    core.close();
    expect(backups[0]!.kind).toBe('auto');
    // Kept: the newest backup of each of the 7 most recent days that have one (today's automatic
    // one and six weekly migration backups); the weekly rule adds nothing older than those.
    expect(backups.filter((b) => b.kind === 'migration').map((b) => b.file).sort()).toEqual([1, 2, 3, 4, 5, 6].map((v) => `before-migration-v${v}-old${v - 1}.sqlite`).sort());
  });
});
