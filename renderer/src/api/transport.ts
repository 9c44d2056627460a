import type { Api, RawCall } from '../../../shared/contract/api';
import type { Bridge } from '../../../shared/contract/bridge';
import { AppError, isAppErrorShape, type Reply } from '../../../shared/contract/errors';
import type { CoreEvent, EventName, RawSubscribe } from '../../../shared/contract/events';

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
function httpCall(): RawCall {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
  return async (method, input) => {
    let res: Response;
    try {
      res = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch (err) {
      return { ok: false, error: { code: 'transport', message: (err as Error).message } };
    }
    if (res.status === 401) return { ok: false, error: { code: 'unauthorized', message: 'token' } };
    return res.json();
  };
}

function pickRawCall(): RawCall {
  return window.rencana ? window.rencana.call : httpCall();
}

/** The transport's feed of core events. The event channel (SSE / MessagePort) plugs in here. */
function pickSubscribe(): RawSubscribe {
  return () => () => undefined;
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
