import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { CORE_STATES, type Bridge, type CoreState } from '../../shared/contract/bridge';
import type { CoreEvent } from '../../shared/contract/events';

/**
 * The only thing the renderer sees of Electron: one `call` for the contract, the core's events,
 * the path of a file the user picked or dropped (for `assets.add`), a guarded link opener, the
 * export's folder picker, and the core's comings and goings. Main checks the sender and
 * validates every input.
 */
const bridge: Bridge = {
  transport: 'electron',
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rencana:call', method, input),
  /** Calls `listener` with every core event; returns the function that stops it. */
  onEvent(listener: (e: CoreEvent) => void): () => void {
    const handler = (_e: IpcRendererEvent, data: CoreEvent) => listener(data);
    ipcRenderer.on('rencana:event', handler);
    return () => void ipcRenderer.removeListener('rencana:event', handler);
  },
  /** The path on disk of a File from a file input or a drop ('' for a file with no path). */
  pathForFile: (file): string => webUtils.getPathForFile(file as File),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke('rencana:open-external', url),
  pickFolder: (defaultPath?: string): Promise<string | null> => ipcRenderer.invoke('rencana:pick-folder', defaultPath),
  showInFolder: (file: string): Promise<boolean> => ipcRenderer.invoke('rencana:show-in-folder', file),
  /** Called with 'down' when the core process ended (main restarts it), 'up' when it is back, 'failed' when it keeps failing. */
  onCoreState: (listener: (state: CoreState) => void): (() => void) => {
    const handler = (_e: unknown, state: unknown) => {
      if (typeof state === 'string' && (CORE_STATES as readonly string[]).includes(state)) listener(state as CoreState);
    };
    ipcRenderer.on('rencana:core-state', handler);
    return () => void ipcRenderer.removeListener('rencana:core-state', handler);
  },
  retryCore: (): Promise<boolean> => ipcRenderer.invoke('rencana:core-retry'),
};

contextBridge.exposeInMainWorld('rencana', bridge);
