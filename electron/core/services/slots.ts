import { notFound, placeholders } from './sql';
import type { Database, Statement } from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/contract/methods';
import type { Slot, SlotAsset, Variant } from '../../../shared/contract/schemas';
import { stripUndefined } from './util';
import { newId, now } from './ids';
import { refreshContentHash } from '../approval/content';
import { statusService } from '../approval/status';
import { variantService } from '../editor/variants';
import { fromWallTime, toWallTime } from '../../../shared/domain/time';

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
  content_hash: string;
  created_at: string;
  updated_at: string;
}
interface VariantRow {
  slot_id: string;
  platform: Variant['platform'];
  doc: string | null;
  plain: string;
}
interface ApprovalRow {
  slot_id: string;
  created_at: string;
  source: 'client' | 'outside';
  content_hash: string;
}
interface AssetRow {
  slot_id: string;
  hash: string;
  name: string;
  kind: SlotAsset['kind'];
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
}

const SLOT_COLUMNS =
  'id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, post_url, link, cadence_id, content_hash, created_at, updated_at';
const s_ = (cols: string) => cols.split(', ').map((c) => `s.${c}`).join(', ');

interface Related {
  variants: Variant[];
  approval: ApprovalRow | undefined;
  assets: SlotAsset[];
}

const toSlot = (r: SlotRow, rel: Related): Slot => ({
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
  variants: rel.variants,
  cadenceId: r.cadence_id,
  contentHash: r.content_hash,
  approval: rel.approval ? { at: rel.approval.created_at, source: rel.approval.source, contentHash: rel.approval.content_hash } : null,
  changedSinceApproval: rel.approval !== undefined && rel.approval.content_hash !== r.content_hash,
  assets: rel.assets,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
const toVariant = (v: VariantRow): Variant => ({
  platform: v.platform,
  doc: v.doc === null ? null : (JSON.parse(v.doc) as Variant['doc']),
  plain: v.plain,
});
const toAsset = (a: AssetRow): SlotAsset => ({
  hash: a.hash,
  name: a.name,
  kind: a.kind,
  mime: a.mime,
  width: a.width,
  height: a.height,
  size: a.size,
});

// The same three related lists for one post or for a range of posts, `where` picking the posts `s`.
const variantSql = (where: string) =>
  `SELECT v.slot_id, v.platform, v.doc, v.plain FROM slots s JOIN slot_variants v ON v.slot_id = s.id WHERE ${where} ORDER BY v.rowid`;
// Approvals not revoked, oldest first: the last one per post is its approval (as approvalService.latest).
const approvalSql = (where: string) =>
  `SELECT a.slot_id, a.created_at, a.source, a.content_hash FROM slots s JOIN slot_approvals a ON a.slot_id = s.id
   WHERE ${where} AND a.revoked_at IS NULL ORDER BY a.created_at, a.rowid`;
const assetSql = (where: string) =>
  `SELECT sa.slot_id, x.hash, sa.name, x.kind, x.mime, x.width, x.height, x.size FROM slots s
   JOIN slot_assets sa ON sa.slot_id = s.id JOIN assets x ON x.hash = sa.asset_hash
   WHERE ${where} AND sa.removed_at IS NULL ORDER BY sa.position, sa.added_at`;

function group<T extends { slot_id: string }, U>(rows: T[], map: (r: T) => U): Map<string, U[]> {
  const out = new Map<string, U[]>();
  for (const r of rows) {
    let list = out.get(r.slot_id);
    if (!list) out.set(r.slot_id, (list = []));
    list.push(map(r));
  }
  return out;
}
function latestBySlot(rows: ApprovalRow[]): Map<string, ApprovalRow> {
  const out = new Map<string, ApprovalRow>();
  for (const r of rows) out.set(r.slot_id, r); // ordered oldest first: the last one wins
  return out;
}

export interface SlotDeps {
  clientZone(clientId: string): string;
  assertCampaignOf(campaignId: string, clientId: string): void;
}

export function slotService(db: Database, deps: SlotDeps) {
  const statuses = statusService(db);
  const variants = variantService(db);
  const one = 's.id = ?';
  const q = {
    get: db.prepare<[string], SlotRow>(`SELECT ${SLOT_COLUMNS} FROM slots WHERE id = ? AND deleted_at IS NULL`),
    getAny: db.prepare<[string], SlotRow & { deleted_at: string | null }>(`SELECT ${SLOT_COLUMNS}, deleted_at FROM slots WHERE id = ?`),
    variants: db.prepare<[string], VariantRow>(variantSql(one)),
    approvals: db.prepare<[string], ApprovalRow>(approvalSql(one)),
    assets: db.prepare<[string], AssetRow>(assetSql(one)),
    insert: db.prepare(
      `INSERT INTO slots (id, client_id, campaign_id, starts_at, timezone, pillar, format, topic, visual_brief, status, pic, post_url, link, cadence_id, created_at, updated_at)
       VALUES (@id, @clientId, @campaignId, @startsAt, @timezone, @pillar, @format, @topic, @visualBrief, @status, @pic, @postUrl, @link, @cadenceId, @ts, @ts)`,
    ),
    update: db.prepare(
      `UPDATE slots SET campaign_id=@campaignId, starts_at=@startsAt, timezone=@timezone, pillar=@pillar, format=@format, topic=@topic,
       visual_brief=@visualBrief, pic=@pic, post_url=@postUrl, link=@link, cadence_id=@cadenceId, updated_at=@ts WHERE id=@id`,
    ),
    copyAssets: db.prepare<[string, string, string]>(
      `INSERT INTO slot_assets (slot_id, asset_hash, position, name, added_at)
       SELECT ?, asset_hash, position, name, ? FROM slot_assets WHERE slot_id = ? AND removed_at IS NULL`,
    ),
    ofClient: db.prepare<[string], { id: string }>('SELECT id FROM slots WHERE client_id = ? AND deleted_at IS NULL'),
    softDelete: db.prepare<[string, string]>('UPDATE slots SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    undelete: db.prepare<[string, string]>('UPDATE slots SET deleted_at = NULL, updated_at = ? WHERE id = ?'),
  };

  function load(id: string): Slot {
    const row = q.get.get(id);
    if (!row) throw notFound('slot', id);
    return toSlot(row, {
      variants: q.variants.all(id).map(toVariant),
      approval: q.approvals.all(id).at(-1),
      assets: q.assets.all(id).map(toAsset),
    });
  }

  // Month queries are the calendar's hot path: one indexed range scan for the slots and one per
  // related list (variants, approvals, assets), grouped in JS, instead of queries per slot.
  type Stmt = Statement<unknown[]>;
  interface ListStatements {
    slots: Stmt;
    variants: Stmt;
    approvals: Stmt;
    assets: Stmt;
  }
  const listCache = new Map<number, ListStatements>();
  function listStatements(clientCount: number): ListStatements {
    let st = listCache.get(clientCount);
    if (!st) {
      const clientFilter = clientCount > 0 ? `AND s.client_id IN (${placeholders(clientCount)})` : '';
      const where = `s.starts_at >= ? AND s.starts_at < ? AND s.deleted_at IS NULL ${clientFilter}`;
      st = {
        slots: db.prepare(`SELECT ${s_(SLOT_COLUMNS)} FROM slots s WHERE ${where} ORDER BY s.starts_at`),
        variants: db.prepare(variantSql(where)),
        approvals: db.prepare(approvalSql(where)),
        assets: db.prepare(assetSql(where)),
      };
      if (listCache.size < 64) listCache.set(clientCount, st);
    }
    return st;
  }

  /** Starts empty variants for these platforms, through the variants service (which keeps history). */
  function startVariants(slotId: string, platforms: readonly Variant['platform'][]) {
    for (const platform of new Set(platforms)) variants.save({ slotId, platform, doc: null, plain: '' }, { author: 'me' });
  }

  return {
    load,
    list(input: ParsedInput<'slots.list'>): Slot[] {
      if (input.clientIds && input.clientIds.length === 0) return [];
      const ids = input.clientIds ?? [];
      const st = listStatements(ids.length);
      const args = [input.from, input.to, ...ids];
      const rows = st.slots.all(...args) as SlotRow[];
      if (rows.length === 0) return [];
      const vs = group(st.variants.all(...args) as VariantRow[], toVariant);
      const approvals = latestBySlot(st.approvals.all(...args) as ApprovalRow[]);
      const assets = group(st.assets.all(...args) as AssetRow[], toAsset);
      return rows.map((r) => toSlot(r, { variants: vs.get(r.id) ?? [], approval: approvals.get(r.id), assets: assets.get(r.id) ?? [] }));
    },
    create: db.transaction((input: ParsedInput<'slots.create'>): Slot => {
      const timezone = deps.clientZone(input.clientId);
      if (input.campaignId) deps.assertCampaignOf(input.campaignId, input.clientId);
      const id = newId();
      q.insert.run({ ...input, id, timezone, ts: now() });
      startVariants(id, input.platforms);
      refreshContentHash(db, id);
      return load(id);
    }),
    update: db.transaction(({ id, patch }: ParsedInput<'slots.update'>): Slot => {
      const current = load(id);
      const next = { ...current, ...stripUndefined(patch) };
      if (patch.campaignId) deps.assertCampaignOf(patch.campaignId, current.clientId);
      q.update.run({ ...next, id, timezone: current.timezone, ts: now() }); // a post's zone moves only with its client's (rezone)
      refreshContentHash(db, id);
      // The status moves only through the machine, after the other fields: a move to "posted"
      // needs the URL given in the same patch.
      if (patch.status && patch.status !== current.status) statuses.transition(id, patch.status, { by: 'user' });
      return load(id);
    }),
    /**
     * The client moved to `zone`: every post of theirs takes the new zone, keeping its local time
     * (19.00 stays 19.00, so the instant moves) or its instant (the local time moves). Through the
     * same row update as any edit, in the caller's transaction.
     */
    rezone: db.transaction((clientId: string, zone: string, keep: 'localTime' | 'instant'): number => {
      const ts = now();
      const ids = q.ofClient.all(clientId);
      for (const { id } of ids) {
        const s = load(id);
        if (s.timezone === zone) continue;
        const wall = toWallTime(s.startsAt, s.timezone);
        const startsAt = keep === 'localTime' ? fromWallTime(wall.date, wall.time, zone) : s.startsAt;
        q.update.run({ ...s, id, startsAt, timezone: zone, ts });
        refreshContentHash(db, id);
      }
      return ids.length;
    }),
    /** A copy as a new draft (same copy, brief and visuals), by default at the same time. */
    duplicate: db.transaction(({ id, startsAt }: { id: string; startsAt?: string }): Slot => {
      const src = load(id);
      const copyId = newId();
      const ts = now();
      q.insert.run({ ...src, id: copyId, startsAt: startsAt ?? src.startsAt, status: src.status === 'idea' ? 'idea' : 'draft', postUrl: '', cadenceId: null, ts });
      for (const v of src.variants) variants.save({ slotId: copyId, platform: v.platform, doc: v.doc, plain: v.plain }, { author: 'me' });
      q.copyAssets.run(copyId, ts, id);
      refreshContentHash(db, copyId);
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
