import { describe, expect, it } from 'vitest';
import { statusService } from '../../../electron/core/approval/status';
import { approvalService } from '../../../electron/core/approval/approvals';
import { refusal, userMoves, exportSends } from '../../../shared/domain/status';
import { AppError } from '../../../shared/contract/errors';
import { approvalFixture } from './fixture';

function refusedReason(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('refused');
    return (err as AppError).details;
  }
  throw new Error('expected a refusal');
}

describe('status machine (shared)', () => {
  const facts = { hasPostUrl: false, changedSinceApproval: false };
  it('lets only a client decision or an outside approval with a note approve', () => {
    expect(refusal('sent', 'approved', 'user', facts)).toBe('approval_needs_client');
    expect(refusal('sent', 'approved', 'client', facts)).toBeNull();
    expect(refusal('sent', 'approved', 'outside', { ...facts, note: '  ' })).toBe('needs_note');
    expect(refusal('sent', 'approved', 'outside', { ...facts, note: 'OK di WA' })).toBeNull();
    expect(userMoves('sent')).not.toContain('approved');
  });
  it('needs a URL for posted and re-sends an approved post only when it changed', () => {
    expect(refusal('scheduled', 'posted', 'user', facts)).toBe('needs_post_url');
    expect(refusal('scheduled', 'posted', 'user', { ...facts, hasPostUrl: true })).toBeNull();
    expect(exportSends('approved', false)).toBe(false);
    expect(exportSends('approved', true)).toBe(true);
    expect(exportSends('draft', false)).toBe(true);
    expect(exportSends('changes_requested', false)).toBe(true);
    expect(exportSends('scheduled', true)).toBe(false);
    expect(exportSends('idea', false)).toBe(false);
  });
});

describe('statusService', () => {
  it('moves a post, logs every move with who made it, and undoes a move', () => {
    const { db, newSlot } = approvalFixture();
    const status = statusService(db);
    const s = newSlot();
    const a = status.transition(s.id, 'in_review', { by: 'user' });
    expect(a).toMatchObject({ from: 'draft', to: 'in_review' });
    const b = status.transition(s.id, 'sent', { by: 'export', exportId: 'bundle-1' });
    status.transition(s.id, 'approved', { by: 'client', importId: 'import-1' });
    expect(status.history(s.id).map((e) => [e.from, e.to, e.via, e.refId])).toEqual([
      ['draft', 'in_review', 'user', null],
      ['in_review', 'sent', 'export', 'bundle-1'],
      ['sent', 'approved', 'client', 'import-1'],
    ]);
    // The approval's move can be undone only while nothing moved after it.
    expect(refusedReason(() => status.revert(b.logId))).toEqual({ from: 'approved', to: 'in_review', reason: 'moved_since' });
    const last = status.history(s.id).at(-1)!;
    expect(status.revert(last.id)).toMatchObject({ from: 'approved', to: 'sent' });
    expect(db.prepare('SELECT status FROM slots WHERE id = ?').pluck().get(s.id)).toBe('sent');
    expect(status.history(s.id).at(-1)).toMatchObject({ via: 'undo', refId: last.id });
  });

  it('refuses a hand-made approval and leaves the post and the log as they were', () => {
    const { db, newSlot } = approvalFixture();
    const status = statusService(db);
    const s = newSlot();
    status.transition(s.id, 'sent', { by: 'user' });
    expect(refusedReason(() => status.transition(s.id, 'approved', { by: 'user' }))).toEqual({
      from: 'sent',
      to: 'approved',
      reason: 'approval_needs_client',
    });
    expect(refusedReason(() => status.transition(s.id, 'approved', { by: 'outside', note: '' }))).toMatchObject({ reason: 'needs_note' });
    expect(db.prepare('SELECT status FROM slots WHERE id = ?').pluck().get(s.id)).toBe('sent');
    expect(status.history(s.id)).toHaveLength(1);
    const ok = status.transition(s.id, 'approved', { by: 'outside', note: ' OK via WhatsApp ' });
    expect(status.history(s.id).at(-1)).toMatchObject({ id: ok.logId, via: 'outside', note: 'OK via WhatsApp' });
  });

  it('marks a post posted only with its URL', () => {
    const { db, newSlot, slots } = approvalFixture();
    const status = statusService(db);
    const s = newSlot();
    status.transition(s.id, 'approved', { by: 'outside', note: 'ok' });
    status.transition(s.id, 'scheduled', { by: 'user' });
    expect(refusedReason(() => status.transition(s.id, 'posted', { by: 'user' }))).toMatchObject({ reason: 'needs_post_url' });
    // Through slots.update, the URL given with the move is enough.
    const posted = slots.update({ id: s.id, patch: { status: 'posted', postUrl: 'https://instagram.com/p/abc' } });
    expect(posted.status).toBe('posted');
  });

  it('lets an export re-send an approved post only after its content changed', () => {
    const { db, newSlot, variants } = approvalFixture();
    const status = statusService(db);
    const approvals = approvalService(db);
    const s = newSlot();
    status.transition(s.id, 'sent', { by: 'export', exportId: 'e1' });
    approvals.record(s.id, { source: 'client', importId: 'i1' });
    status.transition(s.id, 'approved', { by: 'client', importId: 'i1' });
    expect(status.check(s.id, 'sent', { by: 'export', exportId: 'e2' })).toBe('approved_unchanged');
    variants.save({ slotId: s.id, platform: 'instagram', doc: null, plain: 'Diskon 12.12' }, { author: 'me' });
    expect(status.check(s.id, 'sent', { by: 'export', exportId: 'e2' })).toBeNull();
    expect(status.transition(s.id, 'sent', { by: 'export', exportId: 'e2' })).toMatchObject({ from: 'approved', to: 'sent' });
  });

  it('slots.update moves the status only through the machine', () => {
    const { db, newSlot, slots } = approvalFixture();
    const s = newSlot({ topic: 'before' });
    expect(refusedReason(() => slots.update({ id: s.id, patch: { status: 'approved', topic: 'after' } }))).toMatchObject({
      reason: 'approval_needs_client',
    });
    // One transaction: the topic in the refused patch was not saved either.
    expect(slots.load(s.id)).toMatchObject({ status: 'draft', topic: 'before' });
    expect(statusService(db).history(s.id)).toEqual([]);
  });
});
