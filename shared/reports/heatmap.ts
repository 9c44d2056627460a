import { toWallTime } from '../domain/time';

/** Best time to post from the client's own history (issue 14 item 4): weekday × hour in the client's zone. */

export interface TimedPost {
  platform: string;
  publishedAt: string;
  engagements: number;
}
export interface Cell {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  posts: number;
  avgEngagements: number;
}

/** A cell needs this many posts before it can be suggested (one or two posts are luck). */
export const MIN_POSTS_PER_CELL = 3;
/** Below this many timed posts the whole map is called thin. */
export const MIN_POSTS_FOR_MAP = 20;

export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Cells with at least one post, engagement averaged per post. */
export function heatCells(posts: TimedPost[], zone: string): Cell[] {
  const acc = new Map<number, { posts: number; sum: number }>();
  for (const p of posts) {
    const w = toWallTime(p.publishedAt, zone);
    const key = isoWeekday(w.date) * 100 + Number(w.time.slice(0, 2));
    const a = acc.get(key) ?? { posts: 0, sum: 0 };
    a.posts++;
    a.sum += p.engagements;
    acc.set(key, a);
  }
  return [...acc.entries()]
    .map(([k, a]) => ({ weekday: Math.floor(k / 100), hour: k % 100, posts: a.posts, avgEngagements: a.sum / a.posts }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
}

/** The best cells with enough posts behind them, best first. */
export function suggestTimes(cells: Cell[], max = 3): Cell[] {
  return cells
    .filter((c) => c.posts >= MIN_POSTS_PER_CELL)
    .sort((a, b) => b.avgEngagements - a.avgEngagements || b.posts - a.posts)
    .slice(0, max);
}
