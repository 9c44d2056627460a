import { notFound } from '../services/sql';
import type { Database } from 'better-sqlite3';
import type { Revision, RevisionAuthor, SaveResult, SavedVariant } from '../../../shared/contract/editor';
import type { Variant } from '../../../shared/contract/schemas';
import type { Platform } from '../../../shared/domain/platforms';
import { newId, now } from '../services/ids';
import { refreshContentHash } from '../approval/content';

/**
 * Saves while the user keeps typing extend the latest revision instead of adding one per
 * autosave; after this long a new revision starts, so the history shows sessions of work.
 */
export const REVISION_WINDOW_MS = 2 * 60 * 1000;

interface VariantRow {
  slot_id: string;
  platform: Platform;
  doc: string | null;
  plain: string;
  updated_at: string;
}
interface RevisionRow {
  id: string;
  slot_id: string;
  platform: Platform;
  author: RevisionAuthor;
  doc: string | null;
  plain: string;
  restored_from: string | null;
  created_at: string;
  updated_at: string;
}

export interface SaveInput {
  slotId: string;
  platform: Platform;
  doc: Variant['doc'];
  plain: string;
}
export interface SaveOptions {
  author: RevisionAuthor;
  /** Set by restore: the revision whose text this is. */
  restoredFrom?: string;
  /** The time to record; tests pass their own clock. */
  at?: string;
}

const parseDoc = (doc: string | null): Variant['doc'] => (doc === null ? null : (JSON.parse(doc) as Variant['doc']));

const toVariant = (r: VariantRow): SavedVariant => ({
  slotId: r.slot_id,
  platform: r.platform,
  doc: parseDoc(r.doc),
  plain: r.plain,
  updatedAt: r.updated_at,
});

const toRevision = (r: RevisionRow): Revision => ({
  id: r.id,
  slotId: r.slot_id,
  platform: r.platform,
  author: r.author,
  doc: parseDoc(r.doc),
  plain: r.plain,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  restoredFrom: r.restored_from,
});

const revisionMeta = (r: RevisionRow): NonNullable<SaveResult['revision']> => {
  const { doc: _doc, plain: _plain, ...meta } = toRevision(r);
  return meta;
};

const slotNotFound = (id: string) => notFound('slot', id);

/** A slot's copy variants and their revision history (slot_variants + variant_revisions). */
export function variantService(db: Database) {
  const q = {
    slot: db.prepare<[string], { id: string }>('SELECT id FROM slots WHERE id = ? AND deleted_at IS NULL'),
    touchSlot: db.prepare<[string, string]>('UPDATE slots SET updated_at = ? WHERE id = ?'),
    list: db.prepare<[string], VariantRow>(
      'SELECT slot_id, platform, doc, plain, updated_at FROM slot_variants WHERE slot_id = ? ORDER BY rowid',
    ),
    get: db.prepare<[string, string], VariantRow>(
      'SELECT slot_id, platform, doc, plain, updated_at FROM slot_variants WHERE slot_id = ? AND platform = ?',
    ),
    upsert: db.prepare<[string, string, string | null, string, string]>(
      `INSERT INTO slot_variants (slot_id, platform, doc, plain, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (slot_id, platform) DO UPDATE SET doc = excluded.doc, plain = excluded.plain, updated_at = excluded.updated_at`,
    ),
    remove: db.prepare<[string, string]>('DELETE FROM slot_variants WHERE slot_id = ? AND platform = ?'),
    lastRevision: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM variant_revisions WHERE slot_id = ? AND platform = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    ),
    revisions: db.prepare<[string, string], RevisionRow>(
      'SELECT * FROM variant_revisions WHERE slot_id = ? AND platform = ? ORDER BY created_at DESC, rowid DESC LIMIT 500',
    ),
    revision: db.prepare<[string], RevisionRow>('SELECT * FROM variant_revisions WHERE id = ?'),
    insertRevision: db.prepare(
      `INSERT INTO variant_revisions (id, slot_id, platform, author, doc, plain, restored_from, created_at, updated_at)
       VALUES (@id, @slotId, @platform, @author, @doc, @plain, @restoredFrom, @at, @at)`,
    ),
    extendRevision: db.prepare<[string | null, string, string, string]>(
      'UPDATE variant_revisions SET doc = ?, plain = ?, updated_at = ? WHERE id = ?',
    ),
  };

  function assertSlot(slotId: string) {
    if (!q.slot.get(slotId)) throw slotNotFound(slotId);
  }

  /** Appends the text to the history, or extends the latest revision; null when nothing changed. */
  function record(input: SaveInput, doc: string | null, opts: SaveOptions, at: string): RevisionRow | null {
    const last = q.lastRevision.get(input.slotId, input.platform);
    if (last ? last.plain === input.plain && last.doc === doc : input.plain === '') return null;
    const extend =
      last &&
      opts.author === 'me' &&
      !opts.restoredFrom &&
      last.author === 'me' &&
      last.restored_from === null &&
      Date.parse(at) - Date.parse(last.created_at) < REVISION_WINDOW_MS;
    if (extend) {
      q.extendRevision.run(doc, input.plain, at, last.id);
      return q.revision.get(last.id)!;
    }
    const id = newId();
    q.insertRevision.run({ id, ...input, doc, author: opts.author, restoredFrom: opts.restoredFrom ?? null, at });
    return q.revision.get(id)!;
  }

  const save = db.transaction((input: SaveInput, opts: SaveOptions): SaveResult => {
    assertSlot(input.slotId);
    const at = opts.at ?? now();
    const doc = input.doc === null ? null : JSON.stringify(input.doc);
    const current = q.get.get(input.slotId, input.platform);
    if (!current || current.doc !== doc || current.plain !== input.plain) {
      q.upsert.run(input.slotId, input.platform, doc, input.plain, at);
      q.touchSlot.run(at, input.slotId);
      refreshContentHash(db, input.slotId);
    }
    const revision = record(input, doc, opts, at);
    return {
      variant: toVariant(q.get.get(input.slotId, input.platform)!),
      revision: revision ? revisionMeta(revision) : null,
    };
  });

  return {
    list(slotId: string): SavedVariant[] {
      assertSlot(slotId);
      return q.list.all(slotId).map(toVariant);
    },
    /** `author: 'client'` is for the review import; the contract only lets the UI save as 'me'. */
    save,
    remove: db.transaction(({ slotId, platform }: { slotId: string; platform: Platform }) => {
      assertSlot(slotId);
      const removed = q.remove.run(slotId, platform).changes > 0;
      if (removed) {
        q.touchSlot.run(now(), slotId);
        refreshContentHash(db, slotId);
      }
      return { slotId, platform, removed };
    }),
    revisions({ slotId, platform }: { slotId: string; platform: Platform }): Revision[] {
      assertSlot(slotId);
      return q.revisions.all(slotId, platform).map(toRevision);
    },
    restore: db.transaction(({ revisionId }: { revisionId: string }, at?: string): SaveResult => {
      const r = q.revision.get(revisionId);
      if (!r) throw notFound('revision', revisionId);
      const input = { slotId: r.slot_id, platform: r.platform, doc: parseDoc(r.doc), plain: r.plain };
      return save(input, { author: 'me', restoredFrom: r.id, at });
    }),
  };
}
