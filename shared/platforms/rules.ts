/**
 * Platform copy rules as data. Platforms change these: update the numbers here together with
 * the source and the date it was checked. The checkers in this folder only read this table.
 */
import type { Platform } from '../domain/platforms';

/**
 * How `length`/`limit` are counted:
 * - 'weighted': per-character weights (X: twitter-text weights; Threads: 1 per code point,
 *   emoji as their UTF-8 byte length);
 * - 'characters': UTF-16 code units (JS `string.length`), see below;
 * - 'bytes': UTF-8 bytes.
 *
 * 'characters' is UTF-16 code units for every platform: TikTok's API documents it, and where a
 * platform does not say, UTF-16 is never less than code points or visible characters, so a post
 * that passes here is not rejected for length.
 */
export type Unit = 'weighted' | 'characters' | 'bytes';

export interface RuleSource {
  url: string;
  /** ISO date the source was last read. */
  checked: string;
  note: string;
}

export interface PlatformRule {
  /** Maximum length in `unit`; null = no limit. */
  limit: number | null;
  unit: Unit;
  /** The field the limit applies to when the copy is not the whole post (a message context). */
  field?: 'description';
  /** More hashtags than this: error. */
  maxHashtags?: number;
  /** More @mentions than this: error. */
  maxMentions?: number;
  /** More distinct links than this: error. */
  maxLinks?: number;
  /** Only this many #tags become tags; the rest stay plain text: warning. */
  maxTopicTags?: number;
  /** About this many characters (code points) show before "more": info. */
  truncateAt?: number;
  /** Links in the copy are clickable; if not, each link is a warning. */
  linksClickable: boolean;
  /** The usual workaround for unclickable links is "link in bio". */
  linkInBio?: boolean;
  /** Characters the platform rejects: error at each. */
  forbiddenChars?: readonly string[];
  /** A headline (context.headline) is expected. */
  headline?: boolean;
  sources: readonly RuleSource[];
}

const CHECKED = '2026-11-23';

export const PLATFORM_RULES: Record<Platform, PlatformRule> = {
  x: {
    limit: 280,
    unit: 'weighted',
    linksClickable: true,
    sources: [
      {
        url: 'https://docs.x.com/resources/fundamentals/counting-characters',
        checked: CHECKED,
        note: '280 weighted: Latin etc. 1, CJK and emoji (incl. ZWJ sequences, flags) 2, every URL 23 incl. bare domains, after NFC.',
      },
      {
        url: 'https://github.com/twitter/twitter-text',
        checked: CHECKED,
        note: "twitter-text 3.1.0 (npm) implements X's counting; parseTweet is the reference here.",
      },
    ],
  },
  instagram: {
    limit: 2200,
    unit: 'characters',
    maxHashtags: 5,
    maxMentions: 20,
    truncateAt: 125,
    linksClickable: false,
    linkInBio: true,
    sources: [
      {
        url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
        checked: CHECKED,
        note: 'Caption max 2,200 characters and 20 @ tags (its "30 hashtags" is superseded).',
      },
      {
        url: 'https://www.socialsamosa.com/news-2/instagram-hashtags-five-per-post-10923075',
        checked: CHECKED,
        note: 'Hashtags cut to 5 per post or reel, announced by @creators on 2025-12-19, rolled out gradually.',
      },
      {
        url: 'https://raw.githubusercontent.com/coreyhaines31/marketingskills/HEAD/skills/social/references/platform-limits.md',
        checked: CHECKED,
        note: 'Feed shows about the first 125 characters before "more"; caption links are not clickable (both widely reported, no official page).',
      },
    ],
  },
  threads: {
    limit: 500,
    unit: 'weighted',
    maxLinks: 5,
    maxTopicTags: 1,
    linksClickable: true,
    sources: [
      {
        url: 'https://developers.facebook.com/documentation/threads/posts',
        checked: CHECKED,
        note: 'Text posts max 500 characters; emoji count as their UTF-8 byte length.',
      },
      {
        url: 'https://developers.facebook.com/documentation/threads/create-posts/text-attachments',
        checked: CHECKED,
        note: 'Since 2025-12-22 posts with more than 5 links fail (THREADS_API__LINK_LIMIT_EXCEEDED); unique URLs are counted.',
      },
      {
        url: 'https://www.ayrshare.com/apis/post/social-networks/threads',
        checked: CHECKED,
        note: 'One topic tag per post (third-party; Threads app behaviour).',
      },
    ],
  },
  tiktok: {
    limit: 2200,
    unit: 'characters',
    linksClickable: false,
    linkInBio: true,
    sources: [
      {
        url: 'https://developers.tiktok.com/doc/content-posting-api-reference-direct-post',
        checked: CHECKED,
        note: 'Video caption (post_info.title) max 2,200 characters in UTF-16 units. The app itself allows 4,000 (third-party figure); the API limit is the safe one.',
      },
    ],
  },
  youtube: {
    limit: 5000,
    unit: 'bytes',
    field: 'description',
    forbiddenChars: ['<', '>'],
    linksClickable: true,
    sources: [
      {
        url: 'https://developers.google.com/youtube/v3/docs/videos',
        checked: CHECKED,
        note: 'snippet.description max 5,000 bytes, no < or >; title 100 characters; tags 500 characters in total.',
      },
    ],
  },
  facebook: {
    limit: 63206,
    unit: 'characters',
    linksClickable: true,
    sources: [
      {
        url: 'https://docs.upload-post.com/resources/character-limits/',
        checked: CHECKED,
        note: 'Post text 63,206 characters (widely reported; no official page found).',
      },
    ],
  },
  linkedin: {
    limit: 3000,
    unit: 'characters',
    linksClickable: true,
    sources: [
      {
        url: 'https://developers.buffer.com/guides/character-limits.md',
        checked: CHECKED,
        note: 'Post 3,000 characters, comment 1,250 (widely reported; Buffer counts UTF-16 units).',
      },
    ],
  },
  pinterest: {
    limit: 800,
    unit: 'characters',
    field: 'description',
    linksClickable: false,
    sources: [
      {
        url: 'https://developers.pinterest.com/docs/api/v5/pins-create',
        checked: CHECKED,
        note: "Pin description 800, title 100, alt text 500, link 2,048. Links belong in the Pin's link field.",
      },
    ],
  },
  blog: {
    limit: null,
    unit: 'characters',
    headline: true,
    linksClickable: true,
    sources: [
      {
        url: 'https://www.kompasiana.com/',
        checked: CHECKED,
        note: 'Long-form blog/forum articles (Kompasiana, Kaskus): no practical length limit; every article needs a title.',
      },
    ],
  },
};
