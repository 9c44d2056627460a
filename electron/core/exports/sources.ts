import fs from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { Slot } from '../../../shared/contract/schemas';
import { toWallTime } from '../../../shared/domain/time';
import type { ReviewChange } from '../../../shared/review/bundle';
import type { SlotContent } from '../../../shared/review/contentHash';
import { approvalService } from '../approval/approvals';
import { commentService } from '../approval/comments';
import { slotContent } from '../approval/content';
import { assetPaths } from '../assets/files';
import type { GatheredAsset, GatherDeps } from './gather';

interface AssetRow {
  hash: string;
  ext: string;
  kind: GatheredAsset['kind'];
  mime: string;
  size: number;
  name: string;
}

/** The export's view of the store: posts' content, visuals, approvals and the client's notes. */
export function gatherSources(db: Database, dataDir: string): Omit<GatherDeps, 'client' | 'slotsBetween'> {
  const approvals = approvalService(db);
  const comments = commentService(db);
  const q = {
    assets: db.prepare<[string], AssetRow>(
      `SELECT a.hash, a.ext, a.kind, a.mime, a.size, sa.name FROM slot_assets sa JOIN assets a ON a.hash = sa.asset_hash
       WHERE sa.slot_id = ? AND sa.removed_at IS NULL ORDER BY sa.position, sa.added_at`,
    ),
    // Any name the post ever gave a file, for "what changed" (a removed image keeps its row).
    assetName: db.prepare<[string, string], string>('SELECT name FROM slot_assets WHERE slot_id = ? AND asset_hash = ?').pluck(),
  };

  return {
    content: (slot) => slotContent(db, slot.id),
    assetsOf(slot) {
      return q.assets.all(slot.id).map((a) => {
        const files = assetPaths(dataDir, a.hash, a.ext);
        // A video, or an image sharp could not shrink, has no thumbnail: the post shows none.
        return { ...a, source: files.file, thumb: fs.existsSync(files.thumb) ? files.thumb : null };
      });
    },
    changesOf(slot, content) {
      if (!slot.changedSinceApproval) return null;
      const approval = approvals.latest(slot.id);
      if (!approval) return null;
      const items = diffContent(approval.snapshot, content, slot, (hash) => (q.assetName.get(slot.id, hash) as string | undefined) ?? hash.slice(0, 8));
      return items.length > 0 ? { approvedAt: approval.createdAt, items } : null;
    },
    clientNoteOf(slot) {
      return comments.list(slot.id).filter((c) => c.author === 'client').at(-1)?.text ?? '';
    },
  };
}

/** Field by field, what differs between the approved content and the content now. */
function diffContent(before: SlotContent, after: SlotContent, slot: Slot, assetName: (hash: string) => string): ReviewChange['items'] {
  const items: ReviewChange['items'] = [];
  const when = (iso: string) => {
    const w = toWallTime(iso, slot.timezone);
    return `${w.date} ${w.time}`;
  };
  if (before.startsAt !== after.startsAt) items.push({ field: 'startsAt', before: when(before.startsAt), after: when(after.startsAt) });
  for (const field of ['format', 'topic', 'visualBrief', 'link'] as const) {
    if (before[field] !== after[field]) items.push({ field, before: before[field], after: after[field] });
  }
  const platforms = new Set([...before.variants, ...after.variants].map((v) => v.platform));
  for (const platform of platforms) {
    const a = before.variants.find((v) => v.platform === platform)?.plain ?? '';
    const b = after.variants.find((v) => v.platform === platform)?.plain ?? '';
    if (a !== b) items.push({ field: platform, before: a, after: b });
  }
  if (before.assetHashes.join() !== after.assetHashes.join()) {
    items.push({ field: 'assets', before: before.assetHashes.map(assetName).join(', '), after: after.assetHashes.map(assetName).join(', ') });
  }
  return items;
}
