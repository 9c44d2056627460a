import { z } from './zod';
import { FilePath, Instant, text } from './schemas';

/**
 * "Your data": the state of the profile's database, backups, restore, and moving a whole profile
 * to another computer (issue 13). Spread into `contract` in methods.ts. `app.status` and the
 * backup methods also answer while the database cannot be opened, so the app can offer a way out.
 */

export const BACKUP_KINDS = ['auto', 'manual', 'migration', 'before-restore', 'before-import'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** A backup's file name in the data folder's backups/ (never a path). */
export const BackupFile = text(200).regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.sqlite$/, 'not a backup file name');

export const BackupInfo = z.object({
  file: BackupFile,
  kind: z.enum(BACKUP_KINDS),
  createdAt: Instant,
  bytes: z.number().int().nonnegative(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** What a backup holds, read from it without touching the current data. */
export const BackupPreview = z.object({
  file: BackupFile,
  /** Passed SQLite's check and is from this version of Rencana or older. */
  usable: z.boolean(),
  /** Why not, when not usable: a message key's last part (damaged, from_future). */
  problem: z.enum(['damaged', 'from_future']).nullable(),
  clients: z.number().int().nonnegative(),
  posts: z.number().int().nonnegative(),
  /** The newest change recorded in it. */
  lastChange: Instant.nullable(),
  schemaVersion: z.number().int().nonnegative(),
});
export type BackupPreview = z.infer<typeof BackupPreview>;

export const STORAGE_STATES = ['ready', 'damaged', 'readonly', 'disk_full', 'from_future', 'unavailable'] as const;
export type StorageState = (typeof STORAGE_STATES)[number];

export const AppStatus = z.object({
  state: z.enum(STORAGE_STATES),
  /** English detail for logs; the UI words the state itself. */
  message: text(4000),
  dataDir: text(4096),
  dbPath: text(4096),
  backupDir: text(4096),
});
export type AppStatus = z.infer<typeof AppStatus>;

export { FilePath };

export const dataMethods = {
  'app.status': { input: z.object({}), output: AppStatus },
  'backups.list': { input: z.object({}), output: z.array(BackupInfo) },
  /** "Back up now": a consistent copy through SQLite's online backup, checked before it is listed. */
  'backups.create': { input: z.object({}), output: BackupInfo },
  'backups.preview': { input: z.object({ file: BackupFile }), output: BackupPreview },
  /** Replaces the database with the backup; the current file (if readable) is kept as a backup first. */
  'backups.restore': {
    input: z.object({ file: BackupFile }),
    output: z.object({ restored: BackupFile, keptAs: BackupFile.nullable(), status: AppStatus }),
  },
  /** The whole profile (database and assets) as one file, to move to another computer. */
  'profile.export': {
    input: z.object({ path: FilePath.optional() }),
    output: z.object({ path: FilePath, bytes: z.number().int().nonnegative() }),
  },
  /** Replaces this profile with an exported one; the current database is kept as a backup first. */
  'profile.import': {
    input: z.object({ path: FilePath }),
    output: z.object({ keptAs: BackupFile.nullable(), clients: z.number().int(), posts: z.number().int(), assets: z.number().int() }),
  },
} as const;
