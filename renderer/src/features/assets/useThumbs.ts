import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/transport';

/**
 * Thumbnails (data URLs) by asset hash. A hash's thumbnail never changes, so they are cached for
 * the session and shared by the drawer, the calendar's hover card and the previews.
 */
export function useThumbs(hashes: readonly string[], enabled = true): Map<string, string | null> {
  const key = [...hashes].sort();
  const q = useQuery({
    queryKey: ['assets.thumbs', key],
    queryFn: () => api.call('assets.thumbs', { hashes: key }),
    enabled: enabled && key.length > 0,
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
  return new Map((q.data ?? []).map((t) => [t.hash, t.dataUrl]));
}
