import type { Database } from 'better-sqlite3';
import type { GatheredPost } from './gather';
import { SENDS } from './job';
import { now } from '../services/ids';

/**
 * Moves the exported posts that wait for the client to "sent".
 * TEMPORARY until 9a's statusService is merged: then this calls
 * `statusService(db).transition(id, 'sent', { by: 'export', exportId })`.
 */
export function markSentWith(db: Database) {
  const update = db.prepare<[string, string]>("UPDATE slots SET status = 'sent', updated_at = ? WHERE id = ?");
  return (posts: readonly GatheredPost[], _exportId: string) => {
    for (const p of posts) if (SENDS.includes(p.slot.status)) update.run(now(), p.slot.id);
  };
}
