import { notFound, placeholders, statementCache } from './sql';
import type { Database } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Cadence } from '../../../shared/contract/planning';
import { stripUndefined, type ClientDeps } from './util';
import { newId, now } from './ids';

interface CadenceRow {
  id: string;
  client_id: string;
  platform: Cadence['platform'];
  format: Cadence['format'];
  weekdays: string;
  time: string;
  created_at: string;
  updated_at: string;
}
const toCadence = (r: CadenceRow): Cadence => ({
  id: r.id,
  clientId: r.client_id,
  platform: r.platform,
  format: r.format,
  weekdays: r.weekdays.split(',').map(Number),
  time: r.time,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const weekdaysText = (days: number[]) => [...new Set(days)].sort((a, b) => a - b).join(',');

/** Weekly cadences ("IG feed Mon/Wed/Fri 19:00") that show as placeholders until filled. */
export function cadenceService(db: Database, { assertClient }: ClientDeps) {
  const prepare = statementCache(db);
  const get = db.prepare<[string], CadenceRow>('SELECT * FROM cadences WHERE id = ?');
  const load = (id: string): Cadence => {
    const row = get.get(id);
    if (!row) throw notFound('cadence', id);
    return toCadence(row);
  };
  return {
    list(input: ParsedInput<'cadences.list'>): Cadence[] {
      if (input.clientIds?.length === 0) return [];
      const filter = input.clientIds ? `WHERE client_id IN (${placeholders(input.clientIds.length)})` : '';
      return (prepare(`SELECT * FROM cadences ${filter} ORDER BY client_id, time`).all(...(input.clientIds ?? [])) as CadenceRow[]).map(toCadence);
    },
    create: db.transaction((input: ParsedInput<'cadences.create'>): Cadence => {
      assertClient(input.clientId);
      const id = newId();
      const ts = now();
      prepare('INSERT INTO cadences (id, client_id, platform, format, weekdays, time, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
        id,
        input.clientId,
        input.platform,
        input.format,
        weekdaysText(input.weekdays),
        input.time,
        ts,
        ts,
      );
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'cadences.update'>): Cadence => {
      const next = { ...load(id), ...stripUndefined(patch) };
      prepare('UPDATE cadences SET platform = ?, format = ?, weekdays = ?, time = ?, updated_at = ? WHERE id = ?').run(
        next.platform,
        next.format,
        weekdaysText(next.weekdays),
        next.time,
        now(),
        id,
      );
      return load(id);
    }),
    remove: db.transaction(({ id }: { id: string }) => {
      load(id);
      prepare('DELETE FROM cadences WHERE id = ?').run(id);
      return { id };
    }),
  };
}
