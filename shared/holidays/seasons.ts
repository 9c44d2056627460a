/**
 * Ranges that hang on the Islamic calendar: Ramadan (1 Ramadan → the day before 1 Syawal), its
 * sahur/ngabuburit posting peaks, and the Lebaran money calendar — THR is due 7 days before
 * Lebaran (Permenaker No. 6/2016), shopping peaks 2–3 weeks before, and the last week is mudik
 * with couriers' cut-offs. Each is filed under the year of the day it hangs on.
 */
import { addDays } from './dates';
import { anchorId, draft, type Draft } from './draft';
import { islamicHolidayName } from './estimated';
import { hijriEvent, hijriEventsInYear } from './hijriEvents';
import type { LocalizedText, Moment, MomentKind } from './types';

const LEBARAN_RANGES: ReadonlyArray<{ key: string; kind: MomentKind; from: number; to: number; name: LocalizedText }> = [
  {
    key: 'thr-season',
    kind: 'season',
    from: -21,
    to: -8,
    name: { id: 'Puncak belanja THR & mudik', en: 'THR & mudik shopping peak' },
  },
  {
    key: 'thr-due',
    kind: 'observance',
    from: -7,
    to: -7,
    name: { id: 'Batas pembayaran THR (H-7 Lebaran)', en: 'THR payment deadline (7 days before Lebaran)' },
  },
  {
    key: 'mudik-week',
    kind: 'season',
    from: -7,
    to: -1,
    name: { id: 'Pekan mudik: batas kirim kurir, belanja turun', en: 'Mudik week: courier cut-offs, sales slow down' },
  },
];

export function islamicSeasons(year: number): Draft[] {
  const out: Draft[] = [];
  for (const e of hijriEventsInYear(year)) {
    if (e.event === 'ramadan') {
      const fitri = hijriEvent('idul-fitri-1', e.hijriYear);
      if (!fitri) continue;
      const end = anchorId(fitri.year, fitri.key);
      const source = `1 Ramadan: ${e.source}. Ends the day before 1 Syawal: ${fitri.source}`;
      const ramadan: Moment = {
        id: anchorId(year, e.key),
        key: e.key,
        year,
        date: e.date,
        endDate: addDays(fitri.date, -1),
        kind: 'religious-season',
        name: islamicHolidayName('ramadan', e.hijriYear),
        status: e.status === 'official' && fitri.status === 'official' ? 'official' : 'estimated',
        source,
      };
      const anchors = { start: ramadan.id, startStatus: e.status, end, endStatus: fitri.status } as const;
      out.push(draft(ramadan, anchors));
      const peaksKey = `ramadan-peaks${e.suffix}`;
      const peaks: Moment = {
        ...ramadan,
        id: anchorId(year, peaksKey),
        key: peaksKey,
        kind: 'marketing',
        name: {
          id: 'Jam ramai Ramadan: sahur (±03.00) & ngabuburit (16.00–18.00)',
          en: 'Ramadan peaks: sahur (~03:00) & ngabuburit (16:00–18:00)',
        },
      };
      out.push(draft(peaks, anchors));
    } else if (e.event === 'idul-fitri-1') {
      const anchor = anchorId(year, e.key);
      for (const r of LEBARAN_RANGES) {
        const key = r.key + e.suffix;
        const m: Moment = {
          id: anchorId(year, key),
          key,
          year,
          date: addDays(e.date, r.from),
          kind: r.kind,
          name: r.name,
          status: e.status,
          source: `Derived from Idulfitri ${e.hijriYear} H (${e.status})`,
        };
        if (r.to !== r.from) m.endDate = addDays(e.date, r.to);
        out.push(draft(m, { start: anchor, startStatus: e.status }));
      }
    }
  }
  return out;
}
