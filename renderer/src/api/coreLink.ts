/**
 * Is the core there? 'up'; 'down' while it is away (the app's main restarts it; in web mode
 * someone restarts `npm run web`); 'failed' when main gave up restarting it; 'stale' when this
 * web tab's key belongs to an earlier run of the core. Transports report what they see; the
 * banner and screens read it. Coming back fires `rencana:core-back` on window, on which every
 * pending autosave retries at once.
 */
export type CoreLink = 'up' | 'down' | 'failed' | 'stale';

export const CORE_BACK_EVENT = 'rencana:core-back';
const POLL_DOWN_MS = 1500;
const POLL_UP_MS = 10_000;

let state: CoreLink = 'up';
const listeners = new Set<() => void>();
let ping: (() => Promise<unknown>) | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function schedulePing() {
  clearTimeout(timer);
  if (!ping || state === 'stale' || state === 'failed') return;
  timer = setTimeout(() => {
    // Only while the tab is looked at when all is well; always while the core is away.
    if (state === 'up' && document.visibilityState === 'hidden') return schedulePing();
    void ping!().finally(schedulePing);
  }, state === 'down' ? POLL_DOWN_MS : POLL_UP_MS);
}

export const coreLink = {
  get: (): CoreLink => state,
  subscribe(fn: () => void) {
    listeners.add(fn);
    return () => void listeners.delete(fn);
  },
  report(next: CoreLink) {
    // A stale tab stays stale: only reopening it with the new link helps.
    if (state === next || state === 'stale') return;
    const wasAway = state !== 'up';
    state = next;
    listeners.forEach((fn) => fn());
    if (next === 'up' && wasAway) window.dispatchEvent(new Event(CORE_BACK_EVENT));
    schedulePing();
  },
  /** Web mode: how to ask the core whether it is there (a cheap call whose result the transport reports). */
  watchWith(fn: () => Promise<unknown>) {
    ping = fn;
    schedulePing();
  },
};
