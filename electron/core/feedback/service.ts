import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import {
  FEEDBACK_OUTCOMES,
  type ContentView,
  type FeedbackCounts,
  type FeedbackImport,
  type FeedbackItem,
  type FeedbackPreview,
  type FeedbackSource,
} from '../../../shared/contract/feedback';
import type { Feedback } from '../../../shared/review/bundle';
import { sha256Hex, type SlotContent } from '../../../shared/review/contentHash';
import type { Format } from '../../../shared/domain/platforms';
import type { SlotStatus } from '../../../shared/domain/status';
import { toWallTime } from '../../../shared/domain/time';
import { approvalService } from '../approval/approvals';
import { commentService } from '../approval/comments';
import { slotContent } from '../approval/content';
import { statusService } from '../approval/status';
import { exportRecords, type ExportedPost, type ExportRecord } from '../exports/records';
import { newId, now } from '../services/ids';
import { notFound } from '../services/sql';
import { rejected } from './errors';

/**
 * Matching a client's feedback against what was sent, and applying it (DESIGN.md §7):
 * - the feedback must name a bundle this app exported, for that bundle's client, with exactly
 *   the posts and content hashes sent — anything else refuses it whole, nothing written;
 * - a post edited since the bundle is a conflict: shown side by side, never overwritten;
 * - an approval counts only while the post's content hash is still the one the client saw;
 * - one transaction per import, recorded with what undo needs.
 */

interface SlotRow {
  id: string;
  status: SlotStatus;
  topic: string;
  timezone: string;
  content_hash: string;
}
interface ImportRow {
  id: string;
  export_id: string;
  client_id: string;
  source: FeedbackSource;
  file_name: string;
  fingerprint: string;
  reviewer: string;
  note: string;
  submitted_at: string;
  counts: string;
  undo: string;
  created_at: string;
  undone_at: string | null;
}
interface UndoRecord {
  moves: string[];
  approvals: string[];
  comments: string[];
}

const TARGET = { approve: 'approved', changes: 'changes_requested' } as const satisfies Record<string, SlotStatus>;

const toImport = (r: ImportRow): FeedbackImport => ({
  id: r.id,
  bundleId: r.export_id,
  clientId: r.client_id,
  source: r.source,
  fileName: r.file_name,
  reviewer: r.reviewer,
  note: r.note,
  submittedAt: r.submitted_at,
  counts: JSON.parse(r.counts) as FeedbackCounts,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
});

/** The same answer gives the same bytes: zod's output keeps the schema's key order. */
export const fingerprintOf = (f: Feedback) => sha256Hex(JSON.stringify(f));

function view(c: SlotContent, zone: string): ContentView {
  const w = toWallTime(c.startsAt, zone);
  return {
    startsAt: c.startsAt,
    localDate: w.date,
    localTime: w.time,
    format: c.format as Format,
    topic: c.topic,
    visualBrief: c.visualBrief,
    link: c.link,
    variants: c.variants.map((v) => ({ platform: v.platform, plain: v.plain })),
    assetCount: c.assetHashes.length,
  };
}

function countsOf(items: readonly FeedbackItem[]): FeedbackCounts {
  const counts = Object.fromEntries(FEEDBACK_OUTCOMES.map((o) => [o, 0])) as FeedbackCounts;
  for (const i of items) counts[i.outcome]++;
  return counts;
}

export function feedbackService(db: Database) {
  const records = exportRecords(db);
  const status = statusService(db);
  const approvals = approvalService(db);
  const comments = commentService(db);
  const q = {
    slot: db.prepare<[string], SlotRow>('SELECT id, status, topic, timezone, content_hash FROM slots WHERE id = ? AND deleted_at IS NULL'),
    clientName: db.prepare<[string], string>('SELECT name FROM clients WHERE id = ?').pluck(),
    applied: db.prepare<[string], { id: string; created_at: string }>(
      'SELECT id, created_at FROM feedback_imports WHERE fingerprint = ? AND undone_at IS NULL ORDER BY created_at DESC LIMIT 1',
    ),
    insertImport: db.prepare(
      `INSERT INTO feedback_imports (id, export_id, client_id, source, file_name, fingerprint, reviewer, note, submitted_at, counts, undo, created_at)
       VALUES (@id, @exportId, @clientId, @source, @fileName, @fingerprint, @reviewer, @note, @submittedAt, @counts, @undo, @createdAt)`,
    ),
    setUndo: db.prepare<[string, string, string]>('UPDATE feedback_imports SET undo = ?, counts = ? WHERE id = ?'),
    insertDecision: db.prepare(
      `INSERT INTO feedback_decisions (import_id, slot_id, decision, comment, content_hash, outcome, reason)
       VALUES (@importId, @slotId, @decision, @comment, @contentHash, @outcome, @reason)`,
    ),
    get: db.prepare<[string], ImportRow>('SELECT * FROM feedback_imports WHERE id = ?'),
    undone: db.prepare<[string, string]>('UPDATE feedback_imports SET undone_at = ? WHERE id = ?'),
    list: db.prepare<[], ImportRow>('SELECT * FROM feedback_imports ORDER BY created_at DESC, rowid DESC'),
    listBundle: db.prepare<[string], ImportRow>('SELECT * FROM feedback_imports WHERE export_id = ? ORDER BY created_at DESC, rowid DESC'),
  };

  /** The bundle's client, for the XLSX reader (the sheet names the bundle, not the client). */
  function clientOfBundle(bundleId: string): string | null {
    return records.get(bundleId)?.clientId ?? null;
  }

  /** Checks the feedback against the bundle record, then says per post what applying would do. */
  function plan(feedback: Feedback): { record: ExportRecord; items: FeedbackItem[] } {
    const record = records.get(feedback.bundleId);
    if (!record) throw rejected('unknown_bundle', { bundleId: feedback.bundleId });
    if (record.clientId !== feedback.clientId) throw rejected('other_client', { bundleId: feedback.bundleId });
    const sent = new Map<string, ExportedPost>(records.posts(record.bundleId).map((p) => [p.slotId, p]));
    const decisions = new Map<string, Feedback['decisions'][number]>();
    for (const d of feedback.decisions) {
      const post = sent.get(d.postId);
      if (!post) throw rejected('unknown_post', { postId: d.postId });
      if (decisions.has(d.postId)) throw rejected('malformed', { field: `decisions.${d.postId}` });
      if (d.contentHash !== post.contentHash) throw rejected('hash_mismatch', { no: post.no });
      decisions.set(d.postId, d);
    }

    const items = [...sent.values()].map((post): FeedbackItem => {
      const d = decisions.get(post.slotId) ?? { decision: null, comment: '' };
      const slot = q.slot.get(post.slotId);
      const base = {
        postId: post.slotId,
        no: post.no,
        topic: slot?.topic ?? post.snapshot.topic,
        decision: d.decision,
        comment: d.comment,
        reason: null,
        status: slot?.status ?? null,
        sent: null,
        now: null,
      };
      if (!slot) return { ...base, outcome: 'missing' };
      if (slot.content_hash !== post.contentHash) {
        return { ...base, outcome: 'conflict', sent: view(post.snapshot, slot.timezone), now: view(slotContent(db, slot.id), slot.timezone) };
      }
      if (!d.decision) return { ...base, outcome: d.comment.trim() ? 'comment' : 'unchanged' };
      const target = TARGET[d.decision];
      if (slot.status === target) {
        const approvedNow = d.decision === 'approve' && approvals.latest(slot.id)?.contentHash === slot.content_hash;
        return { ...base, outcome: approvedNow ? (d.comment.trim() ? 'comment' : 'unchanged') : d.decision };
      }
      const reason = status.check(slot.id, target, { by: 'client', importId: 'preview' });
      return reason ? { ...base, outcome: 'skipped', reason } : { ...base, outcome: d.decision };
    });
    return { record, items };
  }

  function alreadyImported(feedback: Feedback) {
    const row = q.applied.get(fingerprintOf(feedback));
    return row ? { importId: row.id, at: row.created_at } : null;
  }

  return {
    clientOfBundle,

    preview(feedback: Feedback, source: FeedbackSource, fileName: string): FeedbackPreview {
      const { record, items } = plan(feedback);
      return {
        source,
        fileName,
        bundle: {
          bundleId: record.bundleId,
          version: record.version,
          clientId: record.clientId,
          clientName: (q.clientName.get(record.clientId) as string | undefined) ?? '',
          from: record.from,
          to: record.to,
          exportedAt: record.createdAt,
        },
        feedback,
        counts: countsOf(items),
        items,
        alreadyImported: alreadyImported(feedback),
      };
    },

    /** One transaction: statuses, approvals, comments and the import record, or nothing. */
    apply: db.transaction((feedback: Feedback, source: FeedbackSource, fileName: string): FeedbackImport & { items: FeedbackItem[] } => {
      const done = alreadyImported(feedback);
      if (done) throw rejected('already_imported', { importId: done.importId, at: done.at });
      const { record, items } = plan(feedback);
      const id = newId();
      const undo: UndoRecord = { moves: [], approvals: [], comments: [] };
      const counts = countsOf(items);
      q.insertImport.run({
        id,
        exportId: record.bundleId,
        clientId: record.clientId,
        source,
        fileName,
        fingerprint: fingerprintOf(feedback),
        reviewer: feedback.reviewer,
        note: feedback.note,
        submittedAt: feedback.submittedAt,
        counts: JSON.stringify(counts),
        undo: JSON.stringify(undo),
        createdAt: now(),
      });
      for (const item of items) {
        const slot = item.outcome === 'missing' ? null : q.slot.get(item.postId);
        if (slot && item.comment.trim()) {
          undo.comments.push(comments.add({ slotId: slot.id, author: 'client', authorName: feedback.reviewer, text: item.comment, importId: id }));
        }
        if (slot && (item.outcome === 'approve' || item.outcome === 'changes')) {
          const target = TARGET[item.outcome];
          if (slot.status !== target) undo.moves.push(status.transition(slot.id, target, { by: 'client', importId: id }).logId);
          if (item.outcome === 'approve') undo.approvals.push(approvals.record(slot.id, { source: 'client', importId: id }));
        }
        q.insertDecision.run({
          importId: id,
          slotId: item.postId,
          decision: item.decision,
          comment: item.comment,
          contentHash: feedback.decisions.find((d) => d.postId === item.postId)?.contentHash ?? '',
          outcome: item.outcome,
          reason: item.reason,
        });
      }
      q.setUndo.run(JSON.stringify(undo), JSON.stringify(counts), id);
      return { ...toImport(q.get.get(id)!), items };
    }),

    /** Undo in one click: moves reverted (unless the post moved on since), approvals revoked, comments removed. */
    undo: db.transaction((importId: string): { import: FeedbackImport; kept: Array<{ postId: string; status: SlotStatus }> } => {
      const row = q.get.get(importId);
      if (!row) throw notFound('feedback import', importId);
      if (row.undone_at) return { import: toImport(row), kept: [] };
      const undo = JSON.parse(row.undo) as UndoRecord;
      const kept: Array<{ postId: string; status: SlotStatus }> = [];
      for (const logId of [...undo.moves].reverse()) {
        try {
          status.revert(logId);
        } catch (err) {
          if (!(err instanceof AppError) || err.code !== 'refused') throw err;
          const entry = db.prepare<[string], { slot_id: string }>('SELECT slot_id FROM slot_status_log WHERE id = ?').get(logId)!;
          kept.push({ postId: entry.slot_id, status: q.slot.get(entry.slot_id)?.status ?? 'draft' });
        }
      }
      for (const a of undo.approvals) approvals.revoke(a);
      for (const c of undo.comments) comments.remove(c);
      q.undone.run(now(), importId);
      return { import: toImport(q.get.get(importId)!), kept };
    }),

    list(bundleId?: string): FeedbackImport[] {
      return (bundleId ? q.listBundle.all(bundleId) : q.list.all()).map(toImport);
    },
  };
}
