import { describe, expect, it } from 'vitest';
import { upcomingPrompts } from './prompts';
import type { ClientDate } from './types';

const anniversary: ClientDate = { id: 'anniv', name: 'Ulang tahun Kopi Kita', date: '2020-01-15', repeat: 'yearly', clientId: 'kopi' };

describe('planning prompts', () => {
  it('prompts Harbolnas three weeks ahead, in both languages', () => {
    const p = upcomingPrompts('2026-11-21').find((x) => x.moment.id === '2026:harbolnas')!;
    expect(p).toMatchObject({ daysUntil: 21, leadWeeks: 4 });
    expect(p.message.id).toBe('Harbolnas 12.12 dalam 3 minggu — saatnya menyiapkan kampanye.');
    expect(p.message.en).toMatch(/^Harbolnas 12\.12 .* in 3 weeks — time to prepare the campaign\.$/);
    expect(p.text).toBe(p.message.id);
  });

  it('prompts Ramadan six weeks ahead with its 6-week lead time', () => {
    const p = upcomingPrompts('2026-12-28', { locale: 'en' }).find((x) => x.moment.id === '2027:ramadan')!;
    expect(p).toMatchObject({ daysUntil: 42, leadWeeks: 6 });
    expect(p.text).toBe('Ramadan 1448 AH starts in 6 weeks — time to prepare the campaign.');
    expect(p.message.id).toBe('Ramadan 1448 H dimulai dalam 6 minggu — saatnya menyiapkan kampanye.');
  });

  it('says when to start preparing when the moment is further out than its lead time', () => {
    const p = upcomingPrompts('2026-12-01', { locale: 'en' }).find((x) => x.moment.id === '2027:ramadan')!;
    expect(p.daysUntil).toBe(69);
    expect(p.text).toBe('Ramadan 1448 AH starts in 10 weeks — start preparing in 4 weeks.');
  });

  it('lists the December 2026 campaign moments nearest first, with the client’s own date', () => {
    const prompts = upcomingPrompts('2026-12-01', { clientDates: [anniversary], clientId: 'kopi' });
    const ids = prompts.map((p) => p.moment.id);
    expect(ids).toEqual(expect.arrayContaining(['2026:harbolnas', '2026:natal', '2026:year-end', '2026:hari-ibu', 'client:anniv:2027', '2027:ramadan']));
    expect(prompts.map((p) => p.daysUntil)).toEqual([...prompts.map((p) => p.daysUntil)].sort((a, b) => a - b));
    const client = prompts.find((p) => p.moment.kind === 'client')!;
    expect(client).toMatchObject({ daysUntil: 45, leadWeeks: 4 });
    // Cuti bersama and Idulfitri day 2 are not campaigns.
    expect(prompts.some((p) => p.moment.kind === 'cuti-bersama')).toBe(false);
  });

  it('prompts Lebaran and the THR season from the estimated 2027 dates, and a user shift moves them', () => {
    const plain = upcomingPrompts('2027-01-20').find((x) => x.moment.id === '2027:idul-fitri-1')!;
    expect(plain.daysUntil).toBe(48);
    const shifted = upcomingPrompts('2027-01-20', { overrides: [{ momentKey: 'idul-fitri-1', year: 2027, action: 'shift', shiftDays: 1 }] });
    expect(shifted.find((x) => x.moment.id === '2027:idul-fitri-1')!.daysUntil).toBe(49);
    expect(shifted.find((x) => x.moment.id === '2027:thr-season')!.daysUntil).toBe(28);
  });

  it('does not prompt moments under way, hidden kinds, or other clients', () => {
    const during = upcomingPrompts('2026-03-01');
    expect(during.some((p) => p.moment.id === '2026:ramadan')).toBe(false);
    const hidden = upcomingPrompts('2026-11-21', { hiddenKinds: ['marketing'] });
    expect(hidden.some((p) => p.moment.kind === 'marketing')).toBe(false);
    const other = upcomingPrompts('2026-12-01', { clientDates: [anniversary], clientId: 'someone-else' });
    expect(other.some((p) => p.moment.kind === 'client')).toBe(false);
  });

  it('says "today" on the day', () => {
    const p = upcomingPrompts('2026-12-12', { locale: 'en' }).find((x) => x.moment.id === '2026:harbolnas')!;
    expect(p.daysUntil).toBe(0);
    expect(p.message.id).toBe('Harbolnas 12.12 hari ini.');
  });
});
