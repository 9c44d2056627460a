import type { Migration } from '../migrate';

/** The planning calendar: idea bank, weekly cadences, campaign phases and mechanics. */
export const m003: Migration = {
  version: 3,
  name: 'planning',
  up: `
    CREATE TABLE ideas (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      title TEXT NOT NULL,
      notes TEXT NOT NULL DEFAULT '',
      pillar TEXT NOT NULL DEFAULT '',
      used_slot_id TEXT REFERENCES slots(id) ON DELETE SET NULL,
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ideas_client ON ideas(client_id);

    CREATE TABLE cadences (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      format TEXT NOT NULL,
      weekdays TEXT NOT NULL,
      time TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX cadences_client ON cadences(client_id);

    ALTER TABLE campaigns ADD COLUMN mechanics TEXT NOT NULL DEFAULT '';
    ALTER TABLE campaigns ADD COLUMN phases TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE slots ADD COLUMN cadence_id TEXT REFERENCES cadences(id) ON DELETE SET NULL;
  `,
};
