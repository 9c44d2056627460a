import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { DB_FILE } from '../../../electron/core/db/open';
import { listDir, makeProfile, sha } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PROBE = path.join(import.meta.dirname, 'open-probe.ts');

/**
 * How to run the probe as an unprivileged user: root ignores file permissions, a freelancer does not.
 * A checkout under a private (0700) folder is out of that user's reach, and giving the user read
 * access there (CAP_DAC_READ_SEARCH) puts Node in secure mode, where tsx no longer loads the probe
 * as a module: then these tests are skipped, with the reason printed.
 */
const DROP = ['--reuid=nobody', '--regid=nogroup', '--clear-groups'];
const reaches = () => spawnSync('setpriv', [...DROP, process.execPath, '--import', 'tsx', PROBE, '--reach'], { cwd: ROOT }).status === 0;

function dropArgs(): string[] | string {
  if (process.platform === 'win32') return 'no POSIX permissions on Windows';
  if (process.getuid?.() !== 0) return []; // already unprivileged
  if (spawnSync('setpriv', [...DROP, 'true']).status !== 0) return 'setpriv cannot drop to nobody here';
  if (reaches()) return DROP;
  return `the unprivileged user cannot load the probe from ${ROOT} (is a parent folder private, mode 0700?)`;
}
const drop = dropArgs();
const skip = typeof drop === 'string' ? drop : null;
if (skip) console.log(`[permissions] skipped: ${skip}`);

function asNobody(dataDir: string, ...args: string[]): { state: string; write: string; message: string } {
  const prefix = typeof drop === 'string' ? [] : drop;
  const cmd = prefix.length ? 'setpriv' : process.execPath;
  const argv = [...(prefix.length ? [...prefix, process.execPath] : []), '--import', 'tsx', PROBE, dataDir, ...args];
  const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, HOME: os.tmpdir() } });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`probe failed (${r.status}): ${r.stderr}`);
  return JSON.parse(line);
}

/** A folder the unprivileged user owns (the tests themselves run as root). */
function userDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-perm-'));
  fs.chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) fs.chownSync(dir, 65534, 65534);
  return dir;
}

describe.skipIf(!!skip)('read-only data (as an unprivileged user)', () => {
  it('a new profile in a read-only folder: a clear error and no file left behind', () => {
    const dir = userDir();
    fs.chmodSync(dir, 0o555);
    const r = asNobody(dir);
    expect(r).toMatchObject({ state: 'readonly', write: 'db_readonly' });
    expect(listDir(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an existing profile in a read-only folder: a clear error, the file untouched', async () => {
    const dir = userDir();
    const file = await makeProfile(dir, 2, 2);
    fs.chownSync(file, 65534, 65534);
    const before = sha(file);
    fs.chmodSync(dir, 0o555);
    const r = asNobody(dir);
    expect(r).toMatchObject({ state: 'readonly', write: 'db_readonly' });
    expect(sha(file)).toBe(before);
    expect(listDir(dir)).toEqual([DB_FILE]);
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a read-only database file: a clear error at start, not "internal" on every save', async () => {
    const dir = userDir();
    const file = await makeProfile(dir, 2, 2);
    fs.chownSync(file, 65534, 65534);
    fs.chmodSync(file, 0o444);
    const before = sha(file);
    const r = asNobody(dir);
    expect(r).toMatchObject({ state: 'readonly', write: 'db_readonly' });
    expect(sha(file)).toBe(before);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A tiny tmpfs, where the machine lets us mount one (root, not in a locked-down container). */
function smallFs(kib: number): { dir: string; done(): void } | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rencana-full-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir]).status !== 0) {
    fs.rmSync(dir, { recursive: true });
    return null;
  }
  return { dir, done: () => void (spawnSync('umount', [dir]), fs.rmSync(dir, { recursive: true, force: true })) };
}

describe('full disk', () => {
  it('a new profile on a full disk: a clear error and no 0-byte rencana.sqlite', () => {
    const fsys = smallFs(16);
    if (!fsys) return void console.log('[full disk] skipped: cannot mount a small tmpfs here (needs root on Linux)');
    try {
      const data = path.join(fsys.dir, 'Rencana');
      const r = asNobodyOrSelf(data);
      expect(r.state).toBe('disk_full');
      expect(fs.existsSync(path.join(data, DB_FILE))).toBe(false);
      expect(listDir(data)).toEqual([]);
    } finally {
      fsys.done();
    }
  });

  it('a write that fills the disk is refused as disk_full, the data stays, and writes work again once there is room', async () => {
    const fsys = smallFs(1024);
    if (!fsys) return void console.log('[full disk] skipped: cannot mount a small tmpfs here (needs root on Linux)');
    const data = path.join(fsys.dir, 'Rencana');
    try {
      await makeProfile(data, 2, 2);
      const core = createCore({ dataDir: data });
      const filler = path.join(fsys.dir, 'filler');
      const fd = fs.openSync(filler, 'w');
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(4096));
      } catch {
        /* ENOSPC: the disk is full now */
      } finally {
        fs.closeSync(fd);
      }
      const big = { name: 'Penuh', color: '#123456', notes: 'x'.repeat(9000), brandVoice: 'y'.repeat(4000), audience: 'z'.repeat(4000) };
      let reply = await core.dispatch('clients.create', big);
      for (let i = 0; reply.ok && i < 200; i++) reply = await core.dispatch('clients.create', big);
      expect(reply.ok ? 'ok' : reply.error.code).toBe('disk_full');
      const list = await core.dispatch('clients.list', {});
      expect(list.ok).toBe(true);
      fs.rmSync(filler);
      expect((await core.dispatch('clients.create', { name: 'Lega', color: '#123456' })).ok).toBe(true);
      core.close();
      // Reopens clean.
      const again = createCore({ dataDir: data });
      expect(again.status().state).toBe('ready');
      again.close();
    } finally {
      fsys.done();
    }
  });

  it('an existing profile on a disk that is already full: a clear error, the file untouched', async () => {
    const fsys = smallFs(1024);
    if (!fsys) return void console.log('[full disk] skipped: cannot mount a small tmpfs here (needs root on Linux)');
    try {
      const data = path.join(fsys.dir, 'Rencana');
      const file = await makeProfile(data, 2, 2);
      const before = sha(file);
      const fd = fs.openSync(path.join(fsys.dir, 'filler'), 'w');
      try {
        for (;;) fs.writeSync(fd, Buffer.alloc(4096));
      } catch {
        /* full */
      } finally {
        fs.closeSync(fd);
      }
      const r = asNobodyOrSelf(data);
      expect(r.state).toBe('disk_full');
      expect(sha(file)).toBe(before);
    } finally {
      fsys.done();
    }
  });
});

/** The full-disk probes run as this user (root): the point there is space, not permissions. */
function asNobodyOrSelf(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', PROBE, dataDir, ...args], { cwd: ROOT, encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`probe failed (${r.status}): ${r.stderr}`);
  return JSON.parse(line) as { state: string; write: string; message: string };
}
