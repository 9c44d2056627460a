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

/** Keeps a UI value for the next start without re-rendering anything (the calendar's period). */
export function writeStored<T>(key: string, value: T) {
  localStorage.setItem(storageKey(key), JSON.stringify(value));
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
