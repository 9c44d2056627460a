import { contextBridge, ipcRenderer } from 'electron';

type CoreState = 'starting' | 'up' | 'down' | 'failed';
const CORE_STATES: readonly string[] = ['starting', 'up', 'down', 'failed'];

/**
 * The only thing the renderer sees of Electron: one `call` for the contract, a guarded link
 * opener, and the core's comings and goings. Main checks the sender and validates every input.
 */
const bridge = {
  transport: 'electron' as const,
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('rencana:call', method, input),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke('rencana:open-external', url),
  /** Called with 'down' when the core process ended (main restarts it), 'up' when it is back, 'failed' when it keeps failing. */
  onCoreState: (listener: (state: CoreState) => void): (() => void) => {
    const handler = (_e: unknown, state: unknown) => {
      if (typeof state === 'string' && CORE_STATES.includes(state)) listener(state as CoreState);
    };
    ipcRenderer.on('rencana:core-state', handler);
    return () => void ipcRenderer.removeListener('rencana:core-state', handler);
  },
  retryCore: (): Promise<boolean> => ipcRenderer.invoke('rencana:core-retry'),
};

contextBridge.exposeInMainWorld('rencana', bridge);
export type Bridge = typeof bridge;
