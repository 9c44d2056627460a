import type { Migration } from '../migrate';

/**
 * The client's feedback imports (issue 9 item 7): one row per import with what undo needs, and
 * the decision read for each post with what applying it did.
 */
export const m008: Migration = {
  version: 8,
  name: 'feedback',
  up: `
    CREATE TABLE feedback_imports (
      id TEXT PRIMARY KEY,
      export_id TEXT NOT NULL REFERENCES exports(id),
      client_id TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('json', 'text', 'xlsx')),
      file_name TEXT NOT NULL DEFAULT '',
      -- SHA-256 of the feedback's canonical JSON: the same answer is not applied twice.
      fingerprint TEXT NOT NULL,
      reviewer TEXT NOT NULL DEFAULT '',
      note TEXT NOT NULL DEFAULT '',
      submitted_at TEXT NOT NULL,
      counts TEXT NOT NULL,
      -- JSON { moves: [status log ids], approvals: [ids], comments: [ids] }
      undo TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone_at TEXT
    ) STRICT;
    CREATE INDEX feedback_imports_export ON feedback_imports(export_id, created_at);
    CREATE INDEX feedback_imports_fingerprint ON feedback_imports(fingerprint);

    CREATE TABLE feedback_decisions (
      import_id TEXT NOT NULL REFERENCES feedback_imports(id) ON DELETE CASCADE,
      slot_id TEXT NOT NULL,
      decision TEXT CHECK (decision IN ('approve', 'changes')),
      comment TEXT NOT NULL DEFAULT '',
      content_hash TEXT NOT NULL,
      outcome TEXT NOT NULL,
      reason TEXT,
      PRIMARY KEY (import_id, slot_id)
    ) STRICT;
  `,
};
