import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { DB_FILE } from '../db/open';
import { storageError } from '../db/faults';
import { inspectDatabase, sealCopy } from '../backup/service';
import type { Storage } from '../storage';

/**
 * A whole profile as one file (gzipped tar): the database, the data folder's assets/ and a
 * manifest. Made to move to a new laptop; importing one replaces this profile after keeping
 * the current database as a backup.
 */
export const PROFILE_EXT = '.rencana';
export const ASSETS_DIR = 'assets';
const MANIFEST = 'manifest.json';

/** Limits for a file that may come from anywhere: no paths out of the folder, no bombs. */
export const IMPORT_LIMITS = { entries: 200_000, totalBytes: 20 * 1024 ** 3, fileBytes: 4 * 1024 ** 3 };
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

const Manifest = z.object({
  format: z.literal('rencana-profile'),
  formatVersion: z.literal(1),
  appVersion: z.string().max(64),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string().max(40),
});

/** May this archive entry be extracted? Only our three kinds of file, plain files and folders. */
export function allowedEntry(p: string, type: string): boolean {
  const clean = p.replace(/\/$/, '');
  if (type === 'File' || type === 'OldFile' || type === 'ContiguousFile') {
    if (clean === MANIFEST || clean === DB_FILE) return true;
    const parts = clean.split('/');
    return parts[0] === ASSETS_DIR && parts.length >= 2 && parts.length <= 4 && parts.slice(1).every((s) => SEGMENT.test(s));
  }
  if (type === 'Directory') {
    const parts = clean.split('/');
    return parts[0] === ASSETS_DIR && parts.length <= 3 && parts.slice(1).every((s) => SEGMENT.test(s));
  }
  return false;
}

const tempDirIn = (dataDir: string, what: string) => path.join(dataDir, `.${what}-${randomBytes(6).toString('hex')}`);

/** Hard-links (or copies) every file under `from` into `to`. */
function linkTree(from: string, to: string): number {
  let n = 0;
  if (!fs.existsSync(from)) return 0;
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) n += linkTree(src, dst);
    else if (e.isFile()) {
      try {
        fs.linkSync(src, dst);
      } catch {
        fs.copyFileSync(src, dst);
      }
      n++;
    }
  }
  return n;
}

export async function exportProfile(storage: Storage, version: string, target?: string): Promise<{ path: string; bytes: number }> {
  const { dataDir } = storage.opts;
  const live = storage.require();
  let out = target ?? path.join(dataDir, 'exports', `Rencana-profile-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}${PROFILE_EXT}`);
  if (!path.isAbsolute(out)) throw new AppError('invalid_input', 'The profile file needs a full path', { issues: [{ path: 'path', code: 'not_absolute', message: 'not an absolute path' }] });
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) out = path.join(out, `Rencana-profile-${new Date().toISOString().slice(0, 10)}${PROFILE_EXT}`);
  const staging = tempDirIn(dataDir, 'export');
  const part = `${out}.part`;
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.mkdirSync(staging, { recursive: true });
    await live.db.backup(path.join(staging, DB_FILE));
    sealCopy(path.join(staging, DB_FILE), storage.opts.nativeBinding);
    const manifest: z.infer<typeof Manifest> = { format: 'rencana-profile', formatVersion: 1, appVersion: version, schemaVersion: live.schemaVersion, createdAt: new Date().toISOString() };
    fs.writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2));
    const entries = [MANIFEST, DB_FILE];
    if (linkTree(path.join(dataDir, ASSETS_DIR), path.join(staging, ASSETS_DIR)) > 0) entries.push(ASSETS_DIR);
    await tar.c({ gzip: true, file: part, cwd: staging, portable: true }, entries);
    fs.renameSync(part, out);
    return { path: out, bytes: fs.statSync(out).size };
  } catch (err) {
    fs.rmSync(part, { force: true });
    throw storageError(err, path.dirname(out)) ?? err;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const notAProfile = (why: string) => new AppError('invalid_input', `Not a Rencana profile file: ${why}`, { issues: [{ path: 'path', code: 'not_a_profile', message: why }] });

/** Reads the archive's table of contents and refuses it before anything is written. */
async function checkArchive(file: string): Promise<void> {
  let entries = 0;
  let total = 0;
  const bad: string[] = [];
  const seen = new Set<string>();
  try {
    await tar.t({
      file,
      strict: true,
      onReadEntry: (e) => {
        entries++;
        total += e.size ?? 0;
        seen.add(e.path.replace(/\/$/, ''));
        if (!allowedEntry(e.path, e.type) || (e.size ?? 0) > IMPORT_LIMITS.fileBytes) bad.push(e.path.slice(0, 200));
        e.resume();
      },
    });
  } catch (err) {
    throw notAProfile(`unreadable archive (${(err as Error).message})`);
  }
  if (bad.length) throw notAProfile(`unexpected entry ${bad[0]}`);
  if (entries > IMPORT_LIMITS.entries || total > IMPORT_LIMITS.totalBytes) throw notAProfile('too large');
  if (!seen.has(MANIFEST) || !seen.has(DB_FILE)) throw notAProfile('manifest or database missing');
}

export async function importProfile(storage: Storage, file: string): Promise<{ keptAs: string | null; clients: number; posts: number; assets: number }> {
  if (!path.isAbsolute(file)) throw notAProfile('needs a full path');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new AppError('not_found', `No file at ${file}`, { details: { entity: 'file', id: file } });
  await checkArchive(file);
  const { dataDir } = storage.opts;
  const staging = tempDirIn(dataDir, 'import');
  try {
    fs.mkdirSync(staging);
    await tar.x({
      file,
      cwd: staging,
      strict: true,
      preservePaths: false,
      preserveOwner: false,
      filter: (p, e) => allowedEntry(p, 'type' in e ? e.type : 'File'),
    });
    let manifest: unknown;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(staging, MANIFEST), 'utf8'));
    } catch {
      throw notAProfile('manifest is not JSON');
    }
    if (!Manifest.safeParse(manifest).success) throw notAProfile('manifest is not ours');
    const db = path.join(staging, DB_FILE);
    const { keptAs } = await storage.replaceWith(db, 'before-import');
    const assets = mergeAssets(path.join(staging, ASSETS_DIR), path.join(dataDir, ASSETS_DIR));
    const facts = inspectDatabase(storage.dbPath, storage.supportedVersion, storage.opts.nativeBinding);
    return { keptAs, clients: facts.clients, posts: facts.posts, assets };
  } catch (err) {
    throw storageError(err, dataDir) ?? err;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Assets are named by content hash: one already here is the same file, so only new ones move in. */
function mergeAssets(from: string, to: string): number {
  if (!fs.existsSync(from)) return 0;
  let n = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) n += mergeAssets(src, dst);
    else if (e.isFile() && !fs.existsSync(dst)) {
      fs.renameSync(src, dst);
      n++;
    }
  }
  return n;
}
