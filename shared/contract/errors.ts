/**
 * Errors that cross the contract. The core sends a code (and details); the renderer turns the
 * code into words in the user's language (renderer/src/i18n: `errors.<code>`).
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  /** A status move the machine does not allow; details `{ from, to, reason }` (shared/domain/status). */
  'refused',
  /** A file the user picked or dropped is not there any more; details `{ name }`. */
  'file_missing',
  /** A file cannot be read or decoded (not an image, damaged, no permission); details `{ name }`. */
  'file_unreadable',
  /** A file bigger than the app accepts; details `{ name, maxMb }`. */
  'file_too_large',
  'db_from_future',
  'db_unavailable',
  /** The database file is damaged (failed its check, truncated, not SQLite); backups are offered. */
  'db_damaged',
  /** The data folder or the database file cannot be written (permissions, read-only disk). */
  'db_readonly',
  'disk_full',
  'unauthorized',
  'transport',
  'internal',
  /** Long work (an export) stopped because the user cancelled it; nothing was kept. */
  'cancelled',
  /** A file or folder could not be written; details `{ path, reason }`, reason one of denied, full, missing, exists, other. */
  'write_failed',
  /** A client's feedback refused as a whole; details `{ reason }` (shared/contract/feedback FEEDBACK_REJECTIONS) and its facts. */
  'feedback_rejected',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `accounts.0.handle`. */
  path: string;
  /** zod's issue code, e.g. `too_small`, `invalid_format`. */
  code: string;
  /** English detail from the validator, for logs and for fields the UI has no words for. */
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** Extra facts for the message, e.g. `{ found: 5, supported: 3 }` for db_from_future. */
  details?: Record<string, string | number>;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  readonly details?: Record<string, string | number>;
  constructor(code: ErrorCode, message: string, extra: Pick<AppErrorShape, 'issues' | 'details'> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.issues) this.issues = extra.issues;
    if (extra.details) this.details = extra.details;
  }
  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, issues: this.issues, details: this.details };
  }
  static from(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape.message, shape);
  }
}

export function isAppErrorShape(v: unknown): v is AppErrorShape {
  return typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((v as { code: string }).code);
}

/** What every transport carries back for one call. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
