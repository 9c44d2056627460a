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
