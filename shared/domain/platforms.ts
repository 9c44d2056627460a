/** Platforms a slot can carry a copy variant for. Order is the order the UI lists them. */
export const PLATFORMS = [
  'instagram',
  'tiktok',
  'x',
  'threads',
  'facebook',
  'youtube',
  'linkedin',
  'pinterest',
  'blog',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PLATFORM_LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X',
  threads: 'Threads',
  facebook: 'Facebook',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  pinterest: 'Pinterest',
  blog: 'Blog / forum',
};

/** Post formats used in Indonesian EP sheets. */
export const FORMATS = ['feed', 'carousel', 'reel', 'story', 'video', 'short', 'thread', 'live', 'article'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The formats each platform has (no Reels on X, no thread on Instagram); a slot or package row
 * offers only these. Pinterest's pin and X's single post are 'feed'; LinkedIn's document post
 * is 'carousel'.
 */
export const PLATFORM_FORMATS: Record<Platform, readonly Format[]> = {
  instagram: ['feed', 'carousel', 'reel', 'story', 'live'],
  tiktok: ['video', 'carousel', 'story', 'live'],
  x: ['feed', 'thread', 'video', 'live'],
  threads: ['feed', 'carousel', 'thread', 'video'],
  facebook: ['feed', 'carousel', 'reel', 'story', 'video', 'live'],
  youtube: ['video', 'short', 'live'],
  linkedin: ['feed', 'carousel', 'video', 'article', 'live'],
  pinterest: ['feed', 'video'],
  blog: ['article'],
};

/** The formats that fit every one of `platforms` together would be too few: any of them fits. */
export function formatsFor(platforms: readonly Platform[]): Format[] {
  if (platforms.length === 0) return [...FORMATS];
  const ok = new Set(platforms.flatMap((p) => PLATFORM_FORMATS[p]));
  return FORMATS.filter((f) => ok.has(f));
}

/** Common content pillars; a slot may use any text, these are suggestions. */
export const PILLAR_SUGGESTIONS = [
  'product',
  'promo',
  'education',
  'trivia',
  'games',
  'quote',
  'testimonial',
  'behind-the-scenes',
  'engagement',
  'seasonal',
] as const;
