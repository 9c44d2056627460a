import { openDatabase } from './db/open';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { createHandlers } from './handlers';
import type { CoreEvent, Emit } from '../../shared/contract/events';
import { chromiumPrinter, type Printer } from './review/printer';

export { resolveDataDir } from './paths';

export interface CoreOptions extends DispatchOptions {
  dataDir: string;
  nativeBinding?: string;
  version?: string;
  /** Where the core's events go (the transport forwards them to the renderer). */
  onEvent?: (e: CoreEvent) => void;
  /** The PDF printer; the system Chromium when left out. */
  printer?: Printer;
}

export interface Core {
  dispatch: Dispatch;
  dataDir: string;
  dbPath: string;
  close(): void;
}

/** The backend as a plain Node object: open the store, bind the handlers, expose `dispatch`. */
export function createCore(opts: CoreOptions): Core {
  const { db, dbPath, schemaVersion } = openDatabase({ dataDir: opts.dataDir, nativeBinding: opts.nativeBinding });
  const printer = opts.printer ?? chromiumPrinter();
  const emit: Emit = (event, payload) => opts.onEvent?.({ event, payload } as CoreEvent);
  const handlers = createHandlers({ db, dataDir: opts.dataDir, dbPath, schemaVersion, version: opts.version ?? '0.0.0', emit, printer });
  return {
    dispatch: createDispatch(handlers, opts),
    dataDir: opts.dataDir,
    dbPath,
    close: () => {
      void printer.close?.();
      db.close();
    },
  };
}
