import type { QueryClient } from '@tanstack/react-query';
import type { Slot } from '../../../../shared/contract/schemas';
import { apiQuery } from '../../api/queries';

/**
 * Before a post's drawer opens from a list that already holds the post (calendar, EP table): its
 * `slots.get` starts from the listed post, so the drawer draws at once instead of after a round
 * trip, and its copy is asked for in the same moment rather than after the drawer has drawn.
 * The drawer's own queries still refetch what is stale.
 */
export function primeSlot(qc: QueryClient, slot: Slot) {
  const { queryKey } = apiQuery('slots.get', { id: slot.id });
  if (qc.getQueryData(queryKey) === undefined) qc.setQueryData(queryKey, slot);
  void qc.prefetchQuery(apiQuery('variants.list', { slotId: slot.id }));
}
