import { describe, expect, it } from 'vitest';
import { testCore } from '../core/helpers';

const kopi = { name: 'Kopi Senja', color: '#7a4b2a' };

describe('approval contract', () => {
  it('approves outside the app with a note, and undoes it', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', kopi);
    const s = await call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z' });
    const refused = await fail('slots.update', { id: s.id, patch: { status: 'approved' } });
    expect(refused).toMatchObject({ code: 'refused', details: { from: 'draft', to: 'approved', reason: 'approval_needs_client' } });
    expect((await fail('slots.approveOutside', { id: s.id, note: '   ' })).code).toBe('invalid_input');

    const { slot, approvalId, logId } = await call('slots.approveOutside', { id: s.id, note: 'OK lewat telepon' });
    expect(slot.status).toBe('approved');
    expect(await call('slots.statusLog', { id: s.id })).toEqual([
      expect.objectContaining({ from: 'draft', to: 'approved', via: 'outside', note: 'OK lewat telepon' }),
    ]);
    const back = await call('slots.undoApproveOutside', { approvalId, logId });
    expect(back.status).toBe('draft');
  });

  it('adds the user’s notes to the post’s comments', async () => {
    const { call } = testCore();
    const c = await call('clients.create', kopi);
    const s = await call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z' });
    await call('comments.add', { slotId: s.id, text: 'Tanya klien soal harga' });
    expect(await call('comments.list', { slotId: s.id })).toEqual([
      expect.objectContaining({ author: 'me', authorName: '', text: 'Tanya klien soal harga' }),
    ]);
  });
});

describe('slot output and the one write path for copy', () => {
  it('slots.create and slots.update refuse copy; variants go through the variants methods', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', kopi);
    const bad = await fail('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', variants: [{ platform: 'x', doc: null, plain: 'x' }] });
    expect(bad.code).toBe('invalid_input');
    const s = await call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', platforms: ['instagram', 'x'] });
    expect(s.variants).toEqual([
      { platform: 'instagram', doc: null, plain: '' },
      { platform: 'x', doc: null, plain: '' },
    ]);
    const upd = await fail('slots.update', { id: s.id, patch: { variants: [] } });
    expect(upd.code).toBe('invalid_input');
    expect((await fail('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', status: 'approved' })).code).toBe('invalid_input');
  });

  it('shows the approval and "changed since approval" in slots.get and slots.list', async () => {
    const { call } = testCore();
    const c = await call('clients.create', kopi);
    const s = await call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', topic: 'Harbolnas' });
    expect(s).toMatchObject({ approval: null, changedSinceApproval: false, assets: [] });
    expect(s.contentHash).toMatch(/^[0-9a-f]{64}$/);
    await call('variants.save', { slotId: s.id, platform: 'instagram', doc: null, plain: 'Promo 12.12' });
    const { slot: approved } = await call('slots.approveOutside', { id: s.id, note: 'OK di WA' });
    expect(approved).toMatchObject({ status: 'approved', changedSinceApproval: false, approval: { source: 'outside', contentHash: approved.contentHash } });

    // Bookkeeping (PIC) does not change what the client approved; the copy does.
    expect((await call('slots.update', { id: s.id, patch: { pic: 'Rina' } })).changedSinceApproval).toBe(false);
    await call('variants.save', { slotId: s.id, platform: 'instagram', doc: null, plain: 'Promo 12.12 — diskon 50%' });
    const range = { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', clientIds: [c.id] };
    const [listed] = await call('slots.list', range);
    expect(listed).toMatchObject({ id: s.id, status: 'approved', changedSinceApproval: true });
    expect(listed!.approval!.contentHash).not.toBe(listed!.contentHash);
    expect(await call('slots.get', { id: s.id })).toEqual(listed);
    // Putting the approved text back clears the mark.
    await call('variants.save', { slotId: s.id, platform: 'instagram', doc: null, plain: 'Promo 12.12' });
    expect((await call('slots.get', { id: s.id })).changedSinceApproval).toBe(false);
  });
});
