import type { Database } from 'better-sqlite3';
import { statusService } from '../approval/status';
import type { GatheredPost } from './gather';

/**
 * Moves the exported posts that now wait for the client to "sent", through the one status
 * machine: drafts, reviews, revisions, approvals whose content changed since, and re-sends
 * of posts already sent. Approved, scheduled and posted posts ride along unchanged.
 */
export function sendingWith(db: Database) {
  const statuses = statusService(db);
  const moves = (slotId: string, exportId: string) => statuses.check(slotId, 'sent', { by: 'export', exportId }) === null;
  return {
    /**
     * The posts as the client will see them: those this export moves already read "sent" in the
     * PDF, the sheet and the page (the move itself happens only when the files are in place).
     */
    asSent(posts: readonly GatheredPost[], exportId: string): GatheredPost[] {
      return posts.map((p) => (p.slot.status !== 'sent' && moves(p.slot.id, exportId) ? { ...p, slot: { ...p.slot, status: 'sent' } } : p));
    },
    mark(posts: readonly GatheredPost[], exportId: string) {
      const via = { by: 'export' as const, exportId };
      for (const p of posts) if (moves(p.slot.id, exportId)) statuses.transition(p.slot.id, 'sent', via);
    },
  };
}
export type Sending = ReturnType<typeof sendingWith>;
