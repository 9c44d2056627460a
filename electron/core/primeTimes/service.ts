import type { Database } from 'better-sqlite3';
import type { PrimeTime } from '../../../shared/contract/reports';
import { now } from '../services/ids';

/**
 * The client's prime times per platform, in the client's zone: the one place they live
 * (table client_prime_times, migration 010). The calendar, "New post" and the reports read them here.
 */
export function primeTimeService(db: Database, assertClient: (id: string) => void) {
  const q = {
    list: db.prepare<[string], { platform: PrimeTime['platform']; weekday: number; time: string; source: PrimeTime['source'] }>(
      'SELECT platform, weekday, time, source FROM client_prime_times WHERE client_id = ? ORDER BY platform, weekday, time',
    ),
    add: db.prepare('INSERT OR IGNORE INTO client_prime_times (client_id, platform, weekday, time, source, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
    remove: db.prepare('DELETE FROM client_prime_times WHERE client_id = ? AND platform = ? AND weekday = ? AND time = ?'),
  };
  const list = (clientId: string): PrimeTime[] => {
    assertClient(clientId);
    return q.list.all(clientId);
  };
  return {
    list,
    add: db.transaction((clientId: string, times: PrimeTime[]) => {
      assertClient(clientId);
      const at = now();
      for (const t of times) q.add.run(clientId, t.platform, t.weekday, t.time, t.source, at);
      return list(clientId);
    }),
    remove: db.transaction((clientId: string, t: Pick<PrimeTime, 'platform' | 'weekday' | 'time'>) => {
      q.remove.run(clientId, t.platform, t.weekday, t.time);
      return list(clientId);
    }),
  };
}
