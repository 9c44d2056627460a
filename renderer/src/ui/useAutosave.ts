import { useCallback, useEffect, useRef, useState } from 'react';
import { isTransient } from './errors';
import { journalStore } from './journal';

/** The window event fired when the core is reachable again (after a restart); saves that wait retry. */
export const CORE_BACK_EVENT = 'rencana:core-back';

export type AutosaveState = 'idle' | 'saving' | 'saved' | 'retrying' | 'error';
const RETRY_MS = [1000, 2000, 4000, 8000, 15000];

/**
 * Field autosave for a form of one record (a post, a client, a campaign), built like the copy
 * editor's so no edit is lost:
 * - changes are merged into one pending patch, kept in a local journal (`journalKey`) until the
 *   core acknowledges them, and saved after a short pause and at once when the form goes away;
 * - a save that fails keeps its patch: one the core did not answer is retried with backoff
 *   and when the core is back (CORE_BACK_EVENT), one it refused waits for the next edit;
 * - a patch left in the journal by a reload or crash is `restored` on the next mount (show it
 *   in the form) and sent again.
 */
export function useAutosave<P extends object>(journalKey: string, save: (patch: P) => Promise<unknown>, delayMs = 500) {
  const [restored] = useState<Partial<P>>(() => journalStore.get<Partial<P>>(journalKey) ?? {});
  const pending = useRef<Partial<P>>(restored);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const saveRef = useRef(save);
  saveRef.current = save;
  const [state, setState] = useState<AutosaveState>('idle');

  /** Saves what is pending now; true when the core has every edit. */
  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return true;
    pending.current = {};
    setState('saving');
    running.current = (async () => {
      try {
        await saveRef.current(patch as P);
        attempt.current = 0;
        if (Object.keys(pending.current).length === 0) journalStore.drop(journalKey);
        setState('saved');
      } catch (err) {
        // Keep the edit: later changes win over it, the journal holds both.
        pending.current = { ...patch, ...pending.current };
        journalStore.put(journalKey, pending.current);
        if (isTransient(err)) {
          setState('retrying');
          const wait = RETRY_MS[Math.min(attempt.current++, RETRY_MS.length - 1)]!;
          timer.current = setTimeout(() => void flush(), wait);
        } else {
          setState('error');
        }
      }
    })().finally(() => (running.current = null));
    await running.current;
    return Object.keys(pending.current).length === 0;
  }, [journalKey]);

  const queue = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...pending.current, ...patch };
      journalStore.put(journalKey, pending.current);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs, journalKey],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onBack = () => {
      attempt.current = 0;
      void flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener(CORE_BACK_EVENT, onBack);
    // A patch restored from the journal goes out again.
    if (Object.keys(pending.current).length > 0) timer.current = setTimeout(() => void flush(), delayMs);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener(CORE_BACK_EVENT, onBack);
      void flush();
    };
  }, [flush, delayMs]);

  return { queue, flush, state, restored };
}
