import { createValueStore, useValue, type ValueStore } from '../../../ui/valueStore';
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
export type CheckStore = ValueStore<CheckSnapshot | null>;
export const createCheckStore = (): CheckStore => createValueStore<CheckSnapshot | null>(null);

export const useCheck = (store: CheckStore): CheckSnapshot | null => useValue(store);
