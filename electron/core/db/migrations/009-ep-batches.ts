import type { Migration } from '../migrate';

/**
 * The EP table's undo records (issue 11): every bulk action, paste, cadence fill, month copy and
 * spreadsheet import is one batch whose `payload` says how to take it back in one step — the
 * posts it created, the ones it deleted, and the fields it changed with their values before.
 */
export const m009: Migration = {
  version: 9,
  name: 'ep-batches',
  up: `
    CREATE TABLE ep_batches (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('bulk', 'paste', 'cadence', 'copyMonth', 'import')),
      client_id TEXT REFERENCES clients(id) ON DELETE CASCADE,
      -- The imported file's name, or the bulk action.
      label TEXT NOT NULL DEFAULT '',
      payload TEXT NOT NULL CHECK (json_valid(payload)),
      created_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;
    CREATE INDEX ep_batches_client ON ep_batches(client_id, created_at);
  `,
};
