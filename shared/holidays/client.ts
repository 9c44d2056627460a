/** A client's own dates: yearly (anniversary; 29 Feb falls on 28 Feb in common years) or once. */
import { isIsoDate, sameDayInYear, yearOf } from './dates';
import type { ClientDate, IsoDate, Moment } from './types';

function clientMoment(cd: ClientDate, date: IsoDate, id: string): Moment {
  const name = cd.name.trim() || cd.id;
  return {
    id,
    key: `client-${cd.id}`,
    year: yearOf(date),
    date,
    kind: 'client',
    name: { id: name, en: name },
    status: 'user-confirmed',
    source: cd.repeat === 'yearly' ? 'Client date, yearly' : 'Client date',
    clientId: cd.clientId,
  };
}

/** Occurrences within [from, to]; a yearly date starts in the year it was first set. */
export function clientMoments(dates: readonly ClientDate[], from: IsoDate, to: IsoDate, clientId?: string): Moment[] {
  const out: Moment[] = [];
  for (const cd of dates) {
    if (clientId !== undefined && cd.clientId !== clientId) continue;
    if (!isIsoDate(cd.date)) continue; // inputs are validated by the contract; never crash a calendar on one bad row
    if (cd.repeat === 'once') {
      if (cd.date >= from && cd.date <= to) out.push(clientMoment(cd, cd.date, `client:${cd.id}`));
      continue;
    }
    for (let y = Math.max(yearOf(cd.date), yearOf(from)); y <= yearOf(to); y++) {
      const date = sameDayInYear(cd.date, y);
      if (date >= from && date <= to) out.push(clientMoment(cd, date, `client:${cd.id}:${y}`));
    }
  }
  return out;
}
