import { useSyncExternalStore } from 'react';

export type Screen = 'calendar' | 'table' | 'ideas' | 'campaigns' | 'clients' | 'exports' | 'reports' | 'settings';
export const SCREENS: Screen[] = ['calendar', 'table', 'ideas', 'campaigns', 'clients', 'exports', 'reports', 'settings'];

export interface Route {
  screen: Screen;
  /** e.g. the client id in #/clients/<id>, or "new". */
  param: string | null;
}

export function parseHash(hash: string): Route {
  const [screen, param] = hash.replace(/^#\/?/, '').split('/');
  return {
    screen: (SCREENS as string[]).includes(screen ?? '') ? (screen as Screen) : 'calendar',
    param: param ? decodeURIComponent(param) : null,
  };
}

export function navigate(screen: Screen, param?: string | null) {
  window.location.hash = `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** The current screen lives in the URL hash, so reloads and back/forward keep it. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
