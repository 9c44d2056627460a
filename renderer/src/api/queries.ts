import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Input, Method, Output } from '../../../shared/contract/methods';
import { api } from './transport';

/** A method's query: its key starts with the method name. Also for prefetching and seeding. */
export const apiQuery = <M extends Method>(method: M, input: Input<M>) => ({
  queryKey: [method, input] as QueryKey,
  queryFn: () => api.call(method, input),
});

/** Server state goes through TanStack Query; keys start with the method name. */
export function useApiQuery<M extends Method>(method: M, input: Input<M>, opts: { enabled?: boolean } = {}) {
  return useQuery({ ...apiQuery(method, input), enabled: opts.enabled });
}

/** A mutation that refreshes the listed method families when it succeeds. */
export function useApiMutation<M extends Method>(method: M, invalidates: string[]) {
  const qc = useQueryClient();
  return useMutation<Output<M>, Error, Input<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: () =>
      Promise.all(
        invalidates.map((prefix) =>
          qc.invalidateQueries({ predicate: (q) => typeof q.queryKey[0] === 'string' && q.queryKey[0].startsWith(prefix) }),
        ),
      ),
  });
}

export const useClients = (includeArchived = false) => useApiQuery('clients.list', { includeArchived });
export const useSettings = () => useApiQuery('settings.get', {});
