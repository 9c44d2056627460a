import { notFound, placeholders, statementCache } from './sql';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Idea } from '../../../shared/contract/planning';
import type { Slot } from '../../../shared/contract/schemas';
import { stripUndefined, type ClientDeps } from './util';
import { newId, now } from './ids';

interface IdeaRow {
  id: string;
  client_id: string;
  title: string;
  notes: string;
  pillar: string;
  used_slot_id: string | null;
  created_at: string;
  updated_at: string;
}
const toIdea = (r: IdeaRow): Idea => ({
  id: r.id,
  clientId: r.client_id,
  title: r.title,
  notes: r.notes,
  pillar: r.pillar,
  usedSlotId: r.used_slot_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface IdeaDeps extends ClientDeps {
  createSlot(input: ParsedInput<'slots.create'>): Slot;
}

/** The idea bank: undated ideas per client, dragged onto the calendar to become slots. */
export function ideaService(db: Database, deps: IdeaDeps) {
  const prepare = statementCache(db);
  const get = db.prepare<[string], IdeaRow>('SELECT * FROM ideas WHERE id = ? AND archived_at IS NULL');
  const load = (id: string): Idea => {
    const row = get.get(id);
    if (!row) throw notFound('idea', id);
    return toIdea(row);
  };
  return {
    list(input: ParsedInput<'ideas.list'>): Idea[] {
      const where = ['archived_at IS NULL'];
      const args: string[] = [];
      if (!input.includeUsed) where.push('used_slot_id IS NULL');
      if (input.clientIds) {
        if (input.clientIds.length === 0) return [];
        where.push(`client_id IN (${placeholders(input.clientIds.length)})`);
        args.push(...input.clientIds);
      }
      return (prepare(`SELECT * FROM ideas WHERE ${where.join(' AND ')} ORDER BY created_at DESC`).all(...args) as IdeaRow[]).map(toIdea);
    },
    create: db.transaction((input: ParsedInput<'ideas.create'>): Idea => {
      deps.assertClient(input.clientId);
      const id = newId();
      const ts = now();
      prepare('INSERT INTO ideas (id, client_id, title, notes, pillar, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        id,
        input.clientId,
        input.title,
        input.notes,
        input.pillar,
        ts,
        ts,
      );
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'ideas.update'>): Idea => {
      const next = { ...load(id), ...stripUndefined(patch) };
      prepare('UPDATE ideas SET title = ?, notes = ?, pillar = ?, updated_at = ? WHERE id = ?').run(next.title, next.notes, next.pillar, now(), id);
      return load(id);
    }),
    remove: db.transaction(({ id }: { id: string }) => {
      load(id);
      prepare('UPDATE ideas SET archived_at = ?, updated_at = ? WHERE id = ?').run(now(), now(), id);
      return { id };
    }),
    schedule: db.transaction(({ id, startsAt }: ParsedInput<'ideas.schedule'>): Slot => {
      const idea = load(id);
      if (idea.usedSlotId) throw new AppError('conflict', 'This idea is already on the calendar', { details: { slotId: idea.usedSlotId } });
      const slot = deps.createSlot({
        clientId: idea.clientId,
        campaignId: null,
        startsAt,
        pillar: idea.pillar,
        format: 'feed',
        topic: idea.title,
        visualBrief: idea.notes,
        status: 'idea',
        pic: '',
        postUrl: '',
        link: '',
        platforms: [],
        cadenceId: null,
      });
      prepare('UPDATE ideas SET used_slot_id = ?, updated_at = ? WHERE id = ?').run(slot.id, now(), id);
      return slot;
    }),
  };
}
