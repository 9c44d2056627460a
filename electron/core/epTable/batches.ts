import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { BATCH_KINDS } from '../../../shared/contract/epTable';
import type { SlotStatus } from '../../../shared/domain/status';
import { statusService } from '../approval/status';
import { notFound } from '../services/sql';
import { newId, now } from '../services/ids';

export type BatchKind = (typeof BATCH_KINDS)[number];

/** The fields a bulk action may change, as they were before it. */
export interface SlotBefore {
  id: string;
  startsAt: string;
  status: SlotStatus;
  campaignId: string | null;
  pillar: string;
  pic: string;
}

export interface BatchPayload {
  created: string[];
  deleted: string[];
  updated: SlotBefore[];
}

interface BatchRow {
  id: string;
  kind: BatchKind;
  payload: string;
  undone_at: string | null;
}

/**
 * Undo records of the EP table (migration 009). Undo puts back exactly what a batch changed:
 * it is a restore of the earlier state, not a new edit, so it writes the fields directly; a status
 * goes back through the status service's `restoreTo`, which logs the step as an undo (even where the
 * machine would not let a user make that move by hand).
 */
export function batchService(db: Database) {
  const status = statusService(db);
  const q = {
    insert: db.prepare('INSERT INTO ep_batches (id, kind, client_id, label, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    get: db.prepare<[string], BatchRow>('SELECT id, kind, payload, undone_at FROM ep_batches WHERE id = ?'),
    markUndone: db.prepare<[string, string]>('UPDATE ep_batches SET undone_at = ? WHERE id = ?'),
    softDelete: db.prepare<[string, string, string]>('UPDATE slots SET deleted_at = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL'),
    undelete: db.prepare<[string, string]>('UPDATE slots SET deleted_at = NULL, updated_at = ? WHERE id = ?'),
    restore: db.prepare(
      `UPDATE slots SET starts_at = @startsAt, campaign_id = @campaignId, pillar = @pillar, pic = @pic, updated_at = @ts
       WHERE id = @id AND deleted_at IS NULL`,
    ),
  };

  return {
    record(kind: BatchKind, clientId: string | null, label: string, payload: BatchPayload): string {
      const id = newId();
      q.insert.run(id, kind, clientId, label.slice(0, 300), JSON.stringify(payload), now());
      return id;
    },
    /** Takes a batch back in one transaction; a batch is undone once. */
    undo: db.transaction((id: string, expect?: BatchKind): { kind: BatchKind; restored: number } => {
      const row = q.get.get(id);
      if (!row || (expect && row.kind !== expect)) throw notFound(expect === 'import' ? 'import' : 'batch', id);
      if (row.undone_at) throw new AppError('conflict', 'Already undone', { details: { reason: 'already_undone' } });
      const p = JSON.parse(row.payload) as BatchPayload;
      const ts = now();
      let restored = 0;
      for (const sid of p.created) restored += q.softDelete.run(ts, ts, sid).changes;
      for (const sid of p.deleted) restored += q.undelete.run(ts, sid).changes;
      for (const { status: was, ...b } of p.updated) {
        const changes = q.restore.run({ ...b, ts }).changes;
        if (changes > 0) status.restoreTo(b.id, was, id);
        restored += changes;
      }
      q.markUndone.run(ts, id);
      return { kind: row.kind, restored };
    }),
  };
}
export type BatchService = ReturnType<typeof batchService>;
