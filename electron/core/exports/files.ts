import { AppError } from '../../../shared/contract/errors';

/** The reasons the UI has words for; anything else is "other". */
const REASONS: Record<string, string> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'denied',
  EPERM: 'denied',
  EROFS: 'denied',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EEXIST: 'exists',
};

/**
 * A failed write as the error the user reads: which path, and why in a word. Anything
 * that is not a system call's failure (a database constraint, a bug) passes through unchanged.
 */
export function fileError(err: unknown, path: string): unknown {
  const e = err as NodeJS.ErrnoException | null;
  if (err instanceof AppError || !e || typeof e.syscall !== 'string') return err;
  return new AppError('write_failed', e.message, { details: { path: e.path ?? path, reason: REASONS[e.code ?? ''] ?? 'other' } });
}

/** An original attached to a post is gone from the data folder (9a's `file_missing`). */
export const assetMissing = (name: string) =>
  new AppError('file_missing', `The file ${name} attached to a post is missing from the data folder`, { details: { name } });

export const cancelledError = () => new AppError('cancelled', 'The export was cancelled; nothing was kept.');
