import { app, shell, type WebContents } from 'electron';

/** Only http(s) links leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export function openExternalSafely(raw: unknown): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  void shell.openExternal(raw);
  return true;
}

/** Electron's checklist: no navigation away, no new windows, no webviews, no permission prompts. */
export function hardenContents(contents: WebContents, isAppUrl: (url: string) => boolean) {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

/** The sender of an IPC call must be our own top frame showing our own page. */
export function isTrustedSender(frame: { url: string } | null, isAppUrl: (url: string) => boolean): boolean {
  return !!frame && isAppUrl(frame.url);
}

export function appIsDev(): boolean {
  return !app.isPackaged && !!process.env.ELECTRON_RENDERER_URL;
}
