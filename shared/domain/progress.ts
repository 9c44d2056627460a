import type { Client, Slot } from '../contract/schemas';
import type { Format, Platform } from './platforms';
import type { SlotStatus } from './status';
import { toWallTime } from './time';

const APPROVED: ReadonlySet<SlotStatus> = new Set(['approved', 'scheduled', 'posted']);

export interface PackageLine {
  platform: Platform;
  format: Format;
  target: number;
  /** Posts of this format and platform in the month, whatever their state (the plan). */
  planned: number;
  /** Of those, the ones with copy written for this platform. */
  written: number;
  /** Of those written, the ones the client approved (or later). */
  approved: number;
}

/**
 * The client's monthly package against the month's slots: 12 feeds ordered, 9 planned, 6 written,
 * 5 approved — three counts that nest (approved ⊆ written ⊆ planned), each against the package.
 * `month` is 'YYYY-MM' in the client's own zone.
 */
export function packageProgress(client: Client, slots: readonly Slot[], month: string): PackageLine[] {
  const lines = client.package.map((p) => ({ platform: p.platform, format: p.format, target: p.perMonth, planned: 0, written: 0, approved: 0 }));
  if (lines.length === 0) return lines;
  for (const s of slots) {
    if (s.clientId !== client.id) continue;
    if (!toWallTime(s.startsAt, client.timezone).date.startsWith(month)) continue;
    for (const v of s.variants) {
      const line = lines.find((l) => l.platform === v.platform && l.format === s.format);
      if (!line) continue;
      line.planned++;
      if (!v.plain.trim()) continue;
      line.written++;
      if (APPROVED.has(s.status)) line.approved++;
    }
  }
  return lines;
}
