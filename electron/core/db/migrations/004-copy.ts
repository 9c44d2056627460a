import type { Migration } from '../migrate';

/** The copy editor: revision history per variant, each client's glossary and hashtag sets. */
export const m004: Migration = {
  version: 4,
  name: 'copy',
  up: `
    CREATE TABLE variant_revisions (
      id TEXT PRIMARY KEY,
      slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      author TEXT NOT NULL CHECK (author IN ('me', 'client')),
      doc TEXT,
      plain TEXT NOT NULL,
      restored_from TEXT REFERENCES variant_revisions(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX variant_revisions_variant ON variant_revisions(slot_id, platform, created_at);

    CREATE TABLE client_glossary (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      -- NFC, lower case: one entry per word whatever its capitalisation.
      word_key TEXT NOT NULL,
      word TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (client_id, word_key)
    ) STRICT;

    CREATE TABLE hashtag_sets (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX hashtag_sets_client ON hashtag_sets(client_id);
  `,
};
