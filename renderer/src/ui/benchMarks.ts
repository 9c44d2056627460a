/**
 * User Timing for `npm run bench`, recorded only when the bench asked for it (it sets
 * `window.__rcBench` before the page loads): a user's session never accumulates marks.
 */
export const benching = (): boolean => '__rcBench' in window;

export function benchMark(name: string, detail?: unknown) {
  if (benching()) performance.mark(name, detail === undefined ? undefined : { detail });
}
