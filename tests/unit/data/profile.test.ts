import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { tempDir } from '../core/helpers';
import { dump, makeProfile } from './fixtures';

async function call<T>(core: ReturnType<typeof createCore>, m: string, input: unknown = {}): Promise<T> {
  const r = await core.dispatch(m, input);
  if (!r.ok) throw Object.assign(new Error(`${m}: ${r.error.message}`), { code: r.error.code, issues: r.error.issues });
  return r.value as T;
}

describe('profile export and import (moving to a new laptop)', () => {
  it('exports database and assets as one file; importing it elsewhere brings both, keeping the old database as a backup', async () => {
    const from = tempDir();
    await makeProfile(from, 3, 5);
    fs.mkdirSync(path.join(from, 'assets', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(from, 'assets', 'ab', 'abcdef01.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const src = createCore({ dataDir: from });
    const out = await call<{ path: string; bytes: number }>(src, 'profile.export', {});
    src.close();
    expect(out.path).toMatch(/\.rencana$/);
    expect(fs.statSync(out.path).size).toBe(out.bytes);

    const to = tempDir();
    await makeProfile(to, 1, 1);
    const dst = createCore({ dataDir: to });
    const r = await call<{ keptAs: string; clients: number; posts: number; assets: number }>(dst, 'profile.import', { path: out.path });
    expect(r).toMatchObject({ clients: 3, posts: 15, assets: 1 });
    expect(r.keptAs).toMatch(/^rencana-before-import-/);
    expect((await call<unknown[]>(dst, 'clients.list')).length).toBe(3);
    dst.close();
    expect(dump(path.join(to, 'rencana.sqlite'))).toBe(dump(path.join(from, 'rencana.sqlite')));
    expect(fs.readFileSync(path.join(to, 'assets', 'ab', 'abcdef01.png'))).toEqual(fs.readFileSync(path.join(from, 'assets', 'ab', 'abcdef01.png')));
    // No staging folders left behind.
    expect(fs.readdirSync(to).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  /** Hostile profile files: each must be refused with a clear error and change nothing. */
  const hostile: Array<[string, (dir: string, good: string) => Promise<string> | string]> = [
    ['zip-slip path', async (dir) => pack(dir, { '../../evil.txt': 'x', 'manifest.json': '{}', 'rencana.sqlite': 'x' })],
    ['absolute path', async (dir) => pack(dir, { '/tmp/rencana-evil.txt': 'x', 'manifest.json': '{}', 'rencana.sqlite': 'x' })],
    ['unexpected file', async (dir) => pack(dir, { 'manifest.json': '{}', 'rencana.sqlite': 'x', '.bashrc': 'rm -rf ~' })],
    ['symlink', async (dir, good) => {
      const stage = path.join(dir, 'stage-link');
      fs.mkdirSync(path.join(stage, 'assets'), { recursive: true });
      fs.copyFileSync(good, path.join(stage, 'rencana.sqlite'));
      fs.writeFileSync(path.join(stage, 'manifest.json'), '{}');
      fs.symlinkSync('/etc/passwd', path.join(stage, 'assets', 'link'));
      const out = path.join(dir, 'link.rencana');
      await tar.c({ gzip: true, file: out, cwd: stage }, ['manifest.json', 'rencana.sqlite', 'assets']);
      return out;
    }],
    ['not a gzip', (dir) => write(dir, 'garbage.rencana', 'PK\u0003\u0004 not a tar at all')],
    ['gzip of garbage', (dir) => write(dir, 'gz.rencana', zlib.gzipSync(Buffer.alloc(10_000, 7)))],
    ['gzip bomb (one asset declared as 5 GiB)', async (dir) => {
      const header = new tar.Header({ path: 'assets/big.bin', size: 1024 ** 3 * 5, type: 'File', mode: 0o644, mtime: new Date() });
      header.encode();
      return write(dir, 'bomb.rencana', zlib.gzipSync(Buffer.concat([header.block!, Buffer.alloc(1024 * 1024)])));
    }],
    ['missing database', async (dir) => pack(dir, { 'manifest.json': '{"format":"rencana-profile"}' })],
    ['database that is not SQLite', async (dir) => pack(dir, { 'manifest.json': JSON.stringify({ format: 'rencana-profile', formatVersion: 1, appVersion: '1', schemaVersion: 5, createdAt: 'x' }), 'rencana.sqlite': 'SQLite format 3\u0000 but not really' })],
    ['manifest that is not ours', async (dir, good) => pack(dir, { 'manifest.json': '{"__proto__":{"polluted":true}}', 'rencana.sqlite': fs.readFileSync(good) })],
    ['relative path to the file', () => 'profile.rencana'],
    ['a folder, not a file', (dir) => dir],
  ];

  for (const [what, make] of hostile) {
    it(`refuses a profile file with ${what}, database unchanged`, async () => {
      const dir = tempDir();
      const file = await makeProfile(dir, 2, 2);
      const goodCopy = path.join(tempDir(), 'good.sqlite');
      fs.copyFileSync(file, goodCopy);
      const evil = await make(tempDir(), goodCopy);
      const before = dump(file);
      const core = createCore({ dataDir: dir });
      const reply = await core.dispatch('profile.import', { path: evil });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(['invalid_input', 'not_found', 'db_damaged']).toContain(reply.error.code);
      expect(core.status().state).toBe('ready');
      core.close();
      expect(dump(file)).toBe(before);
      expect(fs.existsSync('/tmp/rencana-evil.txt')).toBe(false);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith('.') || f === 'assets' || f.endsWith('.txt'))).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
});

function write(dir: string, name: string, data: string | Buffer) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

/** A gzipped tar whose entry names are written as given (tar.c would clean them). */
async function pack(dir: string, files: Record<string, string | Buffer>) {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const body = Buffer.from(content);
    const h = new tar.Header({ path: name, size: body.length, type: 'File', mode: 0o644, mtime: new Date() });
    h.encode();
    blocks.push(h.block!, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return write(dir, 'evil.rencana', zlib.gzipSync(Buffer.concat(blocks)));
}
