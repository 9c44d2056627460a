import { describe, expect, it } from 'vitest';
import { heatCells, suggestTimes } from '../../../shared/reports/heatmap';
import { pickMatch } from '../../../shared/metrics/match';

describe('best time', () => {
  it('averages engagement per post per weekday × hour in the client zone and suggests only cells with 3+ posts', () => {
    // Mondays 19:xx WIB (12:xx UTC): 100, 200, 300; Tuesday 12:00 WIB twice: 1000, 1000.
    const posts = [
      { platform: 'instagram', publishedAt: '2026-07-06T12:10:00Z', engagements: 100 },
      { platform: 'instagram', publishedAt: '2026-07-13T12:40:00Z', engagements: 200 },
      { platform: 'instagram', publishedAt: '2026-07-20T12:05:00Z', engagements: 300 },
      { platform: 'instagram', publishedAt: '2026-07-07T05:00:00Z', engagements: 1000 },
      { platform: 'instagram', publishedAt: '2026-07-14T05:00:00Z', engagements: 1000 },
    ];
    const cells = heatCells(posts, 'Asia/Jakarta');
    expect(cells).toEqual([
      { weekday: 1, hour: 19, posts: 3, avgEngagements: 200 },
      { weekday: 2, hour: 12, posts: 2, avgEngagements: 1000 },
    ]);
    expect(suggestTimes(cells)).toEqual([cells[0]]);
    // The same instants for a WIT client land two hours later.
    expect(heatCells(posts, 'Asia/Jayapura')[0]).toMatchObject({ weekday: 1, hour: 21 });
  });
});

describe('matching', () => {
  const base = { url: 'https://www.instagram.com/p/AAA/', externalId: '1', caption: 'Promo gajian beli 2 gratis 1 kopi susu', date: '2026-07-25', publishedAt: null };
  it('takes a unique post of the same day with the same caption start, and never guesses between look-alikes', () => {
    const a = { slotId: 'a', date: '2026-07-25', startsAt: '2026-07-25T12:00:00Z', caption: 'Promo gajian! Beli 2 gratis 1 kopi susu 🎉', postUrl: '' };
    const b = { slotId: 'b', date: '2026-07-25', startsAt: '2026-07-25T05:00:00Z', caption: 'Resep kopi tubruk', postUrl: '' };
    expect(pickMatch(base, [a, b])).toMatchObject({ slotId: 'a', kind: 'auto' });
    expect(pickMatch(base, [a, { ...a, slotId: 'c' }])).toBeNull();
    expect(pickMatch(base, [{ ...a, date: '2026-07-28' }])).toBeNull();
    expect(pickMatch(base, [b, { ...b, slotId: 'u', postUrl: 'https://instagram.com/p/AAA' }])).toMatchObject({ slotId: 'u', kind: 'url' });
  });
});
