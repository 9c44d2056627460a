/**
 * The desktop shell's folder touches, when there is one (the Electron preload exposes them on
 * `window.rencana`). In web mode there is no folder dialog: the user types the path and copies
 * the written file's path instead of "Show in folder".
 */
const bridge = () => window.rencana;

export const hasDesktopFolders = (): boolean => typeof bridge()?.pickFolder === 'function';

export async function pickFolder(defaultPath?: string): Promise<string | null> {
  return (await bridge()?.pickFolder?.(defaultPath)) ?? null;
}

export async function showInFolder(file: string): Promise<boolean> {
  return (await bridge()?.showInFolder?.(file)) ?? false;
}
