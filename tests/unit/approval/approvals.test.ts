import { describe, expect, it } from 'vitest';
import { approvalService } from '../../../electron/core/approval/approvals';
import { commentService } from '../../../electron/core/approval/comments';
import { refreshContentHash, slotContent, storedContentHash } from '../../../electron/core/approval/content';
import { slotContentHash } from '../../../shared/review/contentHash';
import { openDatabase } from '../../../electron/core/db/open';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { approvalFixture } from './fixture';
import { tempDir } from '../core/helpers';

describe('content hash', () => {
  it('follows every content write and ignores bookkeeping fields', () => {
    const { db, newSlot, slots, variants } = approvalFixture();
    const s = newSlot();
    const h0 = storedContentHash(db, s.id);
    expect(h0).toBe(slotContentHash(slotContent(db, s.id)));
    slots.update({ id: s.id, patch: { pic: 'Rina', pillar: 'promo' } });
    expect(storedContentHash(db, s.id)).toBe(h0);
    slots.update({ id: s.id, patch: { topic: 'Harbolnas 12.12' } });
    const h1 = storedContentHash(db, s.id);
    expect(h1).not.toBe(h0);
    variants.save({ slotId: s.id, platform: 'x', doc: null, plain: 'Promo' }, { author: 'me' });
    const h2 = storedContentHash(db, s.id);
    expect(h2).not.toBe(h1);
    variants.remove({ slotId: s.id, platform: 'x' });
    expect(storedContentHash(db, s.id)).toBe(h1);
    expect(refreshContentHash(db, s.id)).toBe(h1);
  });

  it('migration 006 hashes existing posts and keeps the approval of approved ones', () => {
    const dir = tempDir();
    const first = openDatabase({ dataDir: dir, migrations: MIGRATIONS.filter((m) => m.version < 6) });
    const at = '2026-11-01T00:00:00.000Z';
    first.db.prepare("INSERT INTO clients (id, name, color, created_at, updated_at) VALUES ('c', 'K', '#000000', ?, ?)").run(at, at);
    const ins = first.db.prepare(
      "INSERT INTO slots (id, client_id, starts_at, timezone, topic, status, created_at, updated_at) VALUES (?, 'c', ?, 'Asia/Jakarta', 'T', ?, ?, ?)",
    );
    ins.run('a', '2026-12-01T12:00:00.000Z', 'approved', at, at);
    ins.run('d', '2026-12-02T12:00:00.000Z', 'draft', at, at);
    first.db.prepare("INSERT INTO slot_variants (slot_id, platform, plain, updated_at) VALUES ('a', 'instagram', 'Halo', ?)").run(at);
    first.db.close();

    const { db } = openDatabase({ dataDir: dir });
    try {
      for (const id of ['a', 'd']) expect(storedContentHash(db, id)).toBe(slotContentHash(slotContent(db, id)));
      const approvals = approvalService(db);
      expect(approvals.latest('a')).toMatchObject({ source: 'outside', contentHash: storedContentHash(db, 'a') });
      expect(approvals.latest('a')!.snapshot.variants).toEqual([{ platform: 'instagram', plain: 'Halo' }]);
      expect(approvals.latest('d')).toBeNull();
    } finally {
      db.close();
    }
  });
});

describe('approvalService', () => {
  it('binds an approval to the content it saw; revoke withdraws it', () => {
    const { db, newSlot, variants } = approvalFixture();
    const approvals = approvalService(db);
    const s = newSlot();
    variants.save({ slotId: s.id, platform: 'instagram', doc: null, plain: 'Versi 1' }, { author: 'me' });
    const first = approvals.record(s.id, { source: 'client', importId: 'imp-1' });
    const a = approvals.latest(s.id)!;
    expect(a).toMatchObject({ id: first, source: 'client', importId: 'imp-1', contentHash: storedContentHash(db, s.id) });
    expect(a.snapshot.variants).toEqual([{ platform: 'instagram', plain: 'Versi 1' }]);

    variants.save({ slotId: s.id, platform: 'instagram', doc: null, plain: 'Versi 2' }, { author: 'me' });
    expect(approvals.latest(s.id)!.contentHash).not.toBe(storedContentHash(db, s.id));

    const second = approvals.record(s.id, { source: 'outside', note: 'OK lewat WA' });
    expect(approvals.latest(s.id)).toMatchObject({ id: second, note: 'OK lewat WA' });
    approvals.revoke(second);
    expect(approvals.latest(s.id)!.id).toBe(first);
  });
});

describe('commentService', () => {
  it('keeps comments in order with their author; remove hides one', () => {
    const { db, newSlot } = approvalFixture();
    const comments = commentService(db);
    const s = newSlot();
    const c1 = comments.add({ slotId: s.id, author: 'client', authorName: 'Bu Sari', text: 'Ganti fotonya ya', importId: 'imp-1' });
    comments.add({ slotId: s.id, author: 'me', text: 'Siap, revisi besok' });
    expect(comments.list(s.id).map((c) => [c.author, c.authorName, c.text])).toEqual([
      ['client', 'Bu Sari', 'Ganti fotonya ya'],
      ['me', '', 'Siap, revisi besok'],
    ]);
    comments.remove(c1);
    expect(comments.list(s.id).map((c) => c.text)).toEqual(['Siap, revisi besok']);
    expect(() => comments.add({ slotId: 'nope', author: 'me', text: 'x' })).toThrow(/No slot/);
  });
});

describe('sample data', () => {
  it('arrives with content hashes, approvals for approved posts and URLs for posted ones', async () => {
    const { loadSample } = await import('../../../electron/core/seed/load');
    const { db } = approvalFixture();
    loadSample(db, { clients: 2, months: 2, startMonth: '2026-11-01', today: '2026-12-01', seed: 3 });
    const rows = db.prepare<[], { id: string; status: string; post_url: string }>("SELECT id, status, post_url FROM slots WHERE topic <> 'Harbolnas'").all();
    expect(rows.length).toBeGreaterThan(20);
    const approvals = approvalService(db);
    for (const r of rows) {
      expect(storedContentHash(db, r.id)).toBe(slotContentHash(slotContent(db, r.id)));
      const approved = ['approved', 'scheduled', 'posted'].includes(r.status);
      expect(approvals.latest(r.id)?.contentHash ?? null).toBe(approved ? storedContentHash(db, r.id) : null);
      if (r.status === 'posted') expect(r.post_url).toMatch(/^https:\/\//);
    }
  });
});
