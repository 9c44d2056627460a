import type { Database } from 'better-sqlite3';
import type { Settings } from '../../../shared/contract/schemas';

const DEFAULTS: Settings = { language: null, theme: 'auto', hiddenMomentKinds: [] };

export function settingsService(db: Database) {
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const write = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  function get(): Settings {
    const stored = Object.fromEntries(read.all().map((r) => [r.key, JSON.parse(r.value) as unknown]));
    return { ...DEFAULTS, ...stored } as Settings;
  }
  return {
    get,
    update: db.transaction((patch: Partial<Settings>): Settings => {
      for (const [k, v] of Object.entries(patch)) if (v !== undefined) write.run(k, JSON.stringify(v));
      return get();
    }),
  };
}
