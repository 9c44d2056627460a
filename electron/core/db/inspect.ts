import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * A look at the file before SQLite opens it: SQLite would happily treat a truncated file as a
 * shorter database, or a non-SQLite file as "not a database" only on the first read.
 */
export function checkFileShape(file: string): void {
  const damaged = (reason: string) => new AppError('db_damaged', `The database ${file} is damaged (${reason})`, { details: { path: file, reason } });
  const size = fs.statSync(file).size;
  if (size === 0) throw damaged('empty');
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 100, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (size < 100 || !header.subarray(0, 16).equals(MAGIC)) throw damaged(size < 100 ? 'truncated' : 'not_sqlite');
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw damaged('not_sqlite');
  if (size % pageSize !== 0) throw damaged('truncated');
  // The page count in the header is trustworthy when its "valid for" counter matches.
  const pages = header.readUInt32BE(28);
  if (pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24) && size < pages * pageSize) throw damaged('truncated');
}

/** SQLite's own quick check (structure of every page; not index contents). */
export function quickCheck(db: Database, file: string): void {
  const rows = db.pragma('quick_check', { simple: false }) as Array<{ quick_check: string }>;
  if (rows.length !== 1 || rows[0]!.quick_check !== 'ok') {
    const first = rows[0]?.quick_check ?? 'no answer';
    throw new AppError('db_damaged', `The database ${file} failed its check: ${first}`, { details: { path: file, reason: 'check_failed' } });
  }
}
