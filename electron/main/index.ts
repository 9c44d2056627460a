import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, nativeTheme } from 'electron';
import { contract, isMethod } from '../../shared/contract/methods';
import { toFieldIssues } from '../../shared/contract/validate';
import { startCoreProcess, type CoreProcess } from './core-process';
import { installMenu } from './menu';
import { electronSqliteBinding } from './native';
import { hardenContents, isTrustedSender, openExternalSafely } from './security';
import { registerFolderIpc } from './folders';

const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = path.join(__dirname, '../renderer/index.html');
const isAppUrl = (url: string) =>
  rendererUrl ? url.startsWith(rendererUrl) : url.startsWith('file://') && decodeURIComponent(new URL(url).pathname).endsWith(rendererFile.replaceAll('\\', '/'));

function dataDirFromArgs(): string {
  const i = process.argv.indexOf('--data-dir');
  return path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : process.env.RENCANA_DATA_DIR ?? app.getPath('userData'));
}

let core: CoreProcess | null = null;
let win: BrowserWindow | null = null;

function createWindow() {
  win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Rencana',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1a1b1e' : '#ffffff',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // Middle-click must not open links in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenContents(win.webContents, isAppUrl);
  win.once('ready-to-show', () => win?.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
}

function registerIpc() {
  ipcMain.handle('rencana:call', async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return { ok: false, error: { code: 'unauthorized', message: 'Untrusted sender' } };
    if (typeof method !== 'string' || !isMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${String(method)}` } };
    }
    // Validated here, where the handler is registered, and again by the core's dispatcher.
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}`, issues: toFieldIssues(parsed.error) } };
    return core ? core.call(method, input) : { ok: false, error: { code: 'transport', message: 'The core is not running' } };
  });
  ipcMain.handle('rencana:open-external', (event, url: unknown) => {
    if (!isTrustedSender(event.senderFrame, isAppUrl)) return false;
    return openExternalSafely(url);
  });
  registerFolderIpc(isAppUrl);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(async () => {
    installMenu();
    const nativeBinding = electronSqliteBinding(app.getAppPath());
    if (!nativeBinding && !app.isPackaged) {
      dialog.showErrorBox('Rencana', 'The database engine for Electron is not built yet: run `npm run native:electron`, then start again.');
      app.quit();
      return;
    }
    core = startCoreProcess({
      dataDir: dataDirFromArgs(),
      nativeBinding,
      version: app.getVersion(),
      // Core → renderer events go to our window only (preload's onEvent).
      onEvent: (e) => {
        if (win && !win.isDestroyed()) win.webContents.send('rencana:event', e);
      },
    });
    const info = await core.call('app.info', {});
    if (!info.ok) {
      dialog.showErrorBox('Rencana', info.error.message);
      app.quit();
      return;
    }
    registerIpc();
    createWindow();
  });
  app.on('window-all-closed', () => {
    core?.stop();
    app.quit();
  });
}
