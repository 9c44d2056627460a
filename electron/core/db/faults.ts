import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';

/**
 * The file-system and SQLite failures a user can meet, as the contract's error codes, each
 * with the path it concerns. Anything else is left as it is (an internal error).
 */
export function storageError(err: unknown, where: string): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as NodeJS.ErrnoException & { code?: string };
  const code = String(e?.code ?? '');
  const details = { path: where };
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || (code.startsWith('SQLITE_IOERR') && diskAlmostFull(where))) {
    return new AppError('disk_full', `The disk holding ${where} is full`, { details });
  }
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return new AppError('db_readonly', `Rencana cannot write to ${where}`, { details });
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new AppError('db_damaged', `The database ${where} is damaged: ${e.message}`, { details });
  }
  return null;
}

/** SQLite reports a full disk met while growing its WAL index as a plain I/O error: ask the disk. */
function diskAlmostFull(where: string): boolean {
  for (let dir = where; ; dir = path.dirname(dir)) {
    try {
      const s = fs.statfsSync(dir);
      return s.bavail * s.bsize < 1024 * 1024;
    } catch {
      if (path.dirname(dir) === dir) return false;
    }
  }
}
