import { notFound } from '../services/sql';
import type { Database } from 'better-sqlite3';
import type { GlossaryEntry } from '../../../shared/contract/editor';
import { now } from '../services/ids';

/** One entry per word whatever its capitalisation or Unicode form. */
export const glossaryKey = (word: string): string => word.normalize('NFC').toLowerCase();

/** Each client's glossary: brand, product and people's names the spelling check accepts. */
export function glossaryService(db: Database) {
  const q = {
    client: db.prepare<[string], { id: string }>('SELECT id FROM clients WHERE id = ?'),
    list: db.prepare<[string], { word: string; created_at: string }>(
      'SELECT word, created_at FROM client_glossary WHERE client_id = ? ORDER BY word_key',
    ),
    get: db.prepare<[string, string], { word: string; created_at: string }>(
      'SELECT word, created_at FROM client_glossary WHERE client_id = ? AND word_key = ?',
    ),
    insert: db.prepare<[string, string, string, string]>(
      'INSERT OR IGNORE INTO client_glossary (client_id, word_key, word, created_at) VALUES (?, ?, ?, ?)',
    ),
    remove: db.prepare<[string, string]>('DELETE FROM client_glossary WHERE client_id = ? AND word_key = ?'),
  };
  const toEntry = (r: { word: string; created_at: string }): GlossaryEntry => ({ word: r.word, createdAt: r.created_at });

  function assertClient(id: string) {
    if (!q.client.get(id)) throw notFound('client', id);
  }

  return {
    list({ clientId }: { clientId: string }): GlossaryEntry[] {
      assertClient(clientId);
      return q.list.all(clientId).map(toEntry);
    },
    /** Adding a word that is already there (in any capitalisation) keeps the first spelling. */
    add: db.transaction(({ clientId, word }: { clientId: string; word: string }): GlossaryEntry => {
      assertClient(clientId);
      const clean = word.normalize('NFC');
      q.insert.run(clientId, glossaryKey(clean), clean, now());
      return toEntry(q.get.get(clientId, glossaryKey(clean))!);
    }),
    remove: db.transaction(({ clientId, word }: { clientId: string; word: string }) => {
      assertClient(clientId);
      return { removed: q.remove.run(clientId, glossaryKey(word)).changes > 0 };
    }),
  };
}
