import type { Migration } from '../migrate';

/** The user's decisions on holiday dates (confirm/shift after the isbat) and clients' own dates. */
export const m002: Migration = {
  version: 2,
  name: 'moments',
  up: `
    CREATE TABLE moment_overrides (
      year INTEGER NOT NULL,
      moment_key TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('confirm', 'shift')),
      shift_days INTEGER NOT NULL DEFAULT 0 CHECK (shift_days BETWEEN -3 AND 3),
      updated_at TEXT NOT NULL,
      PRIMARY KEY (year, moment_key)
    ) STRICT;

    CREATE TABLE client_dates (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
      name TEXT NOT NULL,
      date TEXT NOT NULL,
      repeat TEXT NOT NULL CHECK (repeat IN ('yearly', 'once')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX client_dates_client ON client_dates(client_id);
  `,
};
