import type { BackupInfo } from '../../../shared/contract/data';

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;
/** Backups the user asked for, or taken before a restore/import, are kept by count, not by day. */
export const KEEP_SAFETY = 10;

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
/** ISO-8601 week (Monday start) as 'YYYY-Www' of the local date. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  t.setUTCDate(t.getUTCDate() + 4 - (t.getUTCDay() || 7)); // the Thursday of this week decides its year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return `${t.getUTCFullYear()}-W${Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7)}`;
}

/** The newest backup of each of the `count` most recent periods that have one. */
function newestPerPeriod(sorted: BackupInfo[], key: (d: Date) => string, count: number): Set<string> {
  const kept = new Set<string>();
  const seen = new Set<string>();
  for (const b of sorted) {
    const k = key(new Date(b.createdAt));
    if (seen.has(k)) continue;
    if (seen.size === count) break;
    seen.add(k);
    kept.add(b.file);
  }
  return kept;
}

/**
 * Which backups to delete: automatic and migration backups keep the newest of each of the last
 * 7 days that have one and of each of the last 4 weeks; manual and before-restore/import copies
 * keep the newest 10.
 */
export function backupsToPrune(backups: readonly BackupInfo[]): string[] {
  const newestFirst = [...backups].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  const rolling = newestFirst.filter((b) => b.kind === 'auto' || b.kind === 'migration');
  const safety = newestFirst.filter((b) => b.kind !== 'auto' && b.kind !== 'migration');
  const keep = new Set([
    ...newestPerPeriod(rolling, localDay, KEEP_DAILY),
    ...newestPerPeriod(rolling, isoWeek, KEEP_WEEKLY),
    ...safety.slice(0, KEEP_SAFETY).map((b) => b.file),
  ]);
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file);
}
