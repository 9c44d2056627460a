import type { Client, Slot } from '../../../shared/contract/schemas';
import type { SlotStatus } from '../../../shared/domain/status';
import { DEFAULT_EXPORT_STATUSES } from '../../../shared/contract/exports';
import { addDays, fromWallTime, toWallTime, zoneLabel, type WallTime } from '../../../shared/domain/time';
import { slotContentHash, type SlotContent } from '../../../shared/review/contentHash';
import type { ReviewChange } from '../../../shared/review/bundle';

/** One visual of a post, where it is on disk and what it is called in the zip. */
export interface GatheredAsset {
  hash: string;
  ext: string;
  kind: 'image' | 'video' | 'file';
  mime: string;
  /** The name the user gave the file when attaching it. */
  name: string;
  size: number;
  /** The original in the data folder. */
  source: string;
  /** Its thumbnail (JPEG), or null when there is none (a video, a PDF…). */
  thumb: string | null;
}

export interface GatheredPost {
  slot: Slot;
  /** 1-based, in time order: the "No" of the EP. */
  no: number;
  local: WallTime;
  zone: string;
  content: SlotContent;
  contentHash: string;
  /** Variants with text, in the order the post keeps them. */
  variants: Array<{ platform: Slot['variants'][number]['platform']; plain: string }>;
  assets: GatheredAsset[];
  changes: ReviewChange | null;
  /** The client's latest comment on this post from an earlier round, for the EP's "Catatan klien". */
  clientNote: string;
}

export interface ExportData {
  client: Client;
  from: string;
  to: string;
  statuses: SlotStatus[];
  posts: GatheredPost[];
}

export interface GatherDeps {
  client(id: string): Client;
  slotsBetween(clientId: string, fromInstant: string, toInstant: string): Slot[];
  /** What the client approves of this post, as stored now. */
  content(slot: Slot): SlotContent;
  /** The post's visuals in their order (issue 9 item 1). */
  assetsOf(slot: Slot): GatheredAsset[];
  /** What changed since the client's last approval, if the post was approved and edited since. */
  changesOf(slot: Slot, content: SlotContent): ReviewChange | null;
  clientNoteOf(slot: Slot): string;
}

/** The UTC instants bounding a period of the client's local dates, `to` included. */
export function periodInstants(from: string, to: string, zone: string) {
  return { from: fromWallTime(from, '00:00', zone), to: fromWallTime(addDays(to, 1), '00:00', zone) };
}

/** Everything one bundle needs, read once, in post order. */
export function gather(
  deps: GatherDeps,
  input: { clientId: string; from: string; to: string; statuses?: readonly SlotStatus[] },
): ExportData {
  const client = deps.client(input.clientId);
  const statuses = [...(input.statuses ?? DEFAULT_EXPORT_STATUSES)];
  const wanted = new Set<string>(statuses);
  const range = periodInstants(input.from, input.to, client.timezone);
  const slots = deps.slotsBetween(client.id, range.from, range.to).filter((s) => wanted.has(s.status));
  const posts = slots.map((slot, i): GatheredPost => {
    const assets = deps.assetsOf(slot);
    const content = deps.content(slot);
    const variants = content.variants.map((v) => ({ platform: v.platform, plain: v.plain }));
    return {
      slot,
      no: i + 1,
      // Shown at the client's current zone, as the calendar does.
      local: toWallTime(slot.startsAt, client.timezone),
      zone: zoneLabel(client.timezone, new Date(slot.startsAt)),
      content,
      contentHash: slotContentHash(content),
      variants,
      assets,
      changes: deps.changesOf(slot, content),
      clientNote: deps.clientNoteOf(slot),
    };
  });
  return { client, from: input.from, to: input.to, statuses, posts };
}
