import { useEffect, useState } from 'react';

/**
 * `value`, caught up only when the browser is next idle (within a second at most): what follows
 * the calendar, such as its side panel, renders after the calendar has finished drawing the new
 * month — after FullCalendar's second, measured pass too, which a frame-then-task wait could
 * precede (`npm run bench -- calendar`). Unlike `useDeferredValue`, whose render may run before
 * that paint.
 */
export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    const idle = requestIdleCallback(() => setShown(() => value), { timeout: 1000 });
    return () => cancelIdleCallback(idle);
  }, [value]);
  return shown;
}
