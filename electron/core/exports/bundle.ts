import fs from 'node:fs/promises';
import {
  BUNDLE_FORMAT,
  BundleManifest,
  FORMAT_VERSION,
  ReviewBundle,
  type ReviewImage,
} from '../../../shared/review/bundle';
import { printThumb } from '../assets/files';
import type { ExportData, GatheredPost } from './gather';

export interface BundleMeta {
  bundleId: string;
  version: number;
  createdAt: string;
  appVersion: string;
  language: 'id' | 'en';
}

export interface BundleOptions {
  /** The PDF's bundle: its thumbnails are the small print ones. */
  print?: boolean;
}

const THUMB_MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

async function thumbDataUrl(thumb: string | null, print: boolean): Promise<string | null> {
  if (!thumb) return null;
  const file = print ? await printThumb(thumb) : thumb;
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  const bytes = await fs.readFile(file);
  return `data:${THUMB_MIME[ext] ?? 'image/jpeg'};base64,${bytes.toString('base64')}`;
}

/**
 * What review.html and the PDF show, parsed with the shared schema so the page never gets
 * a shape it does not expect. Thumbnails go inline; the originals stay in the zip's assets/.
 */
export async function reviewBundle(
  data: ExportData,
  meta: BundleMeta,
  assetFile: (post: GatheredPost, index: number) => string,
  opts: BundleOptions = {},
): Promise<ReviewBundle> {
  const posts = await Promise.all(
    data.posts.map(async (p) => ({
      id: p.slot.id,
      no: p.no,
      startsAt: p.slot.startsAt,
      localDate: p.local.date,
      localTime: p.local.time,
      zoneLabel: p.zone,
      format: p.slot.format,
      pillar: p.slot.pillar,
      topic: p.slot.topic,
      visualBrief: p.slot.visualBrief,
      link: p.slot.link,
      status: p.slot.status,
      contentHash: p.contentHash,
      variants: p.variants,
      images: await Promise.all(
        p.assets.map(async (a, i): Promise<ReviewImage> => ({ file: assetFile(p, i), kind: a.kind, thumb: await thumbDataUrl(a.thumb, !!opts.print) })),
      ),
      changes: p.changes,
    })),
  );
  return ReviewBundle.parse({
    format: BUNDLE_FORMAT,
    formatVersion: FORMAT_VERSION,
    bundleId: meta.bundleId,
    version: meta.version,
    client: { id: data.client.id, name: data.client.name, color: data.client.color, timezone: data.client.timezone },
    period: { from: data.from, to: data.to },
    createdAt: meta.createdAt,
    appVersion: meta.appVersion,
    language: meta.language,
    posts,
  });
}

/** `manifest.json`: what was sent and each post's content hash. */
export function manifestOf(bundle: ReviewBundle): BundleManifest {
  return BundleManifest.parse({
    format: bundle.format,
    formatVersion: bundle.formatVersion,
    bundleId: bundle.bundleId,
    version: bundle.version,
    client: { id: bundle.client.id, name: bundle.client.name },
    period: bundle.period,
    createdAt: bundle.createdAt,
    appVersion: bundle.appVersion,
    posts: bundle.posts.map((p) => ({ id: p.id, no: p.no, contentHash: p.contentHash })),
  });
}
