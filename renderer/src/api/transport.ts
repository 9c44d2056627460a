import type { Api, RawCall } from '../../../shared/contract/api';
import type { Bridge } from '../../../shared/contract/bridge';
import { AppError, isAppErrorShape, type Reply } from '../../../shared/contract/errors';
import type { CoreEvent, EventName, RawSubscribe } from '../../../shared/contract/events';
import { sseSubscribe } from './eventStream';
import { coreLink } from './coreLink';

declare global {
  interface Window {
    rencana?: Bridge;
  }
}

const TOKEN_KEY = 'rencana.token';

/**
 * The loopback transport: the token comes in the launch URL once, is kept for this tab's
 * session (so a reload still works) and removed from the address bar.
 */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}
/** The loopback transport's credentials, for its other routes (/events, /upload). */
const authHeaders = () => ({ Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` });

function httpCall(): RawCall {
  const token = takeToken();
  const call: RawCall = async (method, input) => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      // Any answer means the core is there; a 401 means it is a later run with another key.
      coreLink.report(res.status === 401 ? 'stale' : 'up');
      if (res.status === 401) return { ok: false, error: { code: 'unauthorized', message: 'token' } };
      return await res.json().catch(() => ({ ok: false, error: { code: 'transport', message: `HTTP ${res.status}` } }));
    } catch (err) {
      coreLink.report('down');
      return { ok: false, error: { code: 'transport', message: (err as Error).message } };
    }
  };
  coreLink.watchWith(() => call('app.status', {}));
  return call;
}

function pickRawCall(): RawCall {
  if (!window.rencana) return httpCall();
  window.rencana.onCoreState((s) => coreLink.report(s === 'up' ? 'up' : s === 'failed' ? 'failed' : 'down'));
  return window.rencana.call;
}

/** The transport's feed of core events: the preload's port relay in the app, SSE in web mode. */
function pickSubscribe(): RawSubscribe {
  const bridge = window.rencana;
  return bridge ? (sink) => bridge.onEvent(sink) : sseSubscribe(authHeaders);
}

/** The renderer's one door to the backend; nothing else here knows which transport it is. */
export function createApi(raw: RawCall = pickRawCall(), subscribe: RawSubscribe = pickSubscribe()): Api {
  // One feed from the transport, fanned out to listeners by event name; opened on first use.
  const listeners = new Map<EventName, Set<(p: unknown) => void>>();
  let stop: (() => void) | null = null;
  const deliver = (e: CoreEvent) => listeners.get(e.event)?.forEach((l) => l(e.payload));
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (p: unknown) => void);
      stop ??= subscribe(deliver);
      return () => {
        set.delete(listener as (p: unknown) => void);
        if ([...listeners.values()].every((s) => s.size === 0)) {
          stop?.();
          stop = null;
        }
      };
    },
    async call(method, input) {
      const reply = (await raw(method, input)) as Reply<never>;
      if (reply && typeof reply === 'object' && 'ok' in reply) {
        if (reply.ok) return reply.value;
        throw AppError.from(isAppErrorShape(reply.error) ? reply.error : { code: 'internal', message: 'Malformed error' });
      }
      throw new AppError('transport', 'Malformed reply');
    },
  };
}

export const api = createApi();

/** Opens a link in the system browser (Electron) or a new tab (web), http(s) only. */
export function openExternal(href: string) {
  if (!/^https?:\/\//i.test(href)) return;
  if (window.rencana) void window.rencana.openExternal(href);
  else window.open(href, '_blank', 'noopener,noreferrer');
}

/**
 * Paths on disk for files the user picked or dropped, for `assets.add`: the app asks the
 * preload; in web mode each file is streamed to the core's `/upload` first.
 */
export async function filePaths(files: readonly File[]): Promise<string[]> {
  const bridge = window.rencana;
  if (bridge) return files.map((f) => bridge.pathForFile(f));
  const out: string[] = [];
  for (const f of files) {
    let res: Response;
    try {
      res = await fetch(`/upload?name=${encodeURIComponent(f.name)}`, { method: 'POST', headers: authHeaders(), body: f });
    } catch (err) {
      throw new AppError('transport', (err as Error).message);
    }
    const reply = (await res.json().catch(() => null)) as Reply<{ path: string }> | null;
    if (!reply || !('ok' in reply)) throw new AppError('transport', `Upload failed (${res.status})`);
    if (!reply.ok) throw AppError.from(isAppErrorShape(reply.error) ? reply.error : { code: 'transport', message: 'Upload failed' });
    out.push(reply.value.path);
  }
  return out;
}
