import type { Database } from 'better-sqlite3';
import type { SlotContent } from '../../../shared/review/contentHash';
import { newId, now } from '../services/ids';
import { notFound } from '../services/sql';
import { refreshContentHash, slotContent } from './content';

export type ApprovalSource = 'client' | 'outside';

export interface Approval {
  id: string;
  slotId: string;
  contentHash: string;
  /** The content the approval was given for. */
  snapshot: SlotContent;
  source: ApprovalSource;
  note: string;
  importId: string | null;
  createdAt: string;
}

interface ApprovalRow {
  id: string;
  slot_id: string;
  content_hash: string;
  snapshot: string;
  source: ApprovalSource;
  note: string;
  import_id: string | null;
  created_at: string;
}

const toApproval = (r: ApprovalRow): Approval => ({
  id: r.id,
  slotId: r.slot_id,
  contentHash: r.content_hash,
  snapshot: JSON.parse(r.snapshot) as SlotContent,
  source: r.source,
  note: r.note,
  importId: r.import_id,
  createdAt: r.created_at,
});

/**
 * Approvals bound to content (DESIGN.md §2): each one stores the hash and a snapshot of the content
 * it was given for. The latest one that is not revoked is the post's approval; when the post's
 * hash differs from it, the post is "changed since approval". Recording an approval does not move
 * the status: callers move it with `statusService` in the same transaction.
 */
export function approvalService(db: Database) {
  const q = {
    insert: db.prepare(
      `INSERT INTO slot_approvals (id, slot_id, content_hash, snapshot, source, note, import_id, created_at)
       VALUES (@id, @slotId, @contentHash, @snapshot, @source, @note, @importId, @at)`,
    ),
    latest: db.prepare<[string], ApprovalRow>(
      `SELECT * FROM slot_approvals WHERE slot_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1`,
    ),
    get: db.prepare<[string], ApprovalRow & { revoked_at: string | null }>('SELECT * FROM slot_approvals WHERE id = ?'),
    revoke: db.prepare<[string, string]>('UPDATE slot_approvals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL'),
  };

  return {
    /** Records that the post's current content is approved; returns the approval's id. */
    record: db.transaction(
      (slotId: string, { source, note = '', importId = null }: { source: ApprovalSource; note?: string; importId?: string | null }): string => {
        const snapshot = slotContent(db, slotId);
        const contentHash = refreshContentHash(db, slotId);
        const id = newId();
        q.insert.run({ id, slotId, contentHash, snapshot: JSON.stringify(snapshot), source, note, importId, at: now() });
        return id;
      },
    ),
    /** The post's current approval, or null. */
    latest(slotId: string): Approval | null {
      const row = q.latest.get(slotId);
      return row ? toApproval(row) : null;
    },
    /** Withdraws an approval (undo of an import or of "approved outside the app"). */
    revoke: db.transaction((id: string): void => {
      if (!q.get.get(id)) throw notFound('approval', id);
      q.revoke.run(now(), id);
    }),
  };
}
