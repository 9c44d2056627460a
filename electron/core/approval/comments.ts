import type { Database } from 'better-sqlite3';
import { newId, now } from '../services/ids';
import { notFound } from '../services/sql';

export type CommentAuthor = 'me' | 'client';

export interface SlotComment {
  id: string;
  slotId: string;
  author: CommentAuthor;
  /** The client's reviewer name as they typed it; empty for the user's own notes. */
  authorName: string;
  text: string;
  importId: string | null;
  createdAt: string;
}

interface CommentRow {
  id: string;
  slot_id: string;
  author: CommentAuthor;
  author_name: string;
  text: string;
  import_id: string | null;
  created_at: string;
}

const toComment = (r: CommentRow): SlotComment => ({
  id: r.id,
  slotId: r.slot_id,
  author: r.author,
  authorName: r.author_name,
  text: r.text,
  importId: r.import_id,
  createdAt: r.created_at,
});

/** A post's comments: the client's (from feedback imports) and the user's own notes. */
export function commentService(db: Database) {
  const q = {
    slot: db.prepare<[string], { id: string }>('SELECT id FROM slots WHERE id = ? AND deleted_at IS NULL'),
    insert: db.prepare(
      `INSERT INTO slot_comments (id, slot_id, author, author_name, text, import_id, created_at)
       VALUES (@id, @slotId, @author, @authorName, @text, @importId, @at)`,
    ),
    list: db.prepare<[string], CommentRow>(
      'SELECT * FROM slot_comments WHERE slot_id = ? AND deleted_at IS NULL ORDER BY created_at, rowid',
    ),
    get: db.prepare<[string], CommentRow>('SELECT * FROM slot_comments WHERE id = ?'),
    remove: db.prepare<[string, string]>('UPDATE slot_comments SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
  };

  return {
    add(input: { slotId: string; author: CommentAuthor; authorName?: string; text: string; importId?: string | null; at?: string }): string {
      if (!q.slot.get(input.slotId)) throw notFound('slot', input.slotId);
      const id = newId();
      q.insert.run({
        id,
        slotId: input.slotId,
        author: input.author,
        authorName: input.authorName ?? '',
        text: input.text,
        importId: input.importId ?? null,
        at: input.at ?? now(),
      });
      return id;
    },
    /** Oldest first. */
    list(slotId: string): SlotComment[] {
      if (!q.slot.get(slotId)) throw notFound('slot', slotId);
      return q.list.all(slotId).map(toComment);
    },
    get(id: string): SlotComment {
      const row = q.get.get(id);
      if (!row) throw notFound('comment', id);
      return toComment(row);
    },
    /** Hides a comment (undo of an import, or the user deleting their note). */
    remove(id: string): void {
      if (!q.get.get(id)) throw notFound('comment', id);
      q.remove.run(now(), id);
    },
  };
}
