import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupKind } from '../../../shared/contract/data';

/** Backups are `backups/rencana-<kind>-<UTC stamp>.sqlite` beside the database. */
const NAME = /^rencana-(auto|manual|migration|before-restore|before-import)(?:-v\d+)?-(\d{8}T\d{9}Z)(?:-\d+)?\.sqlite$/;
/** Migration backups written before this naming. */
const LEGACY = /^before-migration-v\d+-.*\.sqlite$/;
/** A file name a caller may pass: one of ours, never a path. */
export const SAFE_BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.sqlite$/;

const stamp = (d: Date) => d.toISOString().replace(/[-:.]/g, '');
const parseStamp = (s: string) =>
  new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`);

/** A fresh, unused path for a backup of this kind taken now. */
export function newBackupPath(dir: string, kind: BackupKind, now = new Date(), fromVersion?: number): string {
  const base = `rencana-${kind}${fromVersion !== undefined ? `-v${fromVersion}` : ''}-${stamp(now)}`;
  let file = path.join(dir, `${base}.sqlite`);
  for (let i = 1; fs.existsSync(file); i++) file = path.join(dir, `${base}-${i}.sqlite`);
  return file;
}

/** Every backup in `dir`, newest first. Temporary and unknown files are not listed. */
export function listBackupFiles(dir: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupInfo[] = [];
  for (const file of names) {
    const m = NAME.exec(file);
    if (!m && !LEGACY.test(file)) continue;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(dir, file));
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const createdAt = m ? parseStamp(m[2]!) : stat.mtime;
    out.push({ file, kind: m ? (m[1] as BackupKind) : 'migration', createdAt: createdAt.toISOString(), bytes: stat.size });
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
