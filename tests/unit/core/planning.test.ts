import { describe, expect, it } from 'vitest';
import { momentsBetween } from '../../../shared/holidays';
import { testCore } from './helpers';

async function withClient() {
  const t = testCore();
  const client = await t.call('clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Jayapura' });
  return { ...t, client };
}

describe('idea bank', () => {
  it('turns an idea into a slot once, and hides it from the bank', async () => {
    const { call, fail, client } = await withClient();
    const idea = await call('ideas.create', { clientId: client.id, title: 'Behind the scenes roasting', pillar: 'behind-the-scenes', notes: 'Video 15 dtk' });
    expect(await call('ideas.list', { clientIds: [client.id] })).toHaveLength(1);

    const slot = await call('ideas.schedule', { id: idea.id, startsAt: '2026-12-03T10:00:00.000Z' });
    expect(slot).toMatchObject({ topic: 'Behind the scenes roasting', pillar: 'behind-the-scenes', visualBrief: 'Video 15 dtk', status: 'idea', timezone: 'Asia/Jayapura' });
    expect(await call('ideas.list', { clientIds: [client.id] })).toEqual([]);
    expect((await call('ideas.list', { includeUsed: true }))[0]!.usedSlotId).toBe(slot.id);
    expect((await fail('ideas.schedule', { id: idea.id, startsAt: '2026-12-04T10:00:00.000Z' })).code).toBe('conflict');
  });
});

describe('cadences', () => {
  it('stores weekdays sorted and unique, and validates the time', async () => {
    const { call, fail, client } = await withClient();
    const c = await call('cadences.create', { clientId: client.id, platform: 'instagram', format: 'feed', weekdays: [5, 1, 3, 1], time: '19:00' });
    expect(c.weekdays).toEqual([1, 3, 5]);
    expect((await fail('cadences.create', { clientId: client.id, platform: 'instagram', format: 'feed', weekdays: [1], time: '25:00' })).issues?.[0]?.path).toBe('time');
    const moved = await call('cadences.update', { id: c.id, patch: { time: '20:30' } });
    expect(moved).toMatchObject({ time: '20:30', weekdays: [1, 3, 5] });
    await call('cadences.remove', { id: c.id });
    expect(await call('cadences.list', {})).toEqual([]);
  });
});

describe('slots', () => {
  it('duplicates a slot as a draft with its copy', async () => {
    const { call, client } = await withClient();
    const s = await call('slots.create', {
      clientId: client.id,
      startsAt: '2026-12-12T10:00:00.000Z',
      status: 'in_review',
    });
    await call('variants.save', { slotId: s.id, platform: 'x', doc: null, plain: 'Promo 12.12' });
    const copy = await call('slots.duplicate', { id: s.id, startsAt: '2026-12-19T10:00:00.000Z' });
    expect(copy.id).not.toBe(s.id);
    expect(copy).toMatchObject({ status: 'draft', startsAt: '2026-12-19T10:00:00.000Z' });
    expect(copy.variants).toEqual([{ platform: 'x', doc: null, plain: 'Promo 12.12' }]);
    expect(copy.contentHash).not.toBe((await call('slots.get', { id: s.id })).contentHash); // another time
    // The copy has its own history, written through the variants service.
    expect(await call('variants.revisions', { slotId: copy.id, platform: 'x' })).toHaveLength(1);
  });
});

describe('holiday decisions and client dates', () => {
  it('stores a shift of an estimated date that momentsBetween then applies', async () => {
    const { call, fail } = await withClient();
    const before = momentsBetween('2027-03-01', '2027-03-31').find((m) => m.key === 'idul-fitri-1')!;
    expect(before.status).toBe('estimated');
    await call('moments.setOverride', { momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 1 });
    const opts = await call('moments.options', {});
    expect(opts.overrides).toEqual([{ momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 1 }]);
    const after = momentsBetween('2027-03-01', '2027-03-31', { overrides: opts.overrides }).find((m) => m.key === 'idul-fitri-1')!;
    expect(after.status).toBe('user-confirmed');
    expect(after.date > before.date).toBe(true);

    expect((await fail('moments.setOverride', { momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 0 })).code).toBe('invalid_input');
    expect((await fail('moments.setOverride', { momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 9 })).code).toBe('invalid_input');
    expect(await call('moments.clearOverride', { momentKey: 'idul-fitri-1', year: 2027 })).toEqual({ cleared: true });
    expect((await call('moments.options', {})).overrides).toEqual([]);
  });

  it('keeps a client’s own dates and drops them with an archived client', async () => {
    const { call, client } = await withClient();
    const d = await call('clientDates.create', { clientId: client.id, name: 'Ulang tahun toko', date: '2019-12-31', repeat: 'yearly' });
    expect((await call('moments.options', {})).clientDates).toEqual([d]);
    const moments = momentsBetween('2026-12-15', '2027-01-15', { clientDates: [d] });
    expect(moments.filter((m) => m.kind === 'client').map((m) => m.date)).toEqual(['2026-12-31']);
    await call('clients.archive', { id: client.id });
    expect((await call('moments.options', {})).clientDates).toEqual([]);
  });
});

describe('campaign phases', () => {
  it('stores phases and mechanics, refusing a phase that ends before it starts', async () => {
    const { call, fail, client } = await withClient();
    const k = await call('campaigns.create', {
      clientId: client.id,
      name: 'Ramadan Berkah',
      startDate: '2027-01-25',
      endDate: '2027-03-10',
      color: '#15803d',
      mechanics: 'Kuis harian, hadiah voucher',
      phases: [
        { name: 'Teaser', startDate: '2027-01-25', endDate: '2027-02-07' },
        { name: 'Launch', startDate: '2027-02-08', endDate: '2027-02-14' },
      ],
    });
    expect(k.phases.map((p) => p.name)).toEqual(['Teaser', 'Launch']);
    const err = await fail('campaigns.update', { id: k.id, patch: { phases: [{ name: 'x', startDate: '2027-02-10', endDate: '2027-02-01' }] } });
    expect(err.issues?.[0]?.path).toBe('patch.phases.0.endDate');
    expect((await call('campaigns.get', { id: k.id })).mechanics).toBe('Kuis harian, hadiah voucher');
  });
});
