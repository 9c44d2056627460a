import { describe, expect, it } from 'vitest';
import { testCore } from './helpers';

const kopi = {
  name: 'Kopi Senja',
  color: '#b45309',
  accounts: [
    { platform: 'instagram' as const, handle: '@kopisenja' },
    { platform: 'x' as const, handle: '@kopisenja_id' },
  ],
  package: [
    { platform: 'instagram' as const, format: 'feed' as const, perMonth: 12 },
    { platform: 'instagram' as const, format: 'story' as const, perMonth: 8 },
  ],
};

describe('clients', () => {
  it('creates with defaults, reads, updates, archives and restores', async () => {
    const { call } = testCore();
    const c = await call('clients.create', kopi);
    expect(c).toMatchObject({ name: 'Kopi Senja', timezone: 'Asia/Jakarta', archived: false, brandVoice: '' });
    expect(c.accounts).toEqual(kopi.accounts);
    expect(c.package).toEqual(kopi.package);

    const edited = await call('clients.update', { id: c.id, patch: { timezone: 'Asia/Jayapura', brandVoice: 'Santai' } });
    expect(edited).toMatchObject({ timezone: 'Asia/Jayapura', brandVoice: 'Santai', name: 'Kopi Senja' });
    expect(edited.accounts).toEqual(kopi.accounts); // untouched by a patch that leaves them out

    await call('clients.archive', { id: c.id });
    expect(await call('clients.list', {})).toEqual([]);
    const all = await call('clients.list', { includeArchived: true });
    expect(all.map((x) => [x.name, x.archived])).toEqual([['Kopi Senja', true]]);

    const restored = await call('clients.restore', { id: c.id });
    expect(restored.archived).toBe(false);
    expect((await call('clients.list', {})).map((x) => x.id)).toEqual([c.id]);
  });

  it('keeps banned words and required hashtags (with their #, once each)', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', { name: 'Klinik', color: '#0891b2', bannedWords: ['pasti sembuh', 'termurah', 'termurah'], requiredHashtags: ['SenyumCeria', '#SehatGigi'] });
    expect(c.bannedWords).toEqual(['pasti sembuh', 'termurah']);
    expect(c.requiredHashtags).toEqual(['#SenyumCeria', '#SehatGigi']);
    const err = await fail('clients.update', { id: c.id, patch: { requiredHashtags: ['two words'] } });
    expect(err.issues?.[0]?.path).toBe('patch.requiredHashtags.0');
    expect((await call('clients.get', { id: c.id })).requiredHashtags).toEqual(['#SenyumCeria', '#SehatGigi']);
  });

  it('lists clients by name, archived last', async () => {
    const { call } = testCore();
    const b = await call('clients.create', { name: 'batik', color: '#111111' });
    await call('clients.create', { name: 'Apotek', color: '#222222' });
    await call('clients.create', { name: 'Cendana', color: '#333333' });
    await call('clients.archive', { id: b.id });
    const names = (await call('clients.list', { includeArchived: true })).map((c) => c.name);
    expect(names).toEqual(['Apotek', 'Cendana', 'batik']);
  });

  it('a failing write leaves the database as it was', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', kopi);
    // The package lists instagram/feed twice: the handler fails after the row update ran.
    const err = await fail('clients.update', {
      id: c.id,
      patch: {
        name: 'Renamed',
        package: [
          { platform: 'instagram', format: 'feed', perMonth: 3 },
          { platform: 'instagram', format: 'feed', perMonth: 4 },
        ],
      },
    });
    expect(err.code).toBe('invalid_input');
    const after = await call('clients.get', { id: c.id });
    expect(after.name).toBe('Kopi Senja');
    expect(after.package).toEqual(kopi.package);
  });
});

describe('campaigns and slots', () => {
  it('stores a campaign with KPI targets and finds it by overlapping range', async () => {
    const { call } = testCore();
    const c = await call('clients.create', kopi);
    const k = await call('campaigns.create', {
      clientId: c.id,
      name: 'Harbolnas 12.12',
      startDate: '2026-12-08',
      endDate: '2026-12-14',
      color: '#ef4444',
      kpiTargets: [{ metric: 'reach', target: 50000, unit: '' }],
      budget: 2_500_000,
    });
    expect(k).toMatchObject({ status: 'planned', budget: 2500000, kpiTargets: [{ metric: 'reach', target: 50000 }] });
    expect(await call('campaigns.list', { from: '2026-12-14', to: '2026-12-31' })).toHaveLength(1);
    expect(await call('campaigns.list', { from: '2026-12-15', to: '2026-12-31' })).toHaveLength(0);
    const moved = await call('campaigns.update', { id: k.id, patch: { endDate: '2026-12-20' } });
    expect(moved.name).toBe('Harbolnas 12.12');
    expect(moved.endDate).toBe('2026-12-20');
  });

  it('refuses a campaign that ends before it starts', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', kopi);
    const err = await fail('campaigns.create', { clientId: c.id, name: 'x', startDate: '2026-12-10', endDate: '2026-12-01', color: '#000000' });
    expect(err.code).toBe('invalid_input');
    expect(err.issues?.[0]?.path).toBe('endDate');
    expect(await call('campaigns.list', {})).toEqual([]);
  });

  it('stores a slot in UTC with the client zone and its variants, lists it by range, deletes with undo', async () => {
    const { call } = testCore();
    const c = await call('clients.create', { ...kopi, timezone: 'Asia/Jayapura' });
    const s = await call('slots.create', {
      clientId: c.id,
      startsAt: '2026-12-12T10:00:00.000Z', // 19:00 WIT
      topic: 'Harbolnas',
    });
    expect(s).toMatchObject({ timezone: 'Asia/Jayapura', status: 'draft', format: 'feed', variants: [] });
    await call('variants.save', { slotId: s.id, platform: 'instagram', doc: { type: 'doc', content: [] }, plain: 'Promo 12.12 🎉 #Harbolnas' });
    await call('variants.save', { slotId: s.id, platform: 'x', doc: null, plain: 'Promo 12.12' });

    const dec = await call('slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', clientIds: [c.id] });
    expect(dec.map((x) => x.id)).toEqual([s.id]);
    expect(dec[0]!.variants[0]!.plain).toBe('Promo 12.12 🎉 #Harbolnas');
    expect(await call('slots.list', { from: '2026-12-13T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toEqual([]);

    const patched = await call('slots.update', { id: s.id, patch: { status: 'in_review' } });
    expect(patched.variants).toHaveLength(2);

    await call('slots.delete', { id: s.id });
    expect(await call('slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toEqual([]);
    await call('slots.restore', { id: s.id });
    expect(await call('slots.list', { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toHaveLength(1);
  });

  it('refuses a slot for a campaign of another client', async () => {
    const { call, fail } = testCore();
    const a = await call('clients.create', kopi);
    const b = await call('clients.create', { name: 'Batik', color: '#7c3aed' });
    const k = await call('campaigns.create', { clientId: b.id, name: 'x', startDate: '2026-12-01', endDate: '2026-12-02', color: '#000000' });
    const err = await fail('slots.create', { clientId: a.id, campaignId: k.id, startsAt: '2026-12-01T12:00:00.000Z' });
    expect(err.code).toBe('invalid_input');
    expect(await call('slots.list', { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('loads sample data with realistic clients across zones', async () => {
    const { call } = testCore();
    const r = await call('app.loadSample', { clients: 4, months: 2 });
    expect(r.clients).toBe(4);
    expect(r.slots).toBeGreaterThan(50);
    const clients = await call('clients.list', {});
    expect(new Set(clients.map((c) => c.timezone))).toEqual(new Set(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']));
    expect((await call('app.info', {})).clientCount).toBe(4);
  });

  it('persists settings', async () => {
    const { call } = testCore();
    expect(await call('settings.get', {})).toEqual({ language: null, theme: 'auto', hiddenMomentKinds: [] });
    await call('settings.update', { language: 'en', hiddenMomentKinds: ['observance'] });
    expect(await call('settings.get', {})).toEqual({ language: 'en', theme: 'auto', hiddenMomentKinds: ['observance'] });
    expect((await call('moments.options', {})).hiddenKinds).toEqual(['observance']);
  });
});
