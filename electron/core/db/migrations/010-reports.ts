import type { Migration } from '../migrate';

/**
 * Reports (issue 14): metrics per post imported from the platforms' exports, what each import
 * changed (for undo), the client's report settings and prime times, and the report commentary.
 */
export const m010: Migration = {
  version: 10,
  name: 'reports',
  up: `
    CREATE TABLE metric_imports (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      source TEXT NOT NULL,
      file_name TEXT NOT NULL,
      added INTEGER NOT NULL,
      updated INTEGER NOT NULL,
      matched INTEGER NOT NULL,
      period_from TEXT,
      period_to TEXT,
      created_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;
    CREATE INDEX metric_imports_client ON metric_imports(client_id, created_at);

    -- One row per published post and platform: its lifetime totals as of the latest import.
    CREATE TABLE post_metrics (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      external_id TEXT NOT NULL,
      url TEXT NOT NULL DEFAULT '',
      caption TEXT NOT NULL DEFAULT '',
      post_type TEXT NOT NULL DEFAULT '',
      published_at TEXT,
      published_date TEXT NOT NULL,
      -- Weekday (1 = Monday) and hour of published_at in the client's zone at import, for the heat map.
      local_weekday INTEGER,
      local_hour INTEGER,
      reach INTEGER,
      impressions INTEGER,
      views INTEGER,
      likes INTEGER,
      comments INTEGER,
      shares INTEGER,
      saves INTEGER,
      clicks INTEGER,
      follows INTEGER,
      watch_hours REAL,
      -- likes + comments + shares + saves (shared/metrics/fields.ts), kept for the aggregates.
      engagements INTEGER NOT NULL DEFAULT 0,
      slot_id TEXT REFERENCES slots(id) ON DELETE SET NULL,
      match_kind TEXT CHECK (match_kind IN ('url', 'auto', 'manual')),
      import_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (client_id, platform, external_id)
    ) STRICT;
    CREATE INDEX post_metrics_client_date ON post_metrics(client_id, published_date);
    CREATE INDEX post_metrics_slot ON post_metrics(slot_id);

    -- Each metrics row an import wrote, with the row as it was before (NULL: the import added it).
    CREATE TABLE metric_import_rows (
      import_id TEXT NOT NULL REFERENCES metric_imports(id) ON DELETE CASCADE,
      metric_id TEXT NOT NULL,
      before TEXT,
      PRIMARY KEY (import_id, metric_id)
    ) STRICT;
    CREATE INDEX metric_import_rows_metric ON metric_import_rows(metric_id);

    -- What an import did to posts (a URL filled in, a status move), undone last first.
    CREATE TABLE metric_import_effects (
      import_id TEXT NOT NULL REFERENCES metric_imports(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('post_url', 'status')),
      slot_id TEXT NOT NULL,
      before TEXT NOT NULL,
      ref_id TEXT,
      PRIMARY KEY (import_id, seq)
    ) STRICT;

    CREATE TABLE client_report_settings (
      client_id TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
      er_base TEXT NOT NULL DEFAULT 'reach' CHECK (er_base IN ('reach', 'impressions', 'followers')),
      -- JSON { platform: follower count }, entered by hand, for engagement rate by followers.
      followers TEXT NOT NULL DEFAULT '{}',
      updated_at TEXT NOT NULL
    ) STRICT;

    -- The client's prime times per platform, in the client's zone. The one place they live: the
    -- calendar, "New post" and the reports' "adopt" all read and write this table.
    CREATE TABLE client_prime_times (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      platform TEXT NOT NULL,
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      time TEXT NOT NULL,
      source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'suggested')),
      created_at TEXT NOT NULL,
      PRIMARY KEY (client_id, platform, weekday, time)
    ) STRICT;

    CREATE TABLE report_notes (
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      period_from TEXT NOT NULL,
      period_to TEXT NOT NULL,
      summary TEXT NOT NULL DEFAULT '',
      insights TEXT NOT NULL DEFAULT '',
      next_plan TEXT NOT NULL DEFAULT '',
      leads INTEGER,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (client_id, period_from, period_to)
    ) STRICT;
  `,
};
