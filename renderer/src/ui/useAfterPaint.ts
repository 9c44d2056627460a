import { useEffect, useState } from 'react';

/**
 * `value`, caught up only after the browser has painted the frame that changed it (a frame, then a
 * task): what follows the calendar, such as its side panel, never delays the calendar's own paint.
 * Unlike `useDeferredValue`, whose render may run before that paint.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
