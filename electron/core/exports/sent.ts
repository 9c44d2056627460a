import type { Database } from 'better-sqlite3';
import { statusService } from '../approval/status';
import type { GatheredPost } from './gather';

/**
 * Moves the exported posts that now wait for the client to "sent", through the one status
 * machine: drafts, reviews, revisions, approvals whose content changed since, and re-sends
 * of posts already sent. Approved, scheduled and posted posts ride along unchanged.
 */
export function markSentWith(db: Database) {
  const statuses = statusService(db);
  return (posts: readonly GatheredPost[], exportId: string) => {
    const via = { by: 'export' as const, exportId };
    for (const p of posts) if (statuses.check(p.slot.id, 'sent', via) === null) statuses.transition(p.slot.id, 'sent', via);
  };
}
