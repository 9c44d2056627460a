import { useEffect, useState } from 'react';
import { journalStore } from './journal';

/**
 * For a record not created yet (a new client or campaign): the form's draft is kept in the
 * local journal while it differs from the empty form, so a reload or leaving the screen loses
 * nothing; it comes back the next time that form opens. `clear()` once the record is created.
 */
export function useDraftJournal<T>(journalKey: string, initial: () => T) {
  const [start] = useState(() => ({ empty: initial(), saved: journalStore.get<T>(journalKey) }));
  const [draft, setDraft] = useState<T>(() => start.saved ?? start.empty);
  const dirty = JSON.stringify(draft) !== JSON.stringify(start.empty);
  useEffect(() => {
    if (dirty) journalStore.put(journalKey, draft);
    else journalStore.drop(journalKey);
  }, [journalKey, draft, dirty]);
  return {
    draft,
    setDraft,
    dirty,
    restored: start.saved !== null,
    clear: () => journalStore.drop(journalKey),
    discard: () => {
      journalStore.drop(journalKey);
      setDraft(start.empty);
    },
  };
}
