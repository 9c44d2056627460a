import { contextBridge, ipcRenderer } from 'electron';
import type { Bridge } from '../../shared/contract/bridge';

/**
 * The only thing the renderer sees of Electron: one `call` for the contract and a guarded
 * link opener. Main checks the sender and validates every input.
 */
const bridge: Bridge = {
  transport: 'electron',
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rencana:call', method, input),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke('rencana:open-external', url),
};

contextBridge.exposeInMainWorld('rencana', bridge);
