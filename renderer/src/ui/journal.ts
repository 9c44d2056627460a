/**
 * The local journal of edits not yet acknowledged by the core, in localStorage: written
 * synchronously, so a reload, a crash or a closed window keeps them. One entry per form.
 */
const PREFIX = 'rencana.formDraft.';

export const journalStore = {
  get<T>(key: string): T | null {
    try {
      const raw = localStorage.getItem(PREFIX + key);
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  },
  put(key: string, value: unknown) {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    } catch {
      // Storage full or unavailable: the save to the core still goes out.
    }
  },
  drop(key: string) {
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing to drop.
    }
  },
};
