import { z } from 'zod';
import { FilePath, Id, SlotAsset } from './schemas';

/**
 * The visuals of a post (issue 9 item 1). Files enter by path: in the app the preload gives a
 * picked or dropped file's path; in web mode the loopback transport's `POST /upload` stores the
 * bytes under `<dataDir>/incoming/` and returns that path. Spread into `contract` in methods.ts.
 */

/** The largest file a post takes (a short video fits; a feature film does not). */
export const ASSET_MAX_BYTES = 500 * 1024 * 1024;
/** Long side of a thumbnail, in pixels. */
export const THUMB_SIZE = 480;
/**
 * Long side of the thumbnail the PDF and the sheet show, about 28 mm wide: 240 px is some 220 dpi
 * there. Printing the screen's 480 px thumbnails cost Chromium half the export's time.
 */
export const PRINT_THUMB_SIZE = 240;

export const AssetHash = SlotAsset.shape.hash;

export const assetMethods = {
  /**
   * Copies the files into the data folder by content hash (the same file twice is stored once),
   * makes thumbnails, and attaches them after the post's visuals. All or nothing: one missing or
   * unreadable file leaves the post as it was.
   */
  'assets.add': {
    input: z.object({ slotId: Id, paths: z.array(FilePath).min(1).max(50) }),
    output: z.object({ assets: z.array(SlotAsset), added: z.array(AssetHash) }),
  },
  /** Detaches a visual (kept, so `assets.restore` can undo). */
  'assets.remove': {
    input: z.object({ slotId: Id, hash: AssetHash }),
    output: z.object({ assets: z.array(SlotAsset) }),
  },
  'assets.restore': {
    input: z.object({ slotId: Id, hash: AssetHash }),
    output: z.object({ assets: z.array(SlotAsset) }),
  },
  /** The post's visuals in this order; `hashes` must be exactly the attached ones. */
  'assets.reorder': {
    input: z.object({ slotId: Id, hashes: z.array(AssetHash).max(200) }),
    output: z.object({ assets: z.array(SlotAsset) }),
  },
  /** Thumbnails as data URLs (JPEG); null for a video or a file without one. */
  'assets.thumbs': {
    input: z.object({ hashes: z.array(AssetHash).max(200) }),
    output: z.array(z.object({ hash: AssetHash, dataUrl: z.string().nullable() })),
  },
} as const;
