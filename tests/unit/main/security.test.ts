import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's APIs, mocked: these tests run under Node where the Electron binary may not exist.
const openExternal = vi.fn(async (_url: string) => undefined);
vi.mock('electron', () => ({ shell: { openExternal }, app: { isPackaged: false } }));

const { appUrlCheck, devRendererUrl, hardenContents, isSafeExternalUrl, isTrustedSender } = await import('../../../electron/main/security');
const { callHandler, openExternalHandler, retryHandler } = await import('../../../electron/main/ipc');

const FILE = '/opt/Rencana/resources/app.asar/out/renderer/index.html';
const prodCheck = appUrlCheck(null, FILE);
const OUR_PAGE = `file://${FILE}`;

/** A stand-in for webContents: records the handlers hardenContents installs. */
function fakeContents() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const contents = {
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => {
      handlers.set(name, fn);
      return contents;
    }),
    setWindowOpenHandler: vi.fn(),
    session: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
  };
  const fire = (name: string, ...args: unknown[]) => {
    const event = { preventDefault: vi.fn(), url: args[0] as string };
    handlers.get(name)!(event, ...args);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, handlers, fire };
}

beforeEach(() => openExternal.mockClear());

describe('Electron hardening', () => {
  it('honours ELECTRON_RENDERER_URL only in an unpackaged app, and only on loopback', () => {
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBeNull();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/evil.html' }, false)).toBeNull();
    expect(devRendererUrl({}, false)).toBeNull();
  });

  it('knows our page: exactly our index.html packaged, the dev server origin in development', () => {
    expect(prodCheck(OUR_PAGE)).toBe(true);
    expect(prodCheck(`${OUR_PAGE}#/calendar`)).toBe(true);
    expect(prodCheck('file:///tmp/evil/out/renderer/index.html')).toBe(false);
    expect(prodCheck(`file:///tmp/x.html?${FILE}`)).toBe(false);
    expect(prodCheck(`file://evil.host${FILE}`)).toBe(false);
    expect(prodCheck('https://evil.example/')).toBe(false);
    expect(prodCheck('not a url')).toBe(false);
    const dev = appUrlCheck('http://localhost:5173/', FILE);
    expect(dev('http://localhost:5173/#/clients')).toBe(true);
    expect(dev('http://localhost:5173.evil.example/')).toBe(false);
    expect(dev('http://localhost:5174/')).toBe(false);
  });

  it('denies navigation, redirects and subframe navigation away from our page', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents as never, prodCheck);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', OUR_PAGE)).toBe(false);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', OUR_PAGE)).toBe(false);
    expect(fire('will-frame-navigate', 'https://evil.example/frame')).toBe(true);
    expect(fire('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('opens no window; http(s) links go to the system browser, nothing else does', () => {
    const { contents } = fakeContents();
    hardenContents(contents as never, prodCheck);
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => { action: string };
    for (const url of ['https://toko.id/promo', 'http://example.com', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://user:pw@evil.example/']) {
      expect(handler({ url }).action).toBe('deny');
    }
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://toko.id/promo', 'http://example.com']);
  });

  it('grants no permission and reports none as granted', () => {
    const { contents } = fakeContents();
    hardenContents(contents as never, prodCheck);
    const request = contents.session.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    const check = contents.session.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string) => boolean;
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request(null, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check(null, p)).toBe(false);
    }
  });

  it('openExternal takes http(s) only, with a host and no credentials', () => {
    expect(isSafeExternalUrl('https://instagram.com/kopi')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///C:/Windows/system32/calc.exe', 'ms-settings:', 'vbscript:x', 'https://', 42, null, `https://x.id/${'a'.repeat(3000)}`]) {
      expect(isSafeExternalUrl(bad), String(bad).slice(0, 40)).toBe(false);
    }
  });
});

describe('IPC', () => {
  const top = { url: OUR_PAGE, parent: null };
  const ok = async (_m: string, input: unknown) => ({ ok: true as const, value: input });

  it('trusts only our top frame: not an iframe showing our page, not another page', () => {
    expect(isTrustedSender(top, prodCheck)).toBe(true);
    expect(isTrustedSender({ url: OUR_PAGE, parent: { url: 'https://evil.example' } }, prodCheck)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, prodCheck)).toBe(false);
    expect(isTrustedSender(null, prodCheck)).toBe(false);
  });

  it('refuses untrusted senders before looking at the call', async () => {
    const core = vi.fn(ok);
    const handle = callHandler(prodCheck, core);
    const r = await handle({ senderFrame: { url: OUR_PAGE, parent: {} } }, 'clients.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(core).not.toHaveBeenCalled();
  });

  it('forwards the validated value, not the raw input', async () => {
    const core = vi.fn(ok);
    const handle = callHandler(prodCheck, core);
    const raw = { clientId: 'c1', name: '  Promo  ', tags: ['#Lebaran', '＃Mudik'], extra: { __proto__: { polluted: 1 } }, evil: '<script>' };
    await handle({ senderFrame: top }, 'hashtagSets.save', raw);
    expect(core).toHaveBeenCalledWith('hashtagSets.save', { clientId: 'c1', name: 'Promo', tags: ['Lebaran', 'Mudik'] });
    const bad = await handle({ senderFrame: top }, 'clients.get', { id: 'x\ud800' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await handle({ senderFrame: top }, 'no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handle({ senderFrame: top }, { toString: () => 'clients.list' }, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(core).toHaveBeenCalledTimes(1);
  });

  it('open-external and core-retry answer our page only', async () => {
    expect(openExternalHandler(prodCheck)({ senderFrame: { url: 'https://evil.example', parent: null } }, 'https://x.id')).toBe(false);
    expect(openExternalHandler(prodCheck)({ senderFrame: top }, 'https://x.id')).toBe(true);
    const retry = vi.fn(async () => 'up');
    expect(await retryHandler(prodCheck, retry)({ senderFrame: { url: OUR_PAGE, parent: {} } })).toBe(false);
    expect(await retryHandler(prodCheck, retry)({ senderFrame: top })).toBe(true);
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
