import type { Migration } from '../migrate';

/** First schema: clients with accounts and package, campaigns, EP slots with copy variants. */
export const m001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE clients (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      color TEXT NOT NULL,
      timezone TEXT NOT NULL DEFAULT 'Asia/Jakarta',
      brand_voice TEXT NOT NULL DEFAULT '',
      audience TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE client_accounts (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      platform TEXT NOT NULL,
      handle TEXT NOT NULL,
      PRIMARY KEY (client_id, position)
    ) STRICT;

    CREATE TABLE client_package (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      format TEXT NOT NULL,
      per_month INTEGER NOT NULL CHECK (per_month > 0),
      PRIMARY KEY (client_id, platform, format)
    ) STRICT;

    CREATE TABLE campaigns (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      name TEXT NOT NULL,
      objective TEXT NOT NULL DEFAULT '',
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL CHECK (end_date >= start_date),
      color TEXT NOT NULL,
      kpi_targets TEXT NOT NULL DEFAULT '[]',
      budget INTEGER,
      status TEXT NOT NULL DEFAULT 'planned',
      notes TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX campaigns_client_range ON campaigns(client_id, start_date, end_date);

    CREATE TABLE slots (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id),
      campaign_id TEXT REFERENCES campaigns(id) ON DELETE SET NULL,
      starts_at TEXT NOT NULL,
      timezone TEXT NOT NULL,
      pillar TEXT NOT NULL DEFAULT '',
      format TEXT NOT NULL DEFAULT 'feed',
      topic TEXT NOT NULL DEFAULT '',
      visual_brief TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'draft',
      pic TEXT NOT NULL DEFAULT '',
      post_url TEXT NOT NULL DEFAULT '',
      deleted_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX slots_client_time ON slots(client_id, starts_at);
    CREATE INDEX slots_time ON slots(starts_at);

    CREATE TABLE slot_variants (
      slot_id TEXT NOT NULL REFERENCES slots(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      doc TEXT,
      plain TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (slot_id, platform)
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
