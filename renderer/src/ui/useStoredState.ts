import { useCallback, useState } from 'react';

/** UI state (selected client, toggles) kept across restarts in localStorage; never data. */
export function useStoredState<T>(key: string, initial: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(`rencana.ui.${key}`);
      return raw === null ? initial : (JSON.parse(raw) as T);
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: T) => {
      setValue(v);
      localStorage.setItem(`rencana.ui.${key}`, JSON.stringify(v));
    },
    [key],
  );
  return [value, set];
}
