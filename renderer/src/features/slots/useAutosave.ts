import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Collects field changes and saves them after a short pause, and at once when the component
 * goes away (drawer closed, window hidden), so no edit is lost.
 */
export function useAutosave<P extends object>(save: (patch: P) => Promise<unknown>, delayMs = 500) {
  const pending = useRef<Partial<P>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return Promise.resolve();
    pending.current = {};
    setState('saving');
    return saveRef.current(patch as P).then(
      () => setState('saved'),
      () => setState('error'),
    );
  }, []);

  const queue = useCallback(
    (patch: Partial<P>) => {
      pending.current = { ...pending.current, ...patch };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [flush]);

  return { queue, flush, state };
}
