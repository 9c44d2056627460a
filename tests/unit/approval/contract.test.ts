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
