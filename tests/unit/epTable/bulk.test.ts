import { describe, expect, it } from 'vitest';
import type { PlannedPost } from '../../../shared/contract/epTable';
import { testCore } from '../core/helpers';

async function setup() {
  const t = testCore();
  const client = await t.call('clients.create', {
    name: 'Kopi Senja',
    color: '#b45309',
    timezone: 'Asia/Jakarta',
    package: [{ platform: 'instagram', format: 'feed', perMonth: 5 }],
  });
  const post = (startsAt: string, extra: Record<string, unknown> = {}) => t.call('slots.create', { clientId: client.id, startsAt, ...extra });
  const list = () => t.call('slots.list', { from: '2027-01-01T00:00:00.000Z', to: '2027-06-01T00:00:00.000Z', clientIds: [client.id] });
  return { ...t, client, post, list };
}

const planned = (date: string, extra: Partial<PlannedPost> = {}): PlannedPost => ({
  rows: [], date, time: '19:00', format: 'feed', pillar: '', topic: '', visualBrief: '', link: '', pic: '', status: 'draft', campaignId: null, cadenceId: null, variants: [], ...extra,
});

describe('epTable.bulk', () => {
  it('changes the status of the posts the status machine allows, reports the others, and undoes in one step', async () => {
    const { call, post } = await setup();
    const a = await post('2027-02-01T12:00:00.000Z', { status: 'draft' });
    const b = await post('2027-02-02T12:00:00.000Z', { status: 'draft' });
    const idea = await post('2027-02-03T12:00:00.000Z', { status: 'idea' });
    const r = await call('epTable.bulk', { ids: [a.id, b.id, idea.id], action: { kind: 'status', status: 'in_review' } });
    expect(r.changed).toEqual([a.id, b.id]);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0]).toMatchObject({ id: idea.id, code: 'refused', details: { reason: 'not_allowed', from: 'idea', to: 'in_review' } });
    expect((await call('slots.get', { id: a.id })).status).toBe('in_review');
    expect((await call('slots.get', { id: idea.id })).status).toBe('idea');

    expect(await call('epTable.undo', { batchId: r.batchId! })).toMatchObject({ kind: 'bulk', restored: 2 });
    expect((await call('slots.get', { id: a.id })).status).toBe('draft');
    expect((await call('slots.get', { id: b.id })).status).toBe('draft');
    // The step back is in the post's status history, as an undo of that batch.
    const log = await call('slots.statusLog', { id: a.id });
    expect(log.at(-1)).toMatchObject({ from: 'in_review', to: 'draft', via: 'undo' });
  });

  it('shifts by days and moves to a date keeping each post’s wall-clock time', async () => {
    const { call, post } = await setup();
    const a = await post('2027-02-01T12:00:00.000Z');
    const b = await post('2027-02-05T02:30:00.000Z');
    await call('epTable.bulk', { ids: [a.id, b.id], action: { kind: 'shift', days: 3 } });
    expect((await call('slots.get', { id: a.id })).startsAt).toBe('2027-02-04T12:00:00.000Z');
    expect((await call('slots.get', { id: b.id })).startsAt).toBe('2027-02-08T02:30:00.000Z');
    const moved = await call('epTable.bulk', { ids: [a.id, b.id], action: { kind: 'moveTo', date: '2027-03-10' } });
    expect((await call('slots.get', { id: a.id })).startsAt).toBe('2027-03-10T12:00:00.000Z');
    expect((await call('slots.get', { id: b.id })).startsAt).toBe('2027-03-10T02:30:00.000Z');
    await call('epTable.undo', { batchId: moved.batchId! });
    expect((await call('slots.get', { id: a.id })).startsAt).toBe('2027-02-04T12:00:00.000Z');
  });

  it('sets pillar, PIC and campaign; a campaign of another client is refused for that post', async () => {
    const { call, post, client } = await setup();
    const other = await call('clients.create', { name: 'Batik', color: '#7c3aed' });
    const mine = await call('campaigns.create', { clientId: client.id, name: 'Ramadan', startDate: '2027-02-01', endDate: '2027-03-31', color: '#16a34a' });
    const a = await post('2027-02-01T12:00:00.000Z');
    const b = await call('slots.create', { clientId: other.id, startsAt: '2027-02-01T12:00:00.000Z' });
    await call('epTable.bulk', { ids: [a.id], action: { kind: 'pillar', pillar: 'promo' } });
    await call('epTable.bulk', { ids: [a.id], action: { kind: 'pic', pic: 'Rani' } });
    const r = await call('epTable.bulk', { ids: [a.id, b.id], action: { kind: 'campaign', campaignId: mine.id } });
    expect(r.changed).toEqual([a.id]);
    expect(r.refused[0]).toMatchObject({ id: b.id, code: 'invalid_input', details: { field: 'campaignId', issue: 'other_client' } });
    expect(await call('slots.get', { id: a.id })).toMatchObject({ pillar: 'promo', pic: 'Rani', campaignId: mine.id });
  });

  it('duplicates to next week and next month with the copy, as drafts', async () => {
    const { call, post, list } = await setup();
    // New posts start at most in review; the status machine moves them to "sent".
    const a = await post('2027-01-31T12:00:00.000Z', { status: 'in_review', topic: 'Promo' });
    await call('slots.update', { id: a.id, patch: { status: 'sent' } });
    await call('variants.save', { slotId: a.id, platform: 'instagram', doc: null, plain: 'Caption IG' });
    const w = await call('epTable.bulk', { ids: [a.id], action: { kind: 'duplicate', to: 'nextWeek' } });
    const m = await call('epTable.bulk', { ids: [a.id], action: { kind: 'duplicate', to: 'nextMonth' } });
    const week = await call('slots.get', { id: w.created[0]! });
    const month = await call('slots.get', { id: m.created[0]! });
    expect(week).toMatchObject({ startsAt: '2027-02-07T12:00:00.000Z', status: 'draft', topic: 'Promo' });
    expect(month.startsAt).toBe('2027-02-28T12:00:00.000Z'); // 31 January → the last day of February
    expect(week.variants.map((v) => v.plain)).toEqual(['Caption IG']);
    await call('epTable.undo', { batchId: w.batchId! });
    expect((await list()).map((s) => s.id).sort()).toEqual([a.id, month.id].sort());
  });

  it('deletes with undo', async () => {
    const { call, post, list } = await setup();
    const a = await post('2027-02-01T12:00:00.000Z');
    const b = await post('2027-02-02T12:00:00.000Z');
    const r = await call('epTable.bulk', { ids: [a.id, b.id], action: { kind: 'delete' } });
    expect(await list()).toEqual([]);
    await call('epTable.undo', { batchId: r.batchId! });
    expect((await list()).map((s) => s.id)).toEqual([a.id, b.id]);
  });
});

describe('planning in bulk', () => {
  it('creates pasted posts with their copy in one batch, and takes them back in one step', async () => {
    const { call, client, list } = await setup();
    const r = await call('epTable.createPosts', {
      clientId: client.id,
      kind: 'paste',
      posts: [planned('2027-02-01', { topic: 'A', variants: [{ platform: 'x', plain: 'Halo X' }] }), planned('2027-02-02', { topic: 'B' })],
    });
    const slots = await list();
    expect(slots.map((s) => [s.topic, s.startsAt, s.variants.map((v) => v.plain)])).toEqual([
      ['A', '2027-02-01T12:00:00.000Z', ['Halo X']],
      ['B', '2027-02-02T12:00:00.000Z', []],
    ]);
    await call('epTable.undo', { batchId: r.batchId });
    expect(await list()).toEqual([]);
  });

  it('previews a cadence fill up to the package, skipping days already filled', async () => {
    const { call, client, post } = await setup();
    const cad = await call('cadences.create', { clientId: client.id, platform: 'instagram', format: 'feed', weekdays: [1, 3, 5], time: '19:00' });
    const filled = await post('2027-03-03T12:00:00.000Z', { cadenceId: cad.id }); // Wednesday 3 March
    await call('variants.save', { slotId: filled.id, platform: 'instagram', doc: null, plain: '' });
    const p = await call('epTable.cadencePreview', { clientId: client.id, month: '2027-03' });
    // March 2027 has 14 Mon/Wed/Fri; one is filled; the package (5 feeds, 1 planned) leaves room for 4.
    expect(p.existing).toBe(1);
    expect(p.posts.map((x) => x.date)).toEqual(['2027-03-01', '2027-03-05', '2027-03-08', '2027-03-10']);
    expect(p.overPackage).toBe(9);
    expect(p.posts[0]).toMatchObject({ time: '19:00', format: 'feed', status: 'draft', cadenceId: cad.id, variants: [{ platform: 'instagram', plain: '' }] });
  });

  it('previews last month’s structure on the same weekdays of next month, without copy', async () => {
    const { call, post } = await setup();
    const a = await post('2027-02-09T12:00:00.000Z', { pillar: 'promo', format: 'reel', topic: 'Secret' }); // 2nd Tuesday, 19:00 WIB
    await call('variants.save', { slotId: a.id, platform: 'tiktok', doc: null, plain: 'Copy text' });
    await post('2027-01-29T12:00:00.000Z'); // 5th Friday of January: March has one too
    const p = await call('epTable.copyMonthPreview', { clientId: a.clientId, fromMonth: '2027-02', toMonth: '2027-03' });
    expect(p).toMatchObject({ source: 1, noSuchDay: 0 });
    expect(p.posts).toEqual([planned('2027-03-09', { pillar: 'promo', format: 'reel', variants: [{ platform: 'tiktok', plain: '' }] })]);
    const jan = await call('epTable.copyMonthPreview', { clientId: a.clientId, fromMonth: '2027-01', toMonth: '2027-02' });
    expect(jan).toMatchObject({ source: 1, noSuchDay: 1, posts: [] }); // February 2027 has no 5th Friday
  });
});
