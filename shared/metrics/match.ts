import { idFromUrl } from './rows';

/**
 * Matching an imported post to an EP post (issue 14 item 2): by the post's URL where the EP post
 * has one, else by platform, day and caption. Pure, so the rule is tested on its own.
 */

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}#@]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
    .slice(0, 30);

/** Dice similarity of the caption starts' word sets, 0…1. Platforms cut captions, so only the start counts. */
export function captionSimilarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

export const sameUrl = (a: string, b: string) => a !== '' && b !== '' && idFromUrl(a) === idFromUrl(b);

export interface Candidate {
  slotId: string;
  /** The EP post's date and time in the client's zone. */
  date: string;
  startsAt: string;
  caption: string;
  postUrl: string;
}

export interface Target {
  url: string;
  externalId: string;
  caption: string;
  date: string;
  publishedAt: string | null;
}

const MIN_SIMILARITY = 0.4;
const MARGIN = 0.15;

function dayGap(a: string, b: string) {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/**
 * The one EP post this imported post is, or null. A URL match wins; otherwise the candidate must
 * be on the same day (±1 when only the date is known on one side), share the caption's start
 * (similarity ≥ 0.4) and stand clearly ahead of the next best, so no guess is ever silent.
 * Candidates already carrying a different post's URL are never taken.
 */
export function pickMatch(t: Target, candidates: Candidate[]): { slotId: string; kind: 'url' | 'auto'; score: number } | null {
  for (const c of candidates) {
    if (sameUrl(c.postUrl, t.url) || (c.postUrl && idFromUrl(c.postUrl) === t.externalId)) return { slotId: c.slotId, kind: 'url', score: 1 };
  }
  const scored = candidates
    .filter((c) => c.postUrl === '')
    .map((c) => {
      const gap = dayGap(c.date, t.date);
      const hours = t.publishedAt ? Math.abs(Date.parse(c.startsAt) - Date.parse(t.publishedAt)) / 3_600_000 : null;
      const time = hours !== null ? (hours <= 3 ? 1 : hours <= 24 ? 0.5 : 0) : gap === 0 ? 1 : gap <= 1 ? 0.5 : 0;
      const sim = captionSimilarity(c.caption, t.caption);
      return { c, sim, time, score: 0.7 * sim + 0.3 * time };
    })
    .filter((s) => s.time > 0 && s.sim >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return null;
  if (second && best.score - second.score < MARGIN) return null;
  return { slotId: best.c.slotId, kind: 'auto', score: best.score };
}
