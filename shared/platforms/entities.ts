/**
 * Hashtags, mentions, URLs and emoji with positions, found once per text and shared by every
 * platform's checks. Positions are UTF-16 offsets into the input (`to` exclusive), i.e. JS string
 * indices the editor can highlight. twitter-text's JS extractors already return UTF-16 offsets
 * (not code points), so only the token offset is added.
 */
import { extractHashtagsRaw, extractMentions, extractUrls } from './twitter';
import { AT, DOT, HASH, WIDE, windowOf, type Token } from './tokens';
import { utf8Length } from './count';

export interface Span {
  from: number;
  to: number;
}
export interface HashtagEntity extends Span {
  /** Without the '#'. */
  tag: string;
}
export interface MentionEntity extends Span {
  /** Without the '@'. */
  name: string;
}
export interface UrlEntity extends Span {
  url: string;
}
export interface EmojiEntity extends Span {
  /** UTF-8 byte length of the whole sequence. */
  bytes: number;
}

export interface Entities {
  hashtags: HashtagEntity[];
  mentions: MentionEntity[];
  urls: UrlEntity[];
}

// Instagram usernames also allow '.', which twitter-text's X-style mentions stop at.
const USERNAME_CHAR = /[A-Za-z0-9_.]/;

export function extractEntities(text: string, tokens: readonly Token[]): Entities {
  const hashtags: HashtagEntity[] = [];
  const mentions: MentionEntity[] = [];
  const urls: UrlEntity[] = [];
  for (const t of tokens) {
    if (!(t.flags & (HASH | AT | DOT))) continue;
    const { s, from: o } = windowOf(text, t);
    const tokenUrls: UrlEntity[] = [];
    if (t.flags & DOT) {
      for (const u of extractUrls(s)) {
        tokenUrls.push({ from: u.indices[0] + o, to: u.indices[1] + o, url: u.url });
      }
      urls.push(...tokenUrls);
    }
    if (t.flags & HASH) {
      const raw = extractHashtagsRaw(s).map((h) => ({
        from: h.indices[0] + o,
        to: h.indices[1] + o,
        tag: h.hashtag,
      }));
      hashtags.push(...(tokenUrls.length ? dropInsideUrls(raw, tokenUrls) : raw));
    }
    if (t.flags & AT) {
      for (const m of extractMentions(s)) {
        const from = m.indices[0] + o;
        let to = m.indices[1] + o;
        if (tokenUrls.some((u) => from < u.to && to > u.from)) continue; // '@' inside a URL path
        while (to < t.to && USERNAME_CHAR.test(text.charAt(to))) to++;
        while (text.charCodeAt(to - 1) === 46) to--; // a trailing '.' ends the sentence
        mentions.push({ from, to, name: text.slice(from + 1, to) });
      }
    }
  }
  return { hashtags, mentions, urls };
}

/**
 * Hashtags that survive twitter-text's removeOverlappingEntities against the URLs (what
 * extractHashtagsWithIndices does by default, without extracting the URLs a second time):
 * sorted by start, an entity overlapping the last kept one is dropped.
 */
function dropInsideUrls(tags: HashtagEntity[], urls: readonly UrlEntity[]): HashtagEntity[] {
  const all: Span[] = [...tags, ...urls].sort((a, b) => a.from - b.from); // stable: tags first on ties
  const kept: HashtagEntity[] = [];
  let prev: Span | undefined;
  for (const e of all) {
    if (prev && prev.to > e.from) continue;
    prev = e;
    if ('tag' in e) kept.push(e as HashtagEntity);
  }
  return kept;
}

/**
 * Emoji sequences: flags, keycaps, and pictographs with optional VS16/skin tone, tag sequences
 * (subdivision flags) and ZWJ joins. Text-default pictographs such as © or ™ are included: for
 * Threads that counts them as bytes, which can only over-count.
 */
const PICTO = String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{EMod})?`;
const EMOJI = new RegExp(
  String.raw`\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|${PICTO}(?:[\u{E0020}-\u{E007E}]+\u{E007F})?(?:\u200D${PICTO})*`,
  'gu',
);

export function findEmoji(text: string, tokens: readonly Token[]): EmojiEntity[] {
  const out: EmojiEntity[] = [];
  for (const t of tokens) {
    // Every emoji has a non-ASCII character (keycaps end in U+20E3).
    if (!(t.flags & WIDE)) continue;
    const s = text.slice(t.from, t.to);
    EMOJI.lastIndex = 0;
    for (let m = EMOJI.exec(s); m; m = EMOJI.exec(s)) {
      const from = t.from + m.index;
      out.push({ from, to: from + m[0].length, bytes: utf8Length(m[0]) });
    }
  }
  return out;
}
