import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { refusal, type RefusalReason, type SlotStatus } from '../../../shared/domain/status';
import { newId, now } from '../services/ids';
import { notFound } from '../services/sql';

/** Who moves the post, and the record that goes with it (shared/domain/status STATUS_ACTORS). */
export type StatusVia =
  | { by: 'user' }
  | { by: 'export'; exportId: string }
  | { by: 'client'; importId: string }
  | { by: 'outside'; note: string };

/** What undo needs: the log entry and the two ends of the move. */
export interface StatusMove {
  logId: string;
  slotId: string;
  from: SlotStatus;
  to: SlotStatus;
}

export interface StatusLogEntry {
  id: string;
  slotId: string;
  from: SlotStatus;
  to: SlotStatus;
  via: StatusVia['by'] | 'undo';
  note: string;
  refId: string | null;
  createdAt: string;
}

interface LogRow {
  id: string;
  slot_id: string;
  from_status: SlotStatus;
  to_status: SlotStatus;
  via: StatusLogEntry['via'];
  note: string;
  ref_id: string | null;
  created_at: string;
}
const toEntry = (r: LogRow): StatusLogEntry => ({
  id: r.id,
  slotId: r.slot_id,
  from: r.from_status,
  to: r.to_status,
  via: r.via,
  note: r.note,
  refId: r.ref_id,
  createdAt: r.created_at,
});

export function refusedError(from: SlotStatus, to: SlotStatus, reason: RefusalReason): AppError {
  return new AppError('refused', `A post cannot go from ${from} to ${to} (${reason})`, { details: { from, to, reason } });
}

const refOf = (via: StatusVia): string | null =>
  via.by === 'export' ? via.exportId : via.by === 'client' ? via.importId : null;

/**
 * The one way a post's status changes: checks the machine of shared/domain/status.ts against the
 * post's facts (its URL, whether it changed since approval), writes the status and logs the move.
 */
export function statusService(db: Database) {
  const q = {
    slot: db.prepare<[string], { status: SlotStatus; post_url: string; content_hash: string }>(
      'SELECT status, post_url, content_hash FROM slots WHERE id = ? AND deleted_at IS NULL',
    ),
    approvedHash: db
      .prepare<[string], string>(
        'SELECT content_hash FROM slot_approvals WHERE slot_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1',
      )
      .pluck(),
    setStatus: db.prepare<[string, string, string]>('UPDATE slots SET status = ?, updated_at = ? WHERE id = ?'),
    log: db.prepare(
      `INSERT INTO slot_status_log (id, slot_id, from_status, to_status, via, note, ref_id, created_at)
       VALUES (@id, @slotId, @from, @to, @via, @note, @refId, @at)`,
    ),
    entry: db.prepare<[string], LogRow>('SELECT * FROM slot_status_log WHERE id = ?'),
    history: db.prepare<[string], LogRow>('SELECT * FROM slot_status_log WHERE slot_id = ? ORDER BY created_at, rowid'),
  };

  function current(slotId: string) {
    const row = q.slot.get(slotId);
    if (!row) throw notFound('slot', slotId);
    return row;
  }

  function write(slotId: string, from: SlotStatus, to: SlotStatus, via: StatusLogEntry['via'], note: string, refId: string | null): StatusMove {
    const at = now();
    const id = newId();
    q.setStatus.run(to, at, slotId);
    q.log.run({ id, slotId, from, to, via, note, refId, at });
    return { logId: id, slotId, from, to };
  }

  /** null when the move is allowed now, else why not. */
  function check(slotId: string, to: SlotStatus, via: StatusVia): RefusalReason | null {
    const row = current(slotId);
    const approved = q.approvedHash.get(slotId) as string | undefined;
    return refusal(row.status, to, via.by, {
      hasPostUrl: row.post_url !== '',
      changedSinceApproval: approved !== undefined && approved !== row.content_hash,
      note: via.by === 'outside' ? via.note : undefined,
    });
  }

  return {
    check,
    /** Moves the post or throws `refused` with `{ from, to, reason }`; nothing is written then. */
    transition: db.transaction((slotId: string, to: SlotStatus, via: StatusVia): StatusMove => {
      const from = current(slotId).status;
      const reason = check(slotId, to, via);
      if (reason) throw refusedError(from, to, reason);
      return write(slotId, from, to, via.by, via.by === 'outside' ? via.note.trim() : '', refOf(via));
    }),
    /**
     * Undoes a logged move: back to where it came from, if the post has not moved on since.
     * Undo is not a new decision, so the machine is not consulted; the step is logged as 'undo'.
     */
    revert: db.transaction((logId: string): StatusMove => {
      const entry = q.entry.get(logId);
      if (!entry) throw notFound('status move', logId);
      const now = current(entry.slot_id).status;
      if (now !== entry.to_status) throw refusedError(now, entry.from_status, 'moved_since');
      return write(entry.slot_id, now, entry.from_status, 'undo', '', logId);
    }),
    /**
     * Puts a post back to the status it had before a batch (the EP table's undo): like `revert`,
     * not a new decision, so the machine is not consulted; logged as 'undo' with the batch's id.
     */
    restoreTo: db.transaction((slotId: string, to: SlotStatus, refId: string): StatusMove | null => {
      const from = current(slotId).status;
      return from === to ? null : write(slotId, from, to, 'undo', '', refId);
    }),
    /** Every move of the post, oldest first. */
    history(slotId: string): StatusLogEntry[] {
      return q.history.all(slotId).map(toEntry);
    },
  };
}
