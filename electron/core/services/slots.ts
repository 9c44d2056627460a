import { notFound, placeholders } from './sql';
import type { Database, Statement } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Slot, Variant } from '../../../shared/contract/schemas';
import { stripUndefined } from './util';
import { newId, now } from './ids';

interface SlotRow {
  id: string;
  client_id: string;
  campaign_id: string | null;
  starts_at: string;
  timezone: string;
  pillar: string;
  format: Slot['format'];
  topic: string;
  visual_brief: string;
  status: Slot['status'];
  pic: string;
  post_url: string;
  link: string;
  cadence_id: string | null;
  created_at: string;
  updated_at: string;
}
interface VariantRow {
  slot_id: string;
  platform: Variant['platform'];
  doc: string | null;
  plain: string;
}

const SLOT_COLUMNS =
  'id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, post_url, link, cadence_id, created_at, updated_at';

const toSlot = (r: SlotRow, variants: Variant[]): Slot => ({
  id: r.id,
  clientId: r.client_id,
  campaignId: r.campaign_id,
  startsAt: r.starts_at,
  timezone: r.timezone,
  pillar: r.pillar,
  format: r.format,
  topic: r.topic,
  visualBrief: r.visual_brief,
  status: r.status,
  pic: r.pic,
  postUrl: r.post_url,
  link: r.link,
  variants,
  cadenceId: r.cadence_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toVariant = (v: VariantRow): Variant => ({
  platform: v.platform,
  doc: v.doc === null ? null : (JSON.parse(v.doc) as Variant['doc']),
  plain: v.plain,
});

export interface SlotDeps {
  clientZone(clientId: string): string;
  assertCampaignOf(campaignId: string, clientId: string): void;
}

export function slotService(db: Database, deps: SlotDeps) {
  const q = {
    get: db.prepare<[string], SlotRow>(`SELECT ${SLOT_COLUMNS} FROM slots WHERE id = ? AND deleted_at IS NULL`),
    getAny: db.prepare<[string], SlotRow & { deleted_at: string | null }>(`SELECT ${SLOT_COLUMNS}, deleted_at FROM slots WHERE id = ?`),
    variants: db.prepare<[string], VariantRow>('SELECT slot_id, platform, doc, plain FROM slot_variants WHERE slot_id = ? ORDER BY rowid'),
    insert: db.prepare(
      `INSERT INTO slots (id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, post_url, link, cadence_id, created_at, updated_at)
       VALUES (@id, @clientId, @campaignId, @startsAt, @timezone, @pillar, @format, @topic, @visualBrief, @status, @pic, @postUrl, @link, @cadenceId, @ts, @ts)`,
    ),
    update: db.prepare(
      `UPDATE slots SET campaign_id=@campaignId, starts_at=@startsAt, timezone=@timezone, pillar=@pillar, format=@format, topic=@topic,
       visual_brief=@visualBrief, status=@status, pic=@pic, post_url=@postUrl, link=@link, cadence_id=@cadenceId, updated_at=@ts WHERE id=@id`,
    ),
    clearVariants: db.prepare<[string]>('DELETE FROM slot_variants WHERE slot_id = ?'),
    insertVariant: db.prepare<[string, string, string | null, string, string]>(
      'INSERT INTO slot_variants (slot_id, platform, doc, plain, updated_at) VALUES (?, ?, ?, ?, ?)',
    ),
    softDelete: db.prepare<[string, string]>('UPDATE slots SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    undelete: db.prepare<[string, string]>('UPDATE slots SET deleted_at = NULL, updated_at = ? WHERE id = ?'),
  };

  function load(id: string): Slot {
    const row = q.get.get(id);
    if (!row) throw notFound('slot', id);
    return toSlot(row, q.variants.all(id).map(toVariant));
  }

  function writeVariants(id: string, variants: Variant[]) {
    const seen = new Set<string>();
    q.clearVariants.run(id);
    for (const v of variants) {
      if (seen.has(v.platform)) {
        throw new AppError('invalid_input', `Two ${v.platform} variants`, {
          issues: [{ path: 'variants', code: 'duplicate', message: `${v.platform} appears twice` }],
        });
      }
      seen.add(v.platform);
      q.insertVariant.run(id, v.platform, v.doc === null ? null : JSON.stringify(v.doc), v.plain, now());
    }
  }

  // Month queries are the calendar's hot path: one indexed range scan for slots and one for
  // their variants, grouped in JS, instead of a query per slot.
  type Stmt = Statement<unknown[]>;
  const listCache = new Map<number, { slots: Stmt; variants: Stmt }>();
  function listStatements(clientCount: number) {
    let s = listCache.get(clientCount);
    if (!s) {
      const clientFilter = clientCount > 0 ? `AND client_id IN (${placeholders(clientCount)})` : '';
      const slotSql = `SELECT ${SLOT_COLUMNS} FROM slots WHERE starts_at >= ? AND starts_at < ? AND deleted_at IS NULL ${clientFilter} ORDER BY starts_at`;
      s = {
        slots: db.prepare<unknown[]>(slotSql),
        variants: db.prepare<unknown[]>(
          `SELECT v.slot_id, v.platform, v.doc, v.plain FROM slot_variants v
           JOIN slots s ON s.id = v.slot_id
           WHERE s.starts_at >= ? AND s.starts_at < ? AND s.deleted_at IS NULL ${clientFilter.replace('client_id', 's.client_id')}
           ORDER BY v.rowid`,
        ),
      };
      if (listCache.size < 64) listCache.set(clientCount, s);
    }
    return s;
  }

  return {
    load,
    list(input: ParsedInput<'slots.list'>): Slot[] {
      if (input.clientIds && input.clientIds.length === 0) return [];
      const ids = input.clientIds ?? [];
      const st = listStatements(ids.length);
      const rows = st.slots.all(input.from, input.to, ...ids) as SlotRow[];
      const variants = new Map<string, Variant[]>();
      for (const v of st.variants.all(input.from, input.to, ...ids) as VariantRow[]) {
        let list = variants.get(v.slot_id);
        if (!list) variants.set(v.slot_id, (list = []));
        list.push(toVariant(v));
      }
      return rows.map((r) => toSlot(r, variants.get(r.id) ?? []));
    },
    create: db.transaction((input: ParsedInput<'slots.create'>): Slot => {
      const timezone = deps.clientZone(input.clientId);
      if (input.campaignId) deps.assertCampaignOf(input.campaignId, input.clientId);
      const id = newId();
      q.insert.run({ ...input, id, timezone, ts: now() });
      writeVariants(id, input.variants);
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'slots.update'>): Slot => {
      const current = load(id);
      const next = { ...current, ...stripUndefined(patch) };
      if (patch.campaignId) deps.assertCampaignOf(patch.campaignId, current.clientId);
      q.update.run({ ...next, id, timezone: deps.clientZone(current.clientId), ts: now() });
      if (patch.variants) writeVariants(id, patch.variants);
      return load(id);
    }),
    /** A copy as a new draft (same copy and brief), by default at the same time. */
    duplicate: db.transaction(({ id, startsAt }: { id: string; startsAt?: string }): Slot => {
      const src = load(id);
      const copyId = newId();
      q.insert.run({ ...src, id: copyId, startsAt: startsAt ?? src.startsAt, status: src.status === 'idea' ? 'idea' : 'draft', postUrl: '', cadenceId: null, ts: now() });
      writeVariants(copyId, src.variants);
      return load(copyId);
    }),
    /** Soft delete, so the UI can offer undo (`slots.restore`). */
    remove: db.transaction(({ id }: { id: string }) => {
      load(id);
      q.softDelete.run(now(), id);
      return { id, deleted: true as const };
    }),
    restore: db.transaction(({ id }: { id: string }): Slot => {
      if (!q.getAny.get(id)) throw notFound('slot', id);
      q.undelete.run(now(), id);
      return load(id);
    }),
  };
}
