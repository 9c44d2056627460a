import type { Database, Statement } from 'better-sqlite3';
import { slotContentHash, type SlotContent } from '../../../shared/review/contentHash';
import type { Platform } from '../../../shared/domain/platforms';
import { notFound } from '../services/sql';

interface ContentRow {
  starts_at: string;
  format: string;
  topic: string;
  visual_brief: string;
  link: string;
}
interface Statements {
  slot: Statement<[string], ContentRow>;
  variants: Statement<[string], { platform: Platform; plain: string }>;
  assets: Statement<[string], string>;
  setHash: Statement<[string, string]>;
  hash: Statement<[string], string>;
}

// One set of prepared statements per open database; every content write calls these.
const cache = new WeakMap<Database, Statements>();
function statements(db: Database): Statements {
  let s = cache.get(db);
  if (!s) {
    s = {
      slot: db.prepare('SELECT starts_at, format, topic, visual_brief, link FROM slots WHERE id = ?'),
      variants: db.prepare('SELECT platform, plain FROM slot_variants WHERE slot_id = ? ORDER BY rowid'),
      assets: db.prepare<[string], string>(
        'SELECT asset_hash FROM slot_assets WHERE slot_id = ? AND removed_at IS NULL ORDER BY position, added_at',
      ).pluck() as Statement<[string], string>,
      setHash: db.prepare('UPDATE slots SET content_hash = ? WHERE id = ?'),
      hash: db.prepare<[string], string>('SELECT content_hash FROM slots WHERE id = ?').pluck() as Statement<[string], string>,
    };
    cache.set(db, s);
  }
  return s;
}

/** What the client approves of this post, as it is stored now (shared/review/contentHash.ts). */
export function slotContent(db: Database, slotId: string): SlotContent {
  const s = statements(db);
  const row = s.slot.get(slotId);
  if (!row) throw notFound('slot', slotId);
  return {
    startsAt: row.starts_at,
    format: row.format,
    topic: row.topic,
    visualBrief: row.visual_brief,
    link: row.link,
    variants: s.variants.all(slotId),
    assetHashes: s.assets.all(slotId),
  };
}

/**
 * Recomputes and stores the post's content hash. Every write to a content field (the slot's
 * fields, its variants, its assets) calls this inside its own transaction, so the stored hash is
 * always the hash of what is stored.
 */
export function refreshContentHash(db: Database, slotId: string): string {
  const hash = slotContentHash(slotContent(db, slotId));
  statements(db).setHash.run(hash, slotId);
  return hash;
}

/** The stored content hash of a post. */
export function storedContentHash(db: Database, slotId: string): string {
  const hash = statements(db).hash.get(slotId);
  if (hash === undefined) throw notFound('slot', slotId);
  return hash;
}
