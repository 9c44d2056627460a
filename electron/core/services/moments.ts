import { notFound, statementCache } from './sql';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { ClientDateRecord, MomentOverrideRecord } from '../../../shared/contract/planning';
import type { MomentKind } from '../../../shared/holidays/types';
import { stripUndefined, type ClientDeps } from './util';
import { newId, now } from './ids';

interface ClientDateRow {
  id: string;
  client_id: string;
  name: string;
  date: string;
  repeat: 'yearly' | 'once';
}
const toClientDate = (r: ClientDateRow): ClientDateRecord => ({ id: r.id, clientId: r.client_id, name: r.name, date: r.date, repeat: r.repeat });

/**
 * What the user decided about holiday dates (confirm or shift after the isbat) and each client's
 * own dates. The moments themselves are computed in shared/holidays from these.
 */
export function momentService(db: Database, deps: ClientDeps & { hiddenKinds(): MomentKind[] }) {
  const prepare = statementCache(db);
  const getDate = db.prepare<[string], ClientDateRow>('SELECT id, client_id, name, date, repeat FROM client_dates WHERE id = ?');
  const loadDate = (id: string) => {
    const row = getDate.get(id);
    if (!row) throw notFound('clientDate', id, 'client date');
    return toClientDate(row);
  };
  return {
    options() {
      const overrides = (
        prepare('SELECT year, moment_key, action, shift_days FROM moment_overrides ORDER BY year, moment_key').all() as Array<{
          year: number;
          moment_key: string;
          action: 'confirm' | 'shift';
          shift_days: number;
        }>
      ).map((r): MomentOverrideRecord => ({ year: r.year, momentKey: r.moment_key, action: r.action, shiftDays: r.shift_days }));
      const clientDates = (
        prepare(
          'SELECT d.id, d.client_id, d.name, d.date, d.repeat FROM client_dates d JOIN clients c ON c.id = d.client_id WHERE c.archived_at IS NULL ORDER BY d.date',
        ).all() as ClientDateRow[]
      ).map(toClientDate);
      return { overrides, clientDates, hiddenKinds: deps.hiddenKinds() };
    },
    setOverride: db.transaction((o: ParsedInput<'moments.setOverride'>): MomentOverrideRecord => {
      const shift = o.action === 'shift' ? o.shiftDays : 0;
      if (o.action === 'shift' && shift === 0) {
        throw new AppError('invalid_input', 'A shift needs a number of days', {
          issues: [{ path: 'shiftDays', code: 'too_small', message: 'shift by at least one day' }],
        });
      }
      prepare(
        `INSERT INTO moment_overrides (year, moment_key, action, shift_days, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(year, moment_key) DO UPDATE SET action = excluded.action, shift_days = excluded.shift_days, updated_at = excluded.updated_at`,
      ).run(o.year, o.momentKey, o.action, shift, now());
      return { ...o, shiftDays: shift };
    }),
    clearOverride: db.transaction(({ momentKey, year }: { momentKey: string; year: number }) => ({
      cleared: prepare('DELETE FROM moment_overrides WHERE year = ? AND moment_key = ?').run(year, momentKey).changes > 0,
    })),
    createDate: db.transaction((input: ParsedInput<'clientDates.create'>): ClientDateRecord => {
      deps.assertClient(input.clientId);
      const id = newId();
      prepare('INSERT INTO client_dates (id, client_id, name, date, repeat, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        input.clientId,
        input.name,
        input.date,
        input.repeat,
        now(),
        now(),
      );
      return loadDate(id);
    }),
    updateDate: db.transaction(({ id, patch }: ParsedInput<'clientDates.update'>): ClientDateRecord => {
      const next = { ...loadDate(id), ...stripUndefined(patch) };
      prepare('UPDATE client_dates SET name = ?, date = ?, repeat = ?, updated_at = ? WHERE id = ?').run(next.name, next.date, next.repeat, now(), id);
      return loadDate(id);
    }),
    removeDate: db.transaction(({ id }: { id: string }) => {
      loadDate(id);
      prepare('DELETE FROM client_dates WHERE id = ?').run(id);
      return { id };
    }),
  };
}
