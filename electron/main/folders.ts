import fs from 'node:fs';
import path from 'node:path';
import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { isTrustedSender } from './security';

/**
 * The export's two desktop touches (issue 9): choosing the folder a bundle goes to, and
 * "Show in folder" once it is written. Only our own page may ask; "show" only reveals an
 * existing file by an absolute path, it never opens or runs it.
 */
export function registerFolderIpc(isAppUrl: (url: string) => boolean) {
  ipcMain.handle('rencana:pick-folder', async (event, defaultPath: unknown) => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return null;
    const win = BrowserWindow.fromWebContents(event.sender);
    const options: Electron.OpenDialogOptions = {
      properties: ['openDirectory', 'createDirectory'],
      defaultPath: typeof defaultPath === 'string' && path.isAbsolute(defaultPath) ? defaultPath : undefined,
    };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle('rencana:show-in-folder', (event, file: unknown) => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return false;
    if (typeof file !== 'string' || !path.isAbsolute(file) || !fs.existsSync(file)) return false;
    shell.showItemInFolder(path.normalize(file));
    return true;
  });
}
