import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { createCore } from '../../../electron/core';
import { DB_FILE } from '../../../electron/core/db/open';

export const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every row of every table, as text: "the database is unchanged" compares two of these. */
export function dump(file: string): string {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    return tables.map((t) => `${t}\n${JSON.stringify(db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).raw().all())}`).join('\n');
  } finally {
    db.close();
  }
}

/** A profile with real data through the contract: `clients` clients with a few posts each. */
export async function makeProfile(dataDir: string, clients = 20, postsEach = 10) {
  const core = createCore({ dataDir });
  const call = async (m: string, input: unknown) => {
    const r = await core.dispatch(m, input);
    if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
    return r.value as { id: string };
  };
  for (let c = 0; c < clients; c++) {
    const client = await call('clients.create', { name: `Klien ${c}`, brandVoice: 'isi '.repeat(400), color: '#336699', notes: 'catatan '.repeat(200) });
    for (let p = 0; p < postsEach; p++) {
      await call('slots.create', { clientId: client.id, startsAt: `2026-12-${String(1 + p).padStart(2, '0')}T12:00:00.000Z`, topic: `Post ${p} ${'topik '.repeat(30)}` });
    }
  }
  core.close();
  return path.join(dataDir, DB_FILE);
}

export const listDir = (dir: string) => fs.readdirSync(dir).sort();
