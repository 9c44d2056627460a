import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import type { SlotAsset } from '../../../shared/contract/schemas';
import { now } from '../services/ids';
import { notFound } from '../services/sql';
import { refreshContentHash } from '../approval/content';
import { assetPaths, incomingDir, makeThumb, storeFile, type StoredFile } from './files';

interface AssetRow {
  hash: string;
  name: string;
  kind: SlotAsset['kind'];
  mime: string;
  width: number | null;
  height: number | null;
  size: number;
}

/**
 * The visuals of posts: files in the data folder by content hash (assets) and which post shows
 * which, in what order (slot_assets). Every change refreshes the post's content hash, so an
 * approval sees the visuals it approved.
 */
export function assetService(db: Database, dataDir: string) {
  const q = {
    slot: db.prepare<[string], { id: string }>('SELECT id FROM slots WHERE id = ? AND deleted_at IS NULL'),
    list: db.prepare<[string], AssetRow>(
      `SELECT x.hash, sa.name, x.kind, x.mime, x.width, x.height, x.size FROM slot_assets sa JOIN assets x ON x.hash = sa.asset_hash
       WHERE sa.slot_id = ? AND sa.removed_at IS NULL ORDER BY sa.position, sa.added_at`,
    ),
    link: db.prepare<[string, string], { removed_at: string | null }>('SELECT removed_at FROM slot_assets WHERE slot_id = ? AND asset_hash = ?'),
    nextPosition: db.prepare<[string], number>('SELECT coalesce(max(position), -1) + 1 FROM slot_assets WHERE slot_id = ? AND removed_at IS NULL').pluck(),
    insertAsset: db.prepare(
      `INSERT INTO assets (hash, ext, mime, kind, size, width, height, created_at) VALUES (@hash, @ext, @mime, @kind, @size, @width, @height, @at)
       ON CONFLICT (hash) DO NOTHING`,
    ),
    attach: db.prepare(
      `INSERT INTO slot_assets (slot_id, asset_hash, position, name, added_at) VALUES (@slotId, @hash, @position, @name, @at)
       ON CONFLICT (slot_id, asset_hash) DO UPDATE SET removed_at = NULL, position = excluded.position, name = excluded.name, added_at = excluded.added_at`,
    ),
    setRemoved: db.prepare<[string | null, string, string]>('UPDATE slot_assets SET removed_at = ? WHERE slot_id = ? AND asset_hash = ?'),
    setPosition: db.prepare<[number, string, string]>('UPDATE slot_assets SET position = ? WHERE slot_id = ? AND asset_hash = ?'),
    touch: db.prepare<[string, string]>('UPDATE slots SET updated_at = ? WHERE id = ?'),
    ext: db.prepare<[string], { ext: string; kind: SlotAsset['kind'] }>('SELECT ext, kind FROM assets WHERE hash = ?'),
  };

  const list = (slotId: string): SlotAsset[] => q.list.all(slotId);
  function assertSlot(slotId: string) {
    if (!q.slot.get(slotId)) throw notFound('slot', slotId);
  }
  function changed(slotId: string) {
    q.touch.run(now(), slotId);
    refreshContentHash(db, slotId);
    return { assets: list(slotId) };
  }

  const attachAll = db.transaction((slotId: string, files: StoredFile[]) => {
    assertSlot(slotId);
    const at = now();
    const added: string[] = [];
    for (const f of files) {
      q.insertAsset.run({ ...f, at });
      const link = q.link.get(slotId, f.hash);
      if (link && link.removed_at === null) continue; // already on this post
      q.attach.run({ slotId, hash: f.hash, position: q.nextPosition.get(slotId), name: f.name, at });
      added.push(f.hash);
    }
    return { ...changed(slotId), added };
  });

  return {
    list,
    async add({ slotId, paths }: { slotId: string; paths: string[] }) {
      assertSlot(slotId);
      const incoming = path.resolve(incomingDir(dataDir)) + path.sep;
      try {
        // Files first (slow, outside any transaction), then every link in one transaction:
        // a bad file leaves the post as it was. Stored files are content-addressed, so a file
        // kept from a failed call is simply reused next time.
        const stored: StoredFile[] = [];
        for (const p of paths) stored.push(await storeFile(dataDir, p));
        const seen = new Set<string>();
        return attachAll(slotId, stored.filter((f) => !seen.has(f.hash) && seen.add(f.hash)));
      } finally {
        // Uploads from the browser (each in its own folder) were only waiting for this call.
        for (const p of paths) {
          const folder = path.dirname(path.resolve(p));
          if (folder.startsWith(incoming)) await fs.promises.rm(folder, { recursive: true, force: true });
        }
      }
    },
    remove: db.transaction(({ slotId, hash }: { slotId: string; hash: string }) => {
      assertSlot(slotId);
      const link = q.link.get(slotId, hash);
      if (!link || link.removed_at !== null) throw notFound('asset', hash);
      q.setRemoved.run(now(), slotId, hash);
      return changed(slotId);
    }),
    restore: db.transaction(({ slotId, hash }: { slotId: string; hash: string }) => {
      assertSlot(slotId);
      if (!q.link.get(slotId, hash)) throw notFound('asset', hash);
      q.setRemoved.run(null, slotId, hash);
      return changed(slotId);
    }),
    reorder: db.transaction(({ slotId, hashes }: { slotId: string; hashes: string[] }) => {
      assertSlot(slotId);
      const current = list(slotId).map((a) => a.hash);
      if (hashes.length !== current.length || new Set(hashes).size !== hashes.length || !hashes.every((h) => current.includes(h))) {
        throw new AppError('conflict', 'The visuals changed; reload the post and reorder again', {
          details: { expected: current.length, given: hashes.length },
        });
      }
      hashes.forEach((h, i) => q.setPosition.run(i, slotId, h));
      return changed(slotId);
    }),
    /** Thumbnails as data URLs; a lost thumbnail is made again from the stored file. */
    async thumbs({ hashes }: { hashes: string[] }) {
      return Promise.all(
        [...new Set(hashes)].map(async (hash) => {
          const row = q.ext.get(hash);
          if (!row || row.kind !== 'image') return { hash, dataUrl: null };
          const p = assetPaths(dataDir, hash, row.ext);
          try {
            if (!fs.existsSync(p.thumb)) await makeThumb(p.file, p.thumb);
            return { hash, dataUrl: `data:image/jpeg;base64,${(await fs.promises.readFile(p.thumb)).toString('base64')}` };
          } catch {
            return { hash, dataUrl: null };
          }
        }),
      );
    },
  };
}
