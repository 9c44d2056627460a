/**
 * A client's banned words, matched case-insensitively as whole words. A word boundary is any
 * character that is not a letter, mark, digit or '_' (Unicode-aware), so banning "murah" finds
 * "Murah!", "MURAH" and "#murah" but not the affixed "termurah", "murahan" or "kemurahan".
 * Phrases match across any run of whitespace. Each word is tried in NFC and NFD, so text pasted
 * in decomposed form still matches without remapping offsets.
 */
import type { Span } from './entities';

export interface BannedHit extends Span {
  /** The banned entry as the client wrote it. */
  word: string;
}

interface Matcher {
  re: RegExp;
  byKey: Map<string, string>;
}

const WORD = '[\\p{L}\\p{M}\\p{N}_]';
let cacheKey = '';
let cache: Matcher | null = null;

function keyOf(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ');
}

// Only syntax characters: the 'u' flag rejects needless escapes such as "\-".
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function matcher(words: readonly string[]): Matcher | null {
  const key = words.join('\u0000');
  if (key === cacheKey) return cache;
  const byKey = new Map<string, string>();
  const alts = new Set<string>();
  for (const raw of words) {
    const w = raw.trim();
    if (!w) continue;
    byKey.set(keyOf(w), w);
    for (const form of [w.normalize('NFC'), w.normalize('NFD')]) {
      alts.add(form.split(/\s+/u).map(escape).join('\\s+'));
    }
  }
  // Longest first so a phrase wins over a word it starts with.
  const list = [...alts].sort((a, b) => b.length - a.length);
  cacheKey = key;
  cache = list.length
    ? { re: new RegExp(`(?<!${WORD})(?:${list.join('|')})(?!${WORD})`, 'giu'), byKey }
    : null;
  return cache;
}

export function findBanned(text: string, words: readonly string[] | undefined): BannedHit[] {
  if (!words || words.length === 0 || !text) return [];
  const m = matcher(words);
  if (!m) return [];
  const hits: BannedHit[] = [];
  m.re.lastIndex = 0;
  for (let r = m.re.exec(text); r; r = m.re.exec(text)) {
    const found = r[0];
    hits.push({ from: r.index, to: r.index + found.length, word: m.byKey.get(keyOf(found)) ?? found });
  }
  return hits;
}
