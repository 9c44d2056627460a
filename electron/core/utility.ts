import { createCore } from './index';
import { AppError } from '../../shared/contract/errors';
import type { PrintReply } from '../../shared/review/print';
import { portPrinter } from './review/printer';

/**
 * Entry of the core inside Electron's utilityProcess. Main sends one MessagePort; every request
 * on it is `{ id, method, input }` and gets `{ id, reply }`; core events go out as `{ event }`. The types of Electron's
 * `process.parentPort` are written out here because this layer must not import `electron`.
 */
interface PortLike {
  on(event: 'message', listener: (e: { data: unknown; ports: PortLike[] }) => void): void;
  postMessage(message: unknown): void;
  start(): void;
}
const parentPort = (process as unknown as { parentPort?: PortLike }).parentPort;
if (!parentPort) throw new Error('utility.ts runs only inside an Electron utilityProcess');

let core: ReturnType<typeof createCore> | null = null;
let startupError: AppError | null = null;
// The window's port; the core's events (export progress…) go out on it as `{ event }` messages.
let current: PortLike | null = null;
// The PDF is printed by main (Electron's printToPDF): requests go out on the port, replies come back on it.
const printer = portPrinter((req) => current?.postMessage(req));
try {
  // A damaged or unwritable database does not throw here: the core answers app.status and the backup methods.
  core = createCore({
    dataDir: process.env.RENCANA_DATA_DIR ?? '',
    onEvent: (event) => current?.postMessage({ event }),
    printer,
    nativeBinding: process.env.RENCANA_SQLITE_BINDING || undefined,
    version: process.env.RENCANA_VERSION,
    autoBackup: true,
    onInternalError: (method, err) => console.error(`[core] ${method} failed:`, err),
  });
} catch (err) {
  startupError = err instanceof AppError ? err : new AppError('db_unavailable', (err as Error).message);
}

parentPort.on('message', (e) => {
  const port = e.ports[0];
  if (!port) return;
  current = port;
  port.on('message', ({ data }) => {
    if ((data as PrintReply).type === 'printed') return printer.settle(data as PrintReply);
    const { id, method, input } = data as { id: number; method: string; input: unknown };
    if (!core) {
      port.postMessage({ id, reply: { ok: false, error: startupError?.toJSON() } });
      return;
    }
    void core.dispatch(method, input).then((reply) => port.postMessage({ id, reply }));
  });
  port.start();
});
