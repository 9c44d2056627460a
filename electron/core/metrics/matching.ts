import type { Database } from 'better-sqlite3';
import { toWallTime, addDays } from '../../../shared/domain/time';
import { pickMatch, type Candidate } from '../../../shared/metrics/match';
import { idFromUrl } from '../../../shared/metrics/rows';
import type { SlotStatus } from '../../../shared/domain/status';
import type { statusService } from '../approval/status';

interface SlotRow {
  id: string;
  starts_at: string;
  post_url: string;
  platform: string | null;
  plain: string | null;
}

/**
 * EP posts an import can match, loaded once per import: every post of the client in the file's
 * date range (±2 days) with its copy per platform, and every post that carries a URL.
 */
export function matchIndex(db: Database, clientId: string, zone: string, from: string, to: string) {
  const rows = db
    .prepare<[string, string, string], SlotRow>(
      `SELECT s.id, s.starts_at, s.post_url, v.platform, v.plain FROM slots s
       LEFT JOIN slot_variants v ON v.slot_id = s.id
       WHERE s.client_id = ? AND s.deleted_at IS NULL AND s.starts_at >= ? AND s.starts_at < ?`,
    )
    .all(clientId, `${addDays(from, -2)}T00:00:00Z`, `${addDays(to, 3)}T00:00:00Z`);
  // Candidates by platform and local day, so each imported post looks at five days, not the year.
  const byDay = new Map<string, Candidate[]>();
  for (const r of rows) {
    if (!r.platform) continue;
    const date = toWallTime(r.starts_at, zone).date;
    const key = `${r.platform}|${date}`;
    const list = byDay.get(key) ?? [];
    list.push({ slotId: r.id, date, startsAt: r.starts_at, caption: r.plain ?? '', postUrl: r.post_url });
    byDay.set(key, list);
  }
  const byUrlId = new Map<string, string>();
  const withUrl = db
    .prepare<[string], { id: string; post_url: string }>("SELECT id, post_url FROM slots WHERE client_id = ? AND deleted_at IS NULL AND post_url != ''")
    .all(clientId);
  for (const s of withUrl) byUrlId.set(idFromUrl(s.post_url), s.id);
  // A post already matched to another imported post of the same platform is not offered again.
  const taken = new Set(
    db
      .prepare<[string], { k: string }>("SELECT platform || ':' || slot_id AS k FROM post_metrics WHERE client_id = ? AND slot_id IS NOT NULL")
      .all(clientId)
      .map((r) => r.k),
  );

  return {
    find(t: { platform: string; url: string; externalId: string; caption: string; date: string; publishedAt: string | null }) {
      const byUrl = byUrlId.get(t.externalId) ?? (t.url ? byUrlId.get(idFromUrl(t.url)) : undefined);
      if (byUrl) return { slotId: byUrl, kind: 'url' as const };
      const near = [-2, -1, 0, 1, 2]
        .flatMap((d) => byDay.get(`${t.platform}|${addDays(t.date, d)}`) ?? [])
        .filter((c) => !taken.has(`${t.platform}:${c.slotId}`));
      const m = pickMatch(t, near);
      return m ? { slotId: m.slotId, kind: m.kind } : null;
    },
    take(platform: string, slotId: string) {
      taken.add(`${platform}:${slotId}`);
    },
  };
}

export const isHttpUrl = (u: string) => {
  try {
    const p = new URL(u).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
};

/**
 * Moves a matched post to "posted" through the status machine, the way a user would: a scheduled
 * post is posted; an approved one is scheduled, then posted. A post never approved stays where it
 * is (the machine says it cannot skip the client), and the caller lists it. Returns the log ids.
 */
export function markPosted(statuses: ReturnType<typeof statusService>, db: Database, slotId: string): { logIds: string[]; status: SlotStatus } {
  const status = db.prepare<[string], { status: SlotStatus }>('SELECT status FROM slots WHERE id = ?').get(slotId)!.status;
  const path: SlotStatus[] = status === 'scheduled' ? ['posted'] : status === 'approved' ? ['scheduled', 'posted'] : [];
  const logIds: string[] = [];
  for (const to of path) logIds.push(statuses.transition(slotId, to, { by: 'user' }).logId);
  return { logIds, status: path.length ? 'posted' : status };
}
