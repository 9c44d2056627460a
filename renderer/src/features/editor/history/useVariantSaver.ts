import type { Editor } from '@tiptap/react';
import { useEffect, useState, type RefObject } from 'react';
import type { SaveResult, SavedVariant } from '../../../../../shared/contract/editor';
import { api } from '../../../api/transport';
import { useSlotsChanged, useVariantSaved } from '../api';
import { currentCheck } from '../checks/checkPlugin';
import { VariantSaver, type Snapshot } from './autosave';

/**
 * The autosave of one variant for as long as its editor is open: journaled on every change and
 * whenever the window hides or closes, retried when the core comes back, saved one last time on close.
 * `replay` sends text a closed window journaled and never saved.
 */
export function useVariantSaver(editorRef: RefObject<Editor | null>, variant: SavedVariant, replay: boolean): VariantSaver {
  const variantSaved = useVariantSaved();
  const slotsChanged = useSlotsChanged();
  const [saver] = useState(
    () =>
      new VariantSaver(
        variant.slotId,
        variant.platform,
        () => ({ doc: editorRef.current!.getJSON() as Snapshot['doc'], plain: currentCheck(editorRef.current!.state).plain.text }),
        (input) => api.call('variants.save', input),
        (result: SaveResult) => variantSaved(result),
        variant.updatedAt,
      ),
  );

  useEffect(() => {
    saver.open();
    const journalNow = () => saver.journalNow();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        saver.journalNow();
        void saver.flush();
      }
    };
    // The core is back after a crash or restart: the save waiting in its backoff goes now.
    const onCoreBack = () => void saver.retryNow();
    window.addEventListener('rencana:core-back', onCoreBack);
    window.addEventListener('pagehide', journalNow);
    window.addEventListener('beforeunload', journalNow);
    document.addEventListener('visibilitychange', onVisibility);
    if (replay) saver.changed();
    return () => {
      window.removeEventListener('pagehide', journalNow);
      window.removeEventListener('beforeunload', journalNow);
      window.removeEventListener('rencana:core-back', onCoreBack);
      document.removeEventListener('visibilitychange', onVisibility);
      // The drawer closed: last save, then the calendar's copy of the slot refreshes.
      void saver.close().then(slotsChanged);
    };
  }, [saver, replay, slotsChanged]);

  return saver;
}
