import type { Campaign, Client, Slot } from '../../../../shared/contract/schemas';
import { checkCopy } from '../../../../shared/platforms';
import { PLATFORM_LABELS, type Platform } from '../../../../shared/domain/platforms';
import { isoWeekday } from '../../../../shared/domain/cadence';
import { addDays, toWallTime } from '../../../../shared/domain/time';

/** One row of the EP table: a post, or one platform of a post (the per-platform toggle). */
export interface EpRow {
  id: string;
  slot: Slot;
  client: Client;
  /** The platform of this row in per-platform mode; null for a row per post. */
  platform: Platform | null;
  no: number;
  /** Wall-clock date and time in the client's zone. */
  date: string;
  time: string;
  /** Monday of the row's week, 'YYYY-MM-DD'. */
  week: string;
  platforms: Platform[];
  campaignName: string;
}

export type RowMode = 'post' | 'platform';

/** The rows of a month (wall dates in each client's own zone), numbered in date order. */
export function buildRows(slots: readonly Slot[], clients: readonly Client[], campaigns: readonly Campaign[], month: string, mode: RowMode): EpRow[] {
  const byClient = new Map(clients.map((c) => [c.id, c]));
  const campaignNames = new Map(campaigns.map((c) => [c.id, c.name]));
  const rows: EpRow[] = [];
  const sorted = [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.createdAt.localeCompare(b.createdAt));
  for (const slot of sorted) {
    const client = byClient.get(slot.clientId);
    if (!client) continue;
    const w = toWallTime(slot.startsAt, client.timezone);
    if (!w.date.startsWith(month)) continue;
    const base = {
      slot,
      client,
      date: w.date,
      time: w.time,
      week: addDays(w.date, 1 - isoWeekday(w.date)),
      platforms: slot.variants.map((v) => v.platform),
      campaignName: slot.campaignId ? (campaignNames.get(slot.campaignId) ?? '') : '',
    };
    if (mode === 'platform' && slot.variants.length > 1) {
      for (const v of slot.variants) rows.push({ ...base, id: `${slot.id}:${v.platform}`, platform: v.platform, no: rows.length + 1 });
    } else {
      const platform = mode === 'platform' ? (slot.variants[0]?.platform ?? null) : null;
      rows.push({ ...base, id: platform ? `${slot.id}:${platform}` : slot.id, platform, no: rows.length + 1 });
    }
  }
  return rows;
}

/** The copy a row shows: its platform's, or the first platform's for a row per post. */
export function captionOf(row: EpRow): string {
  const v = row.platform ? row.slot.variants.find((x) => x.platform === row.platform) : row.slot.variants[0];
  return v?.plain ?? '';
}

export function hashtagsOf(row: EpRow): string {
  return (captionOf(row).match(/[#＃][\p{L}\p{M}\p{N}_]+/gu) ?? []).join(' ');
}

export const platformText = (row: EpRow) => (row.platform ? [row.platform] : row.platforms).map((p) => PLATFORM_LABELS[p]).join(', ');

export interface CheckSummary {
  empty: boolean;
  errors: number;
  warnings: number;
}

// Checks run for the rows on screen only, once per text: a month of posts opens at once.
const checkCache = new WeakMap<Slot, Map<string, CheckSummary>>();
export function checkOf(row: EpRow): CheckSummary {
  let perSlot = checkCache.get(row.slot);
  if (!perSlot) checkCache.set(row.slot, (perSlot = new Map()));
  const key = row.platform ?? '*';
  let summary = perSlot.get(key);
  if (!summary) {
    const variants = row.platform ? row.slot.variants.filter((v) => v.platform === row.platform) : row.slot.variants;
    summary = { empty: variants.every((v) => !v.plain.trim()), errors: 0, warnings: 0 };
    for (const v of variants) {
      if (!v.plain.trim()) continue;
      const r = checkCopy(v.platform, v.plain, { bannedWords: row.client.bannedWords, requiredHashtags: row.client.requiredHashtags, link: row.slot.link });
      for (const i of r.issues) {
        if (i.severity === 'error') summary.errors++;
        else if (i.severity === 'warning') summary.warnings++;
      }
    }
    perSlot.set(key, summary);
  }
  return summary;
}
