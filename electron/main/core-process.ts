import type { PrintRequest } from '../../shared/review/print';
import { printToPdf } from './print';
import path from 'node:path';
import { MessageChannelMain, utilityProcess, type MessagePortMain, type UtilityProcess } from 'electron';
import type { AppErrorShape, Reply } from '../../shared/contract/errors';
import type { CoreEvent } from '../../shared/contract/events';

export interface CoreProcess {
  call(method: string, input: unknown): Promise<Reply<unknown>>;
  stop(): void;
}

/**
 * Runs the core in a utilityProcess so SQLite work and exports never block the window, and
 * talks to it over a MessagePort with numbered requests.
 */
export function startCoreProcess(opts: {
  dataDir: string;
  nativeBinding: string | null;
  version: string;
  /** The core's events (export progress…), for main to pass to the window. */
  onEvent?: (e: CoreEvent) => void;
  onExit?: (code: number | null) => void;
}): CoreProcess {
  const child: UtilityProcess = utilityProcess.fork(path.join(__dirname, 'core.js'), [], {
    serviceName: 'Rencana core',
    env: {
      ...process.env,
      RENCANA_DATA_DIR: opts.dataDir,
      RENCANA_SQLITE_BINDING: opts.nativeBinding ?? '',
      RENCANA_VERSION: opts.version,
    },
    stdio: 'inherit',
  });
  const { port1, port2 } = new MessageChannelMain();
  child.postMessage({ type: 'connect' }, [port2]);

  let nextId = 1;
  const pending = new Map<number, (reply: Reply<unknown>) => void>();
  const port: MessagePortMain = port1;
  port.on('message', (e) => {
    const data = e.data as { id: number; reply: Reply<unknown> } | { event: CoreEvent } | PrintRequest;
    if ('event' in data) return opts.onEvent?.(data.event);
    // The core prints its PDFs through Electron (electron/main/print.ts) and waits for the reply.
    if ('type' in data) return void printToPdf(data).then((r) => port.postMessage(r));
    const { id, reply } = data;
    pending.get(id)?.(reply);
    pending.delete(id);
  });
  port.start();

  let exited = false;
  child.on('exit', (code) => {
    exited = true;
    const error: AppErrorShape = { code: 'transport', message: `The core process ended (code ${code})` };
    for (const resolve of pending.values()) resolve({ ok: false, error });
    pending.clear();
    port.close();
    opts.onExit?.(code);
  });

  return {
    call(method, input) {
      if (exited) return Promise.resolve({ ok: false, error: { code: 'transport', message: 'The core process has ended' } });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        port.postMessage({ id, method, input });
      });
    },
    stop() {
      port.close();
      child.kill();
    },
  };
}
