/**
 * Counting as each platform counts, plus the offset where the text first exceeds the limit
 * (`cut`, a UTF-16 index into the input; null when within the limit or there is no limit).
 */
import type { EmojiEntity } from './entities';
import { DOT, WIDE, windowOf, type Token } from './tokens';
import type { ParsedTweet } from 'twitter-text';
import { parseTweet, TWEET_DEFAULTS } from './twitter';

export interface Count {
  length: number;
  cut: number | null;
}

/**
 * X's weighted length via twitter-text's parseTweet, run only on windows that can weigh other
 * than 1 per character (see tokens.ts); the ASCII text between them weighs its length.
 * Until the limit is crossed, each window is parsed with the remaining budget as its maximum, so
 * the same call's `validRangeEnd` marks the cut. That index is inclusive and points into the NFC
 * form of the window; it is mapped back to the input.
 */
export function xCount(text: string, tokens: readonly Token[], limit: number): Count {
  let length = 0;
  let pos = 0;
  let cut: number | null = null;
  for (const t of tokens) {
    const gap = t.from - pos;
    if (cut === null && length + gap > limit) cut = pos + (limit - length);
    length += gap;
    if (t.flags & (DOT | WIDE)) {
      const w = windowOf(text, t);
      const before = t.from - w.from; // whitespace in the window, weight 1 each, already counted
      // >= 1 when there is a leading space, so parseTweet's initial validRangeEnd of 0 is real.
      const budget = limit - (length - before);
      const options = cut === null ? { ...TWEET_DEFAULTS, maxWeightedTweetLength: budget } : undefined;
      const p: ParsedTweet = parseTweet(w.s, options);
      const weight = p.weightedLength - before - (w.to - t.to);
      if (cut === null && length + weight > limit) cut = w.from + cutInWindow(w.s, p.validRangeEnd);
      length += weight;
    } else {
      if (cut === null && length + (t.to - t.from) > limit) cut = t.from + (limit - length);
      length += t.to - t.from;
    }
    pos = t.to;
  }
  const tail = text.length - pos;
  if (cut === null && length + tail > limit) cut = pos + (limit - length);
  return { length: length + tail, cut };
}

function cutInWindow(s: string, validRangeEnd: number): number {
  const nfc = s.normalize('NFC');
  if (nfc === s) return validRangeEnd + 1;
  // parseTweet shifted its NFC index by the total length change; undo that, then map exactly.
  return nfcToOriginal(s, validRangeEnd - (s.length - nfc.length) + 1);
}

/**
 * Offset in `s` of the character that produces index `nfcIndex` of `s.normalize('NFC')`.
 * The NFC length of a prefix never decreases as the prefix grows, so binary search works.
 */
export function nfcToOriginal(s: string, nfcIndex: number): number {
  let lo = 0;
  let hi = s.length;
  // Smallest p with NFC(s[0, p)).length > nfcIndex; the character ending at p is the one.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.slice(0, mid).normalize('NFC').length > nfcIndex) hi = mid;
    else lo = mid + 1;
  }
  let start = lo - 1;
  if (start > 0 && isLow(s.charCodeAt(start)) && isHigh(s.charCodeAt(start - 1))) start--;
  return Math.max(0, start);
}

/** UTF-16 code units (string.length); the cut never splits a surrogate pair. */
export function utf16Count(text: string, limit: number | null): Count {
  if (limit === null || text.length <= limit) return { length: text.length, cut: null };
  const splits = isLow(text.charCodeAt(limit)) && isHigh(text.charCodeAt(limit - 1));
  return { length: text.length, cut: splits ? limit - 1 : limit };
}

/** UTF-8 bytes; lone surrogates count 3 (TextEncoder writes U+FFFD). */
export function utf8Count(text: string, limit: number | null): Count {
  let bytes = 0;
  let cut: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const start = i;
    const c = text.charCodeAt(i);
    let b: number;
    if (c < 0x80) b = 1;
    else if (c < 0x800) b = 2;
    else if (isHigh(c) && isLow(text.charCodeAt(i + 1))) {
      b = 4;
      i++;
    } else b = 3;
    bytes += b;
    if (cut === null && limit !== null && bytes > limit) cut = start;
  }
  return { length: bytes, cut };
}

export function utf8Length(s: string): number {
  return utf8Count(s, null).length;
}

/** Threads: each emoji sequence weighs its UTF-8 bytes, every other code point 1. */
export function threadsCount(text: string, emoji: readonly EmojiEntity[], limit: number): Count {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      length--;
      i++;
    }
  }
  for (const e of emoji) length += e.bytes - codePoints(text, e.from, e.to);
  if (length <= limit) return { length, cut: null };
  // Walk only as far as the cut.
  let w = 0;
  let k = 0;
  for (let i = 0; i < text.length; ) {
    const em = emoji[k];
    let next = i + (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1);
    if (em && em.from === i) {
      w += em.bytes;
      next = em.to;
      k++;
    } else w += 1;
    if (w > limit) return { length, cut: i };
    i = next;
  }
  return { length, cut: null }; // unreachable: length > limit
}

function codePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++, n++) if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) i++;
  return n;
}

/** UTF-16 offset just after the first n code points, and whether the text is longer than that. */
export function codePointOffset(text: string, n: number): { offset: number; more: boolean } {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return { offset: i, more: i < text.length };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
