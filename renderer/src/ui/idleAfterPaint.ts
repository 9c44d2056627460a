/**
 * Runs `fn` when the browser is idle after the next two frames have been drawn (within `timeout` ms
 * of those frames at most); returns a cancel. For background work that follows a change on screen
 * (a month switch: the neighbour months' prefetch, the side panel): FullCalendar draws a new month
 * in two passes, the second in the next frame, and an idle callback asked for right away could run
 * between them and hold back the frame that shows the month (`npm run bench -- calendar`).
 */
export function idleAfterPaint(fn: () => void, timeout: number): () => void {
  let idle = 0;
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      frame = 0;
      idle = requestIdleCallback(fn, { timeout });
    });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle) cancelIdleCallback(idle);
  };
}
