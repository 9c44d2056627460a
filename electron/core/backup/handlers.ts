import type { dataMethods } from '../../../shared/contract/data';
import type { HandlersFor } from '../handlers';
import type { Storage } from '../storage';
import { exportProfile, importProfile } from '../profile/archive';
import { listBackupFiles } from './files';
import { backupDir, backupPath, inspectDatabase } from './service';

export type DataMethod = keyof typeof dataMethods;
/** These answer even while the database cannot be opened: they are the way out. */
export const RECOVERY_METHODS: readonly DataMethod[] = ['app.status', 'backups.list', 'backups.preview', 'backups.restore', 'profile.import'];

/** "Your data": status, backups, restore, profile export/import. Bound to Storage, not to one open database. */
export function dataHandlers(storage: Storage, version: string): HandlersFor<DataMethod> {
  const dataDir = storage.opts.dataDir;
  return {
    'app.status': () => storage.status(),
    'backups.list': () => listBackupFiles(backupDir(dataDir)),
    'backups.create': () => storage.backup('manual'),
    'backups.preview': ({ file }) => ({ file, ...inspectDatabase(backupPath(dataDir, file), storage.supportedVersion, storage.opts.nativeBinding) }),
    'backups.restore': async ({ file }) => {
      const { keptAs } = await storage.restore(file);
      return { restored: file, keptAs, status: storage.status() };
    },
    'profile.export': ({ path }) => exportProfile(storage, version, path),
    'profile.import': ({ path }) => importProfile(storage, path),
  };
}
