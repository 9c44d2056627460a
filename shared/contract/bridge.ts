import type { RawCall } from './api';

/**
 * What the Electron preload exposes on `window.rencana`: one `call` for the contract and a
 * guarded link opener. Declared once here, implemented by electron/preload, used by the
 * renderer's transport.
 */
export interface Bridge {
  transport: 'electron';
  call: RawCall;
  openExternal(url: string): Promise<boolean>;
}
