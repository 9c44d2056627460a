import type { Migration } from '../migrate';

/**
 * Every review bundle sent (issue 9): one row per export (its id is the bundle id in the
 * manifest), and per post the content hash and snapshot that went out, so an import can tell
 * what the client saw from what the post is now. Slots are only soft-deleted, so the snapshot
 * keeps its post.
 */
export const m007: Migration = {
  version: 7,
  name: 'exports',
  up: `
    CREATE TABLE exports (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      version INTEGER NOT NULL CHECK (version >= 1),
      statuses TEXT NOT NULL DEFAULT '[]',
      language TEXT NOT NULL CHECK (language IN ('id', 'en')),
      out_dir TEXT NOT NULL,
      zip_path TEXT NOT NULL,
      review_path TEXT NOT NULL,
      app_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (client_id, period_from, period_to, version)
    ) STRICT;
    CREATE INDEX exports_client ON exports(client_id, created_at);

    CREATE TABLE export_posts (
      export_id TEXT NOT NULL REFERENCES exports(id) ON DELETE CASCADE,
      slot_id TEXT NOT NULL REFERENCES slots(id),
      no INTEGER NOT NULL CHECK (no >= 1),
      content_hash TEXT NOT NULL,
      snapshot TEXT NOT NULL,
      PRIMARY KEY (export_id, slot_id)
    ) STRICT;
    CREATE INDEX export_posts_slot ON export_posts(slot_id);
  `,
};
