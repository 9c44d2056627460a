import { useSyncExternalStore } from 'react';

/**
 * The renderer's one observable value: lets a small component follow a value (a check result,
 * a save status, a view title) without re-rendering its parent. Setting the same value is a
 * no-op; a new object always notifies.
 */
export function createValueStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type ValueStore<T> = ReturnType<typeof createValueStore<T>>;

/** The store's value, or a primitive picked from it so the component re-renders only when that changes. */
export function useValue<T>(store: ValueStore<T>): T;
export function useValue<T, P extends string | number | boolean | null | undefined>(store: ValueStore<T>, pick: (value: T) => P): P;
export function useValue<T>(store: ValueStore<T>, pick?: (value: T) => unknown): unknown {
  return useSyncExternalStore(store.subscribe, pick ? () => pick(store.get()) : store.get);
}
