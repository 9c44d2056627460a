import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { tempDir } from '../core/helpers';
import { dump, listDir, makeProfile, sha } from './fixtures';

/** Opens the damaged profile with a real core and returns what the app would see. */
async function openDamaged(dataDir: string) {
  const core = createCore({ dataDir });
  const status = core.status();
  const call = await core.dispatch('clients.list', {});
  const backups = await core.dispatch('backups.list', {});
  return { core, status, call, backups };
}

describe('startup integrity (fault injection)', () => {
  const cases: Array<[string, (file: string) => void]> = [
    ['16 KiB of garbage in the middle', (f) => {
      const fd = fs.openSync(f, 'r+');
      const size = fs.statSync(f).size;
      fs.writeSync(fd, Buffer.alloc(16 * 1024, 0xa5), 0, 16 * 1024, Math.floor(size / 2 / 4096) * 4096);
      fs.closeSync(fd);
    }],
    ['truncated to half', (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2) + 100)],
    ['truncated to 0 bytes', (f) => fs.truncateSync(f, 0)],
    ['not a SQLite file', (f) => fs.writeFileSync(f, '<html>Ini bukan database</html>\n'.repeat(500))],
  ];

  for (const [what, damage] of cases) {
    it(`a database ${what} is refused, kept as it is, and backups are offered`, async () => {
      const dir = tempDir();
      const file = await makeProfile(dir);
      // A good backup to offer: taken through the contract as "Back up now" does.
      const c0 = createCore({ dataDir: dir });
      const backup = await c0.dispatch('backups.create', {});
      expect(backup.ok).toBe(true);
      c0.close();
      damage(file);
      const before = sha(file);
      const entries = listDir(dir);

      const { core, status, call, backups } = await openDamaged(dir);
      expect(status.state).toBe('damaged');
      expect(call.ok ? null : call.error.code).toBe('db_damaged');
      expect(backups.ok && (backups.value as unknown[]).length).toBe(1);
      // Nothing written over or beside the damaged file.
      const write = await core.dispatch('clients.create', { name: 'Tidak boleh', color: '#000000' });
      expect(write.ok ? null : write.error.code).toBe('db_damaged');
      core.close();
      expect(sha(file)).toBe(before);
      expect(listDir(dir)).toEqual(entries);
    });
  }

  it('restores the newest good backup from the damaged screen; the damaged file is set aside, not deleted', async () => {
    const dir = tempDir();
    const file = await makeProfile(dir, 5, 3);
    const c0 = createCore({ dataDir: dir });
    const b = await c0.dispatch('backups.create', {});
    c0.close();
    const good = dump(file);
    fs.truncateSync(file, 4096 * 3);
    const damagedSha = sha(file);

    const core = createCore({ dataDir: dir });
    expect(core.status().state).toBe('damaged');
    const restored = await core.dispatch('backups.restore', { file: (b as { value: { file: string } }).value.file });
    expect(restored.ok).toBe(true);
    expect(core.status().state).toBe('ready');
    const list = await core.dispatch('clients.list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(5);
    core.close();
    expect(dump(file)).toBe(good);
    const aside = fs.readdirSync(path.join(dir, 'damaged'));
    const main = aside.filter((f) => f.endsWith('.sqlite'));
    expect(main).toHaveLength(1);
    expect(sha(path.join(dir, 'damaged', main[0]!))).toBe(damagedSha);
  });
});
