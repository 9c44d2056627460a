import { contextBridge, ipcRenderer } from 'electron';

/**
 * The only thing the renderer sees of Electron: one `call` for the contract and a guarded
 * link opener. Main checks the sender and validates every input.
 */
const bridge = {
  transport: 'electron' as const,
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rencana:call', method, input),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke('rencana:open-external', url),
  pickFolder: (defaultPath?: string): Promise<string | null> => ipcRenderer.invoke('rencana:pick-folder', defaultPath),
  showInFolder: (file: string): Promise<boolean> => ipcRenderer.invoke('rencana:show-in-folder', file),
};

contextBridge.exposeInMainWorld('rencana', bridge);
export type Bridge = typeof bridge;
