import { useSyncExternalStore } from 'react';
import type { CopyCheck, SpellMark } from './checkPlugin';

export interface CheckSnapshot {
  check: CopyCheck;
  spelling: readonly SpellMark[];
}

/**
 * The latest check of one variant's editor, for the parts of the UI that show it (counter,
 * issues, preview, tab badge). Each subscribes on its own, so a keystroke re-renders those
 * and not the editor or the drawer around them.
 */
export class CheckStore {
  private snap: CheckSnapshot | null = null;
  private listeners = new Set<() => void>();

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  };
  get = () => this.snap;
  set(snap: CheckSnapshot) {
    this.snap = snap;
    for (const fn of this.listeners) fn();
  }
}

export function useCheck(store: CheckStore): CheckSnapshot | null {
  return useSyncExternalStore(store.subscribe, store.get);
}

/** A derived primitive, so the component re-renders only when it changes. */
export function useCheckValue<T extends string | number | boolean | null>(store: CheckStore, pick: (s: CheckSnapshot | null) => T): T {
  return useSyncExternalStore(store.subscribe, () => pick(store.get()));
}
