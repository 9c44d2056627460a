import type { RawCall } from './api';
import type { CoreEvent } from './events';

/** A DOM File as this layer (which has no DOM types) sees it. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
}

/** The core process as the desktop shell sees it: starting, up, gone (being restarted), or given up on. */
export type CoreState = 'starting' | 'up' | 'down' | 'failed';
export const CORE_STATES: readonly CoreState[] = ['starting', 'up', 'down', 'failed'];

/**
 * What the Electron preload exposes on `window.rencana`. Declared once here, implemented by
 * electron/preload, used by the renderer's transport (and the export's folder touches).
 * Main checks the sender of every call and validates every input.
 */
export interface Bridge {
  transport: 'electron';
  /** One call of the contract. */
  call: RawCall;
  /** Calls `listener` with every core event; returns the function that stops it. */
  onEvent(listener: (e: CoreEvent) => void): () => void;
  /** The path on disk of a File from a file input or a drop ('' for a file with no path). */
  pathForFile(file: FileLike): string;
  /** Opens an http(s) link in the system browser. */
  openExternal(url: string): Promise<boolean>;
  /** The folder dialog for exports; null when cancelled. */
  pickFolder(defaultPath?: string): Promise<string | null>;
  /** Reveals a written file in the system's file manager. */
  showInFolder(file: string): Promise<boolean>;
  /** Called when the core process goes away, comes back or keeps failing. */
  onCoreState(listener: (state: CoreState) => void): () => void;
  /** Asks main to start a core that kept failing once more. */
  retryCore(): Promise<boolean>;
}
