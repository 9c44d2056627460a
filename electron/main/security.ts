import { shell, type Session, type WebContents } from 'electron';

/** Only http(s) links leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function openExternalSafely(raw: unknown): boolean {
  if (!isSafeExternalUrl(raw)) return false;
  void shell.openExternal(raw);
  return true;
}

/**
 * The dev server's URL, honoured only in an unpackaged app and only on loopback: a packaged
 * app always loads its own files, whatever the environment says.
 */
export function devRendererUrl(env: Record<string, string | undefined>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Is this URL our own page? In development: same origin as the dev server. Packaged: exactly
 * our index.html on disk (any other file:// page is not ours).
 */
export function appUrlCheck(devUrl: string | null, rendererFile: string): (url: string) => boolean {
  const file = rendererFile.replaceAll('\\', '/');
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (devUrl) return url.origin === new URL(devUrl).origin;
    if (url.protocol !== 'file:' || url.host !== '') return false;
    try {
      const p = decodeURIComponent(url.pathname);
      return p === file || p === `/${file}`; // Windows paths come as /C:/…
    } catch {
      return false;
    }
  };
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & {
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
};

/**
 * Electron's checklist for the window: no navigation or redirect away from our page (top frame
 * or any subframe), no new windows (http(s) links go to the browser), no webviews, and no
 * permission granted or even reported as granted.
 */
export function hardenContents(contents: Contents, isAppUrl: (url: string) => boolean) {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => stayHome(event, url));
  contents.on('will-redirect', (event, url) => stayHome(event, url));
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** What IPC tells us of the frame that sent a message (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * The sender of an IPC call must be the top frame (not an iframe, whatever it loaded) and be
 * showing our own page.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, isAppUrl: (url: string) => boolean): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
