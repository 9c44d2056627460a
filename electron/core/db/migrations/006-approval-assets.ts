import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Migration } from '../migrate';
import { slotContentHash } from '../../../../shared/review/contentHash';
import type { Platform } from '../../../../shared/domain/platforms';

/**
 * Approval bound to content (issue 9): each slot's content hash, the approvals, comments and
 * status moves of a post, and its visuals (files stored once by content hash).
 */
const schema = `
  ALTER TABLE slots ADD COLUMN content_hash TEXT NOT NULL DEFAULT '';

  CREATE TABLE slot_approvals (
    id TEXT PRIMARY KEY,
    slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    -- JSON of the SlotContent approved (shared/review/contentHash.ts), for "what changed since".
    snapshot TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('client', 'outside')),
    note TEXT NOT NULL DEFAULT '',
    import_id TEXT,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  ) STRICT;
  CREATE INDEX slot_approvals_slot ON slot_approvals(slot_id, created_at);

  CREATE TABLE slot_comments (
    id TEXT PRIMARY KEY,
    slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
    author TEXT NOT NULL CHECK (author IN ('me', 'client')),
    author_name TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    import_id TEXT,
    created_at TEXT NOT NULL,
    deleted_at TEXT
  ) STRICT;
  CREATE INDEX slot_comments_slot ON slot_comments(slot_id, created_at);

  CREATE TABLE slot_status_log (
    id TEXT PRIMARY KEY,
    slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    via TEXT NOT NULL CHECK (via IN ('user', 'export', 'client', 'outside', 'undo')),
    note TEXT NOT NULL DEFAULT '',
    -- The export, the feedback import, or (for 'undo') the log entry undone.
    ref_id TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX slot_status_log_slot ON slot_status_log(slot_id, created_at);

  CREATE TABLE assets (
    hash TEXT PRIMARY KEY,
    ext TEXT NOT NULL,
    mime TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'file')),
    size INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    created_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE slot_assets (
    slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
    asset_hash TEXT NOT NULL REFERENCES assets(hash),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT,
    PRIMARY KEY (slot_id, asset_hash)
  ) STRICT;
  CREATE INDEX slot_assets_asset ON slot_assets(asset_hash);
`;

interface Row {
  id: string;
  status: string;
  starts_at: string;
  format: string;
  topic: string;
  visual_brief: string;
  link: string;
}

/**
 * Fills in every existing post's content hash with the content fields as they are at version 6
 * (this file keeps its own queries so later schema changes cannot alter it), and records the
 * approval of posts already approved, so editing them later shows "changed since approval".
 */
function up(db: Database) {
  db.exec(schema);
  const slots = db.prepare<[], Row>('SELECT id, status, starts_at, format, topic, visual_brief, link FROM slots').all();
  const variants = db.prepare<[string], { platform: Platform; plain: string }>('SELECT platform, plain FROM slot_variants WHERE slot_id = ? ORDER BY rowid');
  const setHash = db.prepare<[string, string]>('UPDATE slots SET content_hash = ? WHERE id = ?');
  const approve = db.prepare(
    `INSERT INTO slot_approvals (id, slot_id, content_hash, snapshot, source, note, created_at)
     VALUES (?, ?, ?, ?, 'outside', '', ?)`,
  );
  const at = new Date().toISOString();
  for (const s of slots) {
    const content = {
      startsAt: s.starts_at,
      format: s.format,
      topic: s.topic,
      visualBrief: s.visual_brief,
      link: s.link,
      variants: variants.all(s.id),
      assetHashes: [] as string[],
    };
    const hash = slotContentHash(content);
    setHash.run(hash, s.id);
    if (s.status === 'approved' || s.status === 'scheduled' || s.status === 'posted') approve.run(randomUUID(), s.id, hash, JSON.stringify(content), at);
  }
  // Self-check: every post has a hash before the version is bumped (the transaction rolls back otherwise).
  const missing = db.prepare("SELECT count(*) FROM slots WHERE content_hash = ''").pluck().get() as number;
  if (missing > 0) throw new Error(`migration 006: ${missing} posts without a content hash`);
}

export const m006: Migration = { version: 6, name: 'approval-assets', up };
