import { useCallback, useState } from 'react';

const storageKey = (key: string) => `rencana.ui.${key}`;

/** A stored UI value, or `initial` when there is none or it cannot be read. */
export function readStored<T>(key: string, initial: T): T {
  try {
    const raw = localStorage.getItem(storageKey(key));
    return raw === null ? initial : (JSON.parse(raw) as T);
  } catch {
    return initial;
  }
}

/** What this window last wrote per key: the same value again is not written. */
const written = new Map<string, string>();
// Another window (a second tab of `npm run web`) may have written since: forget what we wrote.
globalThis.addEventListener?.('storage', () => written.clear());

/**
 * Keeps a UI value for the next start without re-rendering anything (the calendar's period).
 * `localStorage.setItem` is synchronous and was a millisecond of every month switch, which
 * reported the same view again: a value already written is skipped.
 */
export function writeStored<T>(key: string, value: T) {
  const raw = JSON.stringify(value);
  if (written.get(key) === raw) return;
  localStorage.setItem(storageKey(key), raw);
  written.set(key, raw);
}

/** UI state (selected client, toggles) kept across restarts in localStorage; never data. */
export function useStoredState<T>(key: string, initial: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, initial));
  const set = useCallback(
    (v: T) => {
      setValue(v);
      writeStored(key, v);
    },
    [key],
  );
  return [value, set];
}
