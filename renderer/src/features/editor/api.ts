/** The editor's server state: TanStack Query hooks over its contract methods. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SaveResult, SavedVariant } from '../../../../shared/contract/editor';
import type { Platform } from '../../../../shared/domain/platforms';
import type { Slot } from '../../../../shared/contract/schemas';
import { useApiMutation, useApiQuery } from '../../api/queries';

export const useVariants = (slotId: string) => useApiQuery('variants.list', { slotId });
export const useRevisions = (slotId: string, platform: Platform, enabled: boolean) =>
  useApiQuery('variants.revisions', { slotId, platform }, { enabled });
export const useGlossary = (clientId: string) => useApiQuery('glossary.list', { clientId });
export const useHashtagSets = (clientId: string) => useApiQuery('hashtagSets.list', { clientId });

// Adding or removing a platform changes the slot's icons on the calendar.
export const useSaveVariant = () => useApiMutation('variants.save', ['variants.', 'slots.']);
export const useRemoveVariant = () => useApiMutation('variants.remove', ['variants.', 'slots.']);
export const useRestoreRevision = () => useApiMutation('variants.restore', ['variants.', 'slots.']);
export const useAddGlossaryWord = () => useApiMutation('glossary.add', ['glossary.']);
export const useRemoveGlossaryWord = () => useApiMutation('glossary.remove', ['glossary.']);
export const useSaveHashtagSet = () => useApiMutation('hashtagSets.save', ['hashtagSets.']);
export const useRemoveHashtagSet = () => useApiMutation('hashtagSets.remove', ['hashtagSets.']);

/**
 * After an autosave: the cached variant list gets the saved text (a drawer opened again soon
 * must not show the text from before), and the history refetches if it is open.
 */
export function useVariantSaved() {
  const qc = useQueryClient();
  return useCallback(
    (result: SaveResult) => {
      const { slotId, platform } = result.variant;
      qc.setQueryData<SavedVariant[]>(['variants.list', { slotId }], (old) =>
        old?.map((v) => (v.platform === platform ? result.variant : v)),
      );
      if (result.revision) void qc.invalidateQueries({ queryKey: ['variants.revisions', { slotId, platform }] });
      // An approved post may now differ from what was approved: the drawer's notice follows.
      if (qc.getQueryData<Slot>(['slots.get', { id: slotId }])?.approval) void qc.invalidateQueries({ queryKey: ['slots.get', { id: slotId }] });
    },
    [qc],
  );
}

/** After the drawer closes, the calendar's copy of the slot refetches with the new text. */
export function useSlotsChanged() {
  const qc = useQueryClient();
  return useCallback(
    () => void qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith('slots.') }),
    [qc],
  );
}
