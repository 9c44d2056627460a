import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers, type Handlers } from './handlers';
import { Storage } from './storage';
import { dataHandlers, RECOVERY_METHODS } from './backup/handlers';
import type { CoreEvent, Emit } from '../../shared/contract/events';
import { chromiumPrinter, type Printer } from './review/printer';
import type { AppStatus } from '../../shared/contract/data';

export { resolveDataDir } from './paths';

export interface CoreOptions extends DispatchOptions {
  dataDir: string;
  nativeBinding?: string;
  version?: string;
  /** Where the core's events go (the transport forwards them to the renderer). */
  onEvent?: (e: CoreEvent) => void;
  /** The PDF printer; the system Chromium when left out. */
  printer?: Printer;
  /** Rolling automatic backups (on start, then every few hours); the app and `npm run web` turn this on. */
  autoBackup?: boolean;
}

export interface Core {
  dispatch: Dispatch;
  dataDir: string;
  dbPath: string;
  status(): AppStatus;
  close(): void;
}

/**
 * The backend as a plain Node object: open the store, bind the handlers, expose `dispatch`.
 * It never fails to start: when the database cannot be opened (damaged, read-only, full disk,
 * newer version) it answers `app.status` and the backup methods, and every other call with
 * the reason, so the app can show the way out instead of a stack trace.
 */
export function createCore(opts: CoreOptions): Core {
  const version = opts.version ?? '0.0.0';
  const printer = opts.printer ?? chromiumPrinter();
  const storage = new Storage({
    dataDir: opts.dataDir,
    nativeBinding: opts.nativeBinding,
    onBackgroundError: (err) => opts.onInternalError?.('backups.auto', err),
  });
  const emit: Emit = (event, payload) => opts.onEvent?.({ event, payload } as CoreEvent);
  const data = dataHandlers(storage, version);
  const recovery: Partial<Handlers> = Object.fromEntries(RECOVERY_METHODS.map((m) => [m, data[m]]));
  let handlers: Partial<Handlers> = recovery;
  const bind = () => {
    const live = storage.live;
    handlers = live
      ? { ...createHandlers({ db: live.db, dataDir: opts.dataDir, dbPath: live.dbPath, schemaVersion: live.schemaVersion, version, emit, printer }), ...data }
      : recovery;
  };
  storage.onReopen(bind);
  bind();
  if (opts.autoBackup) storage.startAutoBackups();
  return {
    dispatch: createDispatch(() => handlers, { ...opts, unavailable: () => void storage.require() }),
    dataDir: opts.dataDir,
    dbPath: storage.dbPath,
    status: () => storage.status(),
    close: () => {
      void printer.close?.();
      storage.close();
    },
  };
}
