import { describe, expect, it } from 'vitest';
import type { Cadence } from '../contract/planning';
import type { Client, Slot } from '../contract/schemas';
import { cadencePlaceholders, isoWeekday } from './cadence';
import { packageProgress } from './progress';
import { fromWallTime, toWallTime, zoneLabel } from './time';

const stamp = '2026-11-01T00:00:00.000Z';
const slot = (p: Partial<Slot>): Slot => ({
  id: 's',
  clientId: 'c1',
  campaignId: null,
  startsAt: '2026-12-02T12:00:00.000Z',
  timezone: 'Asia/Jakarta',
  pillar: '',
  format: 'feed',
  topic: '',
  visualBrief: '',
  status: 'draft',
  pic: '',
  postUrl: '',
  link: '',
  variants: [],
  cadenceId: null,
  contentHash: '',
  approval: null,
  changedSinceApproval: false,
  assets: [],
  createdAt: stamp,
  updatedAt: stamp,
  ...p,
});

describe('time zones', () => {
  it('round-trips wall time in WIB, WITA and WIT whatever the machine zone', () => {
    expect(fromWallTime('2026-12-12', '19:00', 'Asia/Jayapura')).toBe('2026-12-12T10:00:00.000Z');
    expect(fromWallTime('2026-12-12', '19:00', 'Asia/Makassar')).toBe('2026-12-12T11:00:00.000Z');
    expect(fromWallTime('2026-12-12', '01:00', 'Asia/Jakarta')).toBe('2026-12-11T18:00:00.000Z');
    expect(toWallTime('2026-12-11T18:00:00.000Z', 'Asia/Jakarta')).toEqual({ date: '2026-12-12', time: '01:00' });
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
  });
  it('handles a zone with daylight saving', () => {
    expect(fromWallTime('2026-07-01', '09:00', 'Europe/Amsterdam')).toBe('2026-07-01T07:00:00.000Z');
    expect(fromWallTime('2026-12-01', '09:00', 'Europe/Amsterdam')).toBe('2026-12-01T08:00:00.000Z');
  });
});

describe('cadence placeholders', () => {
  const cadence: Cadence = { id: 'k1', clientId: 'c1', platform: 'instagram', format: 'feed', weekdays: [1, 3, 5], time: '19:00', createdAt: stamp, updatedAt: stamp };
  const zones = (id: string) => (id === 'c1' ? 'Asia/Jayapura' : undefined);

  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-12-07')).toBe(1); // a Monday
    expect(isoWeekday('2026-12-13')).toBe(7);
  });

  it('shows Mon/Wed/Fri from today on, at the client’s wall time', () => {
    const p = cadencePlaceholders([cadence], [], '2026-11-30', '2026-12-06', '2026-12-02', zones);
    expect(p.map((x) => x.date)).toEqual(['2026-12-02', '2026-12-04']);
    expect(p[0]).toMatchObject({ time: '19:00', startsAt: '2026-12-02T10:00:00.000Z', platform: 'instagram' });
  });

  it('drops a day filled by a slot from the cadence or with matching copy', () => {
    const fromCadence = slot({ cadenceId: 'k1', startsAt: '2026-12-02T02:00:00.000Z' });
    const matching = slot({ id: 's2', startsAt: '2026-12-04T12:00:00.000Z', variants: [{ platform: 'instagram', doc: null, plain: 'x' }] });
    const otherFormat = slot({ id: 's3', format: 'story', startsAt: '2026-12-07T12:00:00.000Z', variants: [{ platform: 'instagram', doc: null, plain: 'x' }] });
    const p = cadencePlaceholders([cadence], [fromCadence, matching, otherFormat], '2026-12-01', '2026-12-07', '2026-12-01', zones);
    expect(p.map((x) => x.date)).toEqual(['2026-12-07']);
  });
});

describe('package progress', () => {
  const client: Client = {
    id: 'c1',
    name: 'Kopi',
    color: '#000000',
    timezone: 'Asia/Jayapura',
    brandVoice: '',
    audience: '',
    notes: '',
    bannedWords: [],
    requiredHashtags: [],
    accounts: [],
    package: [
      { platform: 'instagram', format: 'feed', perMonth: 12 },
      { platform: 'x', format: 'feed', perMonth: 10 },
    ],
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
  it('counts planned, written and approved per package line within the client’s month', () => {
    const ig = (id: string, status: Slot['status'], startsAt: string, plain = 'caption') =>
      slot({ id, status, startsAt, variants: [{ platform: 'instagram', doc: null, plain }] });
    const lines = packageProgress(
      client,
      [
        ig('a', 'approved', '2026-12-03T10:00:00.000Z'),
        ig('b', 'draft', '2026-12-04T10:00:00.000Z'),
        ig('c', 'posted', '2026-12-05T10:00:00.000Z'),
        ig('empty', 'approved', '2026-12-06T10:00:00.000Z', '  '),
        // 30 Nov 16:00 UTC is 1 Dec 01:00 WIT: December for this client.
        ig('edge', 'draft', '2026-11-30T16:00:00.000Z'),
        ig('nov', 'approved', '2026-11-30T14:00:00.000Z'),
      ],
      '2026-12',
    );
    // Five planned (the empty one too), four with copy, two of those approved; November's is not counted.
    expect(lines[0]).toEqual({ platform: 'instagram', format: 'feed', target: 12, planned: 5, written: 4, approved: 2 });
    expect(lines[1]).toMatchObject({ platform: 'x', planned: 0, written: 0 });
  });
  it('four posts planned without copy read as 4 planned, not as 1 of 12', () => {
    const plan = (id: string, day: number, plain = '') =>
      slot({ id, status: 'draft', startsAt: `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`, variants: [{ platform: 'instagram', doc: null, plain }] });
    const [ig] = packageProgress(client, [plan('a', 3, 'copy'), plan('b', 5), plan('c', 8), plan('d', 10)], '2026-12');
    expect(ig).toMatchObject({ target: 12, planned: 4, written: 1, approved: 0 });
  });
});
