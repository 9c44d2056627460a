import { notFound } from '../services/sql';
import type { Database } from 'better-sqlite3';
import type { HashtagSet } from '../../../shared/contract/editor';
import { newId, now } from '../services/ids';

interface SetRow {
  id: string;
  client_id: string;
  name: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

const toSet = (r: SetRow): HashtagSet => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  tags: JSON.parse(r.tags) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Tags in their first spelling, each once (platforms treat #Promo and #promo as one tag). */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    const tag = t.normalize('NFC');
    const key = tag.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Each client's named hashtag sets, inserted into copy with one click. */
export function hashtagSetService(db: Database) {
  const q = {
    client: db.prepare<[string], { id: string }>('SELECT id FROM clients WHERE id = ?'),
    list: db.prepare<[string], SetRow>('SELECT * FROM hashtag_sets WHERE client_id = ? ORDER BY name COLLATE NOCASE, created_at'),
    get: db.prepare<[string], SetRow>('SELECT * FROM hashtag_sets WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO hashtag_sets (id, client_id, name, tags, created_at, updated_at)
       VALUES (@id, @clientId, @name, @tags, @at, @at)`,
    ),
    update: db.prepare<[string, string, string, string]>('UPDATE hashtag_sets SET name = ?, tags = ?, updated_at = ? WHERE id = ?'),
    remove: db.prepare<[string]>('DELETE FROM hashtag_sets WHERE id = ?'),
  };

  function assertClient(id: string) {
    if (!q.client.get(id)) throw notFound('client', id);
  }

  return {
    list({ clientId }: { clientId: string }): HashtagSet[] {
      assertClient(clientId);
      return q.list.all(clientId).map(toSet);
    },
    save: db.transaction((input: { clientId: string; id?: string; name: string; tags: string[] }): HashtagSet => {
      assertClient(input.clientId);
      const tags = JSON.stringify(uniqueTags(input.tags));
      const at = now();
      if (input.id) {
        const current = q.get.get(input.id);
        if (!current || current.client_id !== input.clientId) {
          throw notFound('hashtagSet', input.id, 'hashtag set');
        }
        q.update.run(input.name, tags, at, input.id);
        return toSet(q.get.get(input.id)!);
      }
      const id = newId();
      q.insert.run({ id, clientId: input.clientId, name: input.name, tags, at });
      return toSet(q.get.get(id)!);
    }),
    remove: db.transaction(({ id }: { id: string }) => ({ id, removed: q.remove.run(id).changes > 0 })),
  };
}
