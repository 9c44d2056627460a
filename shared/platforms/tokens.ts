/**
 * Splits the text into the few "interesting" windows the expensive parsers need to see.
 *
 * A token is a run of characters between ASCII whitespace (space, tab, CR, LF). No URL, hashtag,
 * mention or emoji sequence contains ASCII whitespace, so running twitter-text's extractors (and
 * parseTweet) on whitespace-bounded windows and adding the offsets gives the same result as
 * running them on the whole text (the parity tests check this against random tricky copy).
 * Tokens that are plain ASCII with no `#`, `@` or `.` (most Indonesian words) are skipped:
 * nothing can start there and X weighs every ASCII character 1. Interesting tokens close to each
 * other are merged into one window. This keeps all checks near the cost of one parseTweet.
 */

export const HASH = 1; // '#' or '＃'
export const AT = 2; // '@' or '＠'
export const DOT = 4; // '.' (every URL twitter-text extracts has one)
export const WIDE = 8; // any non-ASCII character

/** Whitespace-bounded run of tokens; `flags` is the union of the tokens' flags. */
export interface Token {
  from: number;
  to: number;
  flags: number;
}

const TRIGGER = /[#@.\u0080-\uffff]/g;
// Merge windows at most this many characters apart: fewer parser calls (each has a fixed cost)
// against more plain text parsed. 8 measured best on captions and on dense hashtag/CJK text.
const MERGE_GAP = 8;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let end = 0;
  let last: Token | undefined;
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let from = m.index;
    while (from > end && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = m.index + 1;
    while (to < n && !isSpace(text.charCodeAt(to))) to++;
    let flags = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c === 35) flags |= HASH;
        else if (c === 64) flags |= AT;
        else if (c === 46) flags |= DOT;
      } else {
        flags |= WIDE;
        if (c === 0xff03) flags |= HASH;
        else if (c === 0xff20) flags |= AT;
      }
    }
    if (last && from - last.to <= MERGE_GAP) {
      last.to = to;
      last.flags |= flags;
    } else {
      last = { from, to, flags };
      out.push(last);
    }
    end = to;
    TRIGGER.lastIndex = to;
  }
  return out;
}

/**
 * The window plus the whitespace character on each side, if any: twitter-text's regexes treat
 * "start of text" unlike "after a space" (at the start, "öa.com" yields the URL "a.com"; after a
 * space, "öa.com"), so the parsers must see the same neighbour as in the whole text.
 */
export function windowOf(text: string, t: Token): { s: string; from: number; to: number } {
  const from = t.from > 0 ? t.from - 1 : 0;
  const to = t.to < text.length ? t.to + 1 : t.to;
  return { s: text.slice(from, to), from, to };
}
