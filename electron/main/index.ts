import path from 'node:path';
import { BrowserWindow, app, dialog, ipcMain, nativeTheme } from 'electron';
import { startCoreProcess } from './core-process';
import { CoreSupervisor, type CoreState } from './core-supervisor';
import { callHandler, openExternalHandler, retryHandler } from './ipc';
import { installMenu } from './menu';
import { electronSqliteBinding } from './native';
import { appUrlCheck, devRendererUrl, hardenContents } from './security';
import { registerFolderIpc } from './folders';

const rendererUrl = devRendererUrl(process.env, app.isPackaged);
const rendererFile = path.join(__dirname, '../renderer/index.html');
const isAppUrl = appUrlCheck(rendererUrl, rendererFile);

function dataDirFromArgs(): string {
  const i = process.argv.indexOf('--data-dir');
  return path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : process.env.RENCANA_DATA_DIR ?? app.getPath('userData'));
}

let core: CoreSupervisor | null = null;
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
  // A state change before the page listened (or before a reload) would be lost: say it again.
  win.webContents.on('did-finish-load', () => core && core.state !== 'up' && sendCoreState(core.state));
  win.once('ready-to-show', () => win?.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
}

function registerIpc(supervisor: CoreSupervisor) {
  ipcMain.handle('rencana:call', callHandler(isAppUrl, (m, i) => supervisor.call(m, i)));
  ipcMain.handle('rencana:open-external', openExternalHandler(isAppUrl));
  ipcMain.handle('rencana:core-retry', retryHandler(isAppUrl, () => supervisor.retry()));
  registerFolderIpc(isAppUrl);
}

/** The window hears when the core goes away and comes back (banner, retried saves). */
const sendCoreState = (state: CoreState) => win?.webContents.send('rencana:core-state', state);

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
    const dataDir = dataDirFromArgs();
    core = new CoreSupervisor({
      spawn: (onExit) =>
        startCoreProcess({
          dataDir,
          nativeBinding,
          version: app.getVersion(),
          onExit,
          // Core → renderer events go to our window only (preload's onEvent).
          onEvent: (e) => {
            if (win && !win.isDestroyed()) win.webContents.send('rencana:event', e);
          },
        }),
      onState: sendCoreState,
    });
    registerIpc(core);
    // A damaged or unwritable database is the renderer's to explain (with backups to offer).
    await core.start();
    createWindow();
  });
  app.on('window-all-closed', () => {
    core?.stop();
    app.quit();
  });
}
