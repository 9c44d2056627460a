import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { testCore } from '../core/helpers';

describe('ics.export', () => {
  it('writes a client’s posts and campaigns for the period that a calendar parser reads back', async () => {
    const { call, fail } = testCore();
    const c = await call('clients.create', { name: 'Kopi Senja', color: '#7a4b2a', timezone: 'Asia/Jayapura' });
    const other = await call('clients.create', { name: 'Toko Lain', color: '#000000' });
    // 1 Dec 00:30 WIT is still 30 Nov in UTC: the period is the client's own days.
    const early = await call('slots.create', { clientId: c.id, startsAt: '2026-11-30T15:30:00.000Z', topic: 'Buka bulan' });
    const promo = await call('slots.create', { clientId: c.id, startsAt: '2026-12-12T10:00:00.000Z', topic: 'Harbolnas 12.12; diskon, "50%"', platforms: ['instagram'] });
    await call('variants.save', { slotId: promo.id, platform: 'instagram', doc: null, plain: 'Promo 12.12 🎉\nBaris kedua #Harbolnas' });
    await call('slots.create', { clientId: c.id, startsAt: '2027-01-01T03:00:00.000Z', topic: 'Januari' });
    await call('slots.create', { clientId: other.id, startsAt: '2026-12-12T10:00:00.000Z', topic: 'Not this client' });
    await call('campaigns.create', { clientId: c.id, name: 'Harbolnas', startDate: '2026-12-10', endDate: '2026-12-12', color: '#ff0000' });

    const out = await call('ics.export', { clientId: c.id, from: '2026-12-01', to: '2026-12-31', language: 'id' });
    expect(out).toMatchObject({ fileName: 'Kopi-Senja-2026-12-01-2026-12-31.ics', posts: 2, campaigns: 1 });

    const comp = new ICAL.Component(ICAL.parse(out.content));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect([...byUid.keys()].sort()).toEqual([`slot-${early.id}@rencana`, `slot-${promo.id}@rencana`, expect.stringMatching(/^campaign-/)].sort());

    const p = byUid.get(`slot-${promo.id}@rencana`)!;
    expect(p.summary).toBe('Harbolnas 12.12; diskon, "50%" (Instagram)');
    expect(p.startDate.toJSDate().toISOString()).toBe('2026-12-12T10:00:00.000Z');
    expect(p.endDate.toJSDate().toISOString()).toBe('2026-12-12T10:30:00.000Z');
    expect(p.description).toContain('Status: Draf');
    expect(p.description).toContain('Promo 12.12 🎉\nBaris kedua #Harbolnas');

    const k = events.find((e) => e.uid.startsWith('campaign-'))!;
    expect(k.startDate.isDate).toBe(true);
    expect(k.startDate.toString()).toBe('2026-12-10');
    expect(k.endDate.toString()).toBe('2026-12-13'); // exclusive end: the 12th is the last day
    expect(k.summary).toBe('Kampanye: Harbolnas');

    expect((await fail('ics.export', { clientId: c.id, from: '2026-12-31', to: '2026-12-01' })).code).toBe('invalid_input');
  });
});
