import type { Database } from 'better-sqlite3';
import type { SlotContent } from '../../../shared/review/contentHash';

/** One review bundle as it was written (its id is the manifest's bundle id). */
export interface ExportRecord {
  bundleId: string;
  clientId: string;
  from: string;
  to: string;
  version: number;
  statuses: string[];
  language: 'id' | 'en';
  outDir: string;
  zipPath: string;
  reviewPath: string;
  appVersion: string;
  createdAt: string;
}

/** One post of a bundle: what the client saw, and its hash at the time. */
export interface ExportedPost {
  slotId: string;
  no: number;
  contentHash: string;
  snapshot: SlotContent;
}

interface ExportRow {
  id: string;
  client_id: string;
  period_from: string;
  period_to: string;
  version: number;
  statuses: string;
  language: 'id' | 'en';
  out_dir: string;
  zip_path: string;
  review_path: string;
  app_version: string;
  created_at: string;
}

interface PostRow {
  slot_id: string;
  no: number;
  content_hash: string;
  snapshot: string;
}

const toRecord = (r: ExportRow): ExportRecord => ({
  bundleId: r.id,
  clientId: r.client_id,
  from: r.period_from,
  to: r.period_to,
  version: r.version,
  statuses: JSON.parse(r.statuses) as string[],
  language: r.language,
  outDir: r.out_dir,
  zipPath: r.zip_path,
  reviewPath: r.review_path,
  appVersion: r.app_version,
  createdAt: r.created_at,
});

const toPost = (r: PostRow): ExportedPost => ({
  slotId: r.slot_id,
  no: r.no,
  contentHash: r.content_hash,
  snapshot: JSON.parse(r.snapshot) as SlotContent,
});

/**
 * The one place the `exports` and `export_posts` tables are read and written. The export job
 * inserts a record once its files are in place; the feedback import reads what was sent.
 */
export function exportRecords(db: Database) {
  const q = {
    get: db.prepare<[string], ExportRow>('SELECT * FROM exports WHERE id = ?'),
    posts: db.prepare<[string], PostRow>(
      'SELECT slot_id, no, content_hash, snapshot FROM export_posts WHERE export_id = ? ORDER BY no',
    ),
    maxVersion: db.prepare<[string, string, string], { v: number | null }>(
      'SELECT max(version) AS v FROM exports WHERE client_id = ? AND period_from = ? AND period_to = ?',
    ),
    listAll: db.prepare<[], ExportRow>('SELECT * FROM exports ORDER BY created_at DESC, version DESC'),
    listClient: db.prepare<[string], ExportRow>(
      'SELECT * FROM exports WHERE client_id = ? ORDER BY created_at DESC, version DESC',
    ),
    lastOutDir: db.prepare<[string], { out_dir: string }>(
      'SELECT out_dir FROM exports WHERE client_id = ? ORDER BY created_at DESC LIMIT 1',
    ),
    statusCounts: db.prepare<[], { export_id: string; status: string; n: number }>(
      `SELECT ep.export_id, s.status, count(*) AS n FROM export_posts ep JOIN slots s ON s.id = ep.slot_id
       WHERE s.deleted_at IS NULL GROUP BY ep.export_id, s.status`,
    ),
    insert: db.prepare(
      `INSERT INTO exports (id, client_id, period_from, period_to, version, statuses, language, out_dir,
         zip_path, review_path, app_version, created_at)
       VALUES (@bundleId, @clientId, @from, @to, @version, @statuses, @language, @outDir, @zipPath,
         @reviewPath, @appVersion, @createdAt)`,
    ),
    insertPost: db.prepare<[string, string, number, string, string]>(
      'INSERT INTO export_posts (export_id, slot_id, no, content_hash, snapshot) VALUES (?, ?, ?, ?, ?)',
    ),
  };

  return {
    get(bundleId: string): ExportRecord | null {
      const row = q.get.get(bundleId);
      return row ? toRecord(row) : null;
    },

    /** The bundle's posts in their numbered order, each with the snapshot that was sent. */
    posts(bundleId: string): ExportedPost[] {
      return q.posts.all(bundleId).map(toPost);
    },

    /** Versions count per client and exact period: the first bundle of a period is v1. */
    nextVersion(clientId: string, from: string, to: string): number {
      return (q.maxVersion.get(clientId, from, to)?.v ?? 0) + 1;
    },

    /** Newest first; optionally one client's. */
    list(clientId?: string): ExportRecord[] {
      return (clientId ? q.listClient.all(clientId) : q.listAll.all()).map(toRecord);
    },

    /** Where this client's last bundle went, to offer the same folder again. */
    lastOutDir(clientId: string): string | null {
      return q.lastOutDir.get(clientId)?.out_dir ?? null;
    },

    /** Per bundle, how many of its (not deleted) posts are in each status now. */
    statusCounts(): Map<string, Map<string, number>> {
      const out = new Map<string, Map<string, number>>();
      for (const r of q.statusCounts.all()) {
        let m = out.get(r.export_id);
        if (!m) out.set(r.export_id, (m = new Map()));
        m.set(r.status, r.n);
      }
      return out;
    },

    /** Records a written bundle with every post's hash and snapshot. Call inside the caller's transaction. */
    insert(record: ExportRecord, posts: readonly ExportedPost[]): void {
      q.insert.run({ ...record, statuses: JSON.stringify(record.statuses) });
      for (const p of posts) q.insertPost.run(record.bundleId, p.slotId, p.no, p.contentHash, JSON.stringify(p.snapshot));
    },
  };
}

export type ExportRecords = ReturnType<typeof exportRecords>;
