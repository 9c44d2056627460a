import { useEffect, useState } from 'react';
import { idleAfterPaint } from './idleAfterPaint';

/**
 * `value`, caught up only once the change has been drawn and the browser is idle (`idleAfterPaint`):
 * what follows the calendar, such as its side panel, renders after the calendar has finished
 * drawing the new month. Unlike `useDeferredValue`, whose render may run before that paint.
 */
export function useIdleValue<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    return idleAfterPaint(() => setShown(() => value), 1000);
  }, [value]);
  return shown;
}
