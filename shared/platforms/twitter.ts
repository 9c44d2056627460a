/**
 * The few twitter-text functions we use, typed locally.
 *
 * twitter-text is CommonJS (`module.exports = exports.default`) and its ESM build has only a
 * default export, so named imports fail under Node ESM (tsx, the bench) and Rollup. Take the
 * object that actually holds the functions: `default` when present, else the namespace.
 */
import * as twitterNs from 'twitter-text';
import type {
  HashtagWithIndices,
  MentionWithIndices,
  ParsedTweet,
  UrlWithIndices,
} from 'twitter-text';

/** parseTweet's configuration (configs.defaults is X's current one, version 3). */
export interface TweetConfig {
  version: number;
  maxWeightedTweetLength: number;
  scale: number;
  defaultWeight: number;
  emojiParsingEnabled: boolean;
  transformedURLLength: number;
  ranges: Array<{ start: number; end: number; weight: number }>;
}

interface TwitterText {
  parseTweet(text: string, options?: TweetConfig): ParsedTweet;
  configs: { defaults: TweetConfig };
  extractHashtagsWithIndices(text: string, options?: { checkUrlOverlap: boolean }): HashtagWithIndices[];
  extractMentionsWithIndices(text: string): MentionWithIndices[];
  extractUrlsWithIndices(text: string): UrlWithIndices[];
}

const ns = twitterNs as unknown as Partial<TwitterText> & { default?: TwitterText };
const tt: TwitterText =
  ns.default && typeof ns.default.parseTweet === 'function' ? ns.default : (ns as TwitterText);

// Indices returned by these are UTF-16 offsets into the string passed in (checked in tests).
export const parseTweet = (text: string, options?: TweetConfig): ParsedTweet => tt.parseTweet(text, options);
export const TWEET_DEFAULTS: Readonly<TweetConfig> = tt.configs.defaults;
export const extractHashtags = (text: string): HashtagWithIndices[] => tt.extractHashtagsWithIndices(text);
/** Without the URL-overlap pass (which extracts the URLs again); see entities.ts. */
export const extractHashtagsRaw = (text: string): HashtagWithIndices[] =>
  tt.extractHashtagsWithIndices(text, { checkUrlOverlap: false });
export const extractMentions = (text: string): MentionWithIndices[] => tt.extractMentionsWithIndices(text);
export const extractUrls = (text: string): UrlWithIndices[] => tt.extractUrlsWithIndices(text);
