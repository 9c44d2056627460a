import { stripUndefined } from './util';
import { notFound } from './sql';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { Account, Client, PackageItem } from '../../../shared/contract/schemas';
import type { ParsedInput } from '../../../shared/contract/methods';
import { newId, now } from './ids';

interface ClientRow {
  id: string;
  name: string;
  color: string;
  timezone: string;
  brand_voice: string;
  audience: string;
  notes: string;
  banned_words: string;
  required_hashtags: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export function clientService(db: Database) {
  const q = {
    list: db.prepare<[number], ClientRow>(
      'SELECT * FROM clients WHERE (? OR archived_at IS NULL) ORDER BY archived_at IS NOT NULL, name COLLATE NOCASE',
    ),
    get: db.prepare<[string], ClientRow>('SELECT * FROM clients WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO clients (id, name, color, timezone, brand_voice, audience, notes, banned_words, required_hashtags, created_at, updated_at)
       VALUES (@id, @name, @color, @timezone, @brandVoice, @audience, @notes, @banned, @required, @createdAt, @createdAt)`,
    ),
    update: db.prepare(
      `UPDATE clients SET name=@name, color=@color, timezone=@timezone, brand_voice=@brandVoice,
       audience=@audience, notes=@notes, banned_words=@banned, required_hashtags=@required, updated_at=@updatedAt WHERE id=@id`,
    ),
    setArchived: db.prepare<[string | null, string, string]>('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?'),
    accounts: db.prepare<[string], { platform: Account['platform']; handle: string }>(
      'SELECT platform, handle FROM client_accounts WHERE client_id = ? ORDER BY position',
    ),
    allAccounts: db.prepare<[], { client_id: string; platform: Account['platform']; handle: string }>(
      'SELECT client_id, platform, handle FROM client_accounts ORDER BY client_id, position',
    ),
    clearAccounts: db.prepare<[string]>('DELETE FROM client_accounts WHERE client_id = ?'),
    insertAccount: db.prepare<[string, number, string, string]>(
      'INSERT INTO client_accounts (client_id, position, platform, handle) VALUES (?, ?, ?, ?)',
    ),
    pkg: db.prepare<[string], { platform: PackageItem['platform']; format: PackageItem['format']; per_month: number }>(
      'SELECT platform, format, per_month FROM client_package WHERE client_id = ? ORDER BY rowid',
    ),
    allPkg: db.prepare<[], { client_id: string; platform: PackageItem['platform']; format: PackageItem['format']; per_month: number }>(
      'SELECT client_id, platform, format, per_month FROM client_package ORDER BY rowid',
    ),
    clearPkg: db.prepare<[string]>('DELETE FROM client_package WHERE client_id = ?'),
    insertPkg: db.prepare<[string, string, string, number]>(
      'INSERT INTO client_package (client_id, platform, format, per_month) VALUES (?, ?, ?, ?)',
    ),
  };

  function toClient(row: ClientRow, accounts: Account[], pkg: PackageItem[]): Client {
    return {
      id: row.id,
      name: row.name,
      color: row.color,
      timezone: row.timezone,
      brandVoice: row.brand_voice,
      audience: row.audience,
      notes: row.notes,
      bannedWords: JSON.parse(row.banned_words) as string[],
      requiredHashtags: JSON.parse(row.required_hashtags) as string[],
      accounts,
      package: pkg,
      archived: row.archived_at !== null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function load(id: string): Client {
    const row = q.get.get(id);
    if (!row) throw notFound('client', id);
    const pkg = q.pkg.all(id).map((p) => ({ platform: p.platform, format: p.format, perMonth: p.per_month }));
    return toClient(row, q.accounts.all(id), pkg);
  }

  function writeChildren(id: string, accounts: Account[], pkg: PackageItem[]) {
    q.clearAccounts.run(id);
    accounts.forEach((a, i) => q.insertAccount.run(id, i, a.platform, a.handle));
    q.clearPkg.run(id);
    const seen = new Set<string>();
    for (const p of pkg) {
      const key = `${p.platform}/${p.format}`;
      if (seen.has(key)) {
        throw new AppError('invalid_input', `The package lists ${key} twice`, {
          issues: [{ path: 'package', code: 'duplicate', message: `${key} appears twice` }],
        });
      }
      seen.add(key);
      q.insertPkg.run(id, p.platform, p.format, p.perMonth);
    }
  }

  return {
    list(input: ParsedInput<'clients.list'>): Client[] {
      const accounts = groupBy(q.allAccounts.all(), (a) => a.client_id);
      const pkgs = groupBy(q.allPkg.all(), (p) => p.client_id);
      return q.list.all(input.includeArchived ? 1 : 0).map((row) =>
        toClient(
          row,
          (accounts.get(row.id) ?? []).map(({ platform, handle }) => ({ platform, handle })),
          (pkgs.get(row.id) ?? []).map((p) => ({ platform: p.platform, format: p.format, perMonth: p.per_month })),
        ),
      );
    },
    get: (input: { id: string }) => load(input.id),
    create: db.transaction((input: ParsedInput<'clients.create'>): Client => {
      const id = newId();
      q.insert.run({ ...input, ...ruleColumns(input), id, createdAt: now() });
      writeChildren(id, input.accounts, input.package);
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'clients.update'>): Client => {
      const current = load(id);
      const next = { ...current, ...stripUndefined(patch) };
      q.update.run({ ...next, ...ruleColumns(next), id, updatedAt: now() });
      if (patch.accounts || patch.package) writeChildren(id, next.accounts, next.package);
      return load(id);
    }),
    archive: db.transaction(({ id }: { id: string }): Client => {
      load(id);
      q.setArchived.run(now(), now(), id);
      return load(id);
    }),
    restore: db.transaction(({ id }: { id: string }): Client => {
      load(id);
      q.setArchived.run(null, now(), id);
      return load(id);
    }),
    count: (): number => (db.prepare('SELECT count(*) AS n FROM clients').get() as { n: number }).n,
  };
}

/** Banned words and required hashtags as stored: JSON lists, hashtags with their '#'. */
function ruleColumns(c: { bannedWords: string[]; requiredHashtags: string[] }) {
  const tags = [...new Set(c.requiredHashtags.map((h) => (h.startsWith('#') ? h : `#${h}`)))];
  return { banned: JSON.stringify([...new Set(c.bannedWords)]), required: JSON.stringify(tags) };
}


/** Map.groupBy is Node 21+; the tests run on Node 20. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
