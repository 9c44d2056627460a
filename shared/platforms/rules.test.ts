import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../domain/platforms';
import { PLATFORM_RULES } from './rules';

describe('PLATFORM_RULES', () => {
  it('has a rule for every platform, each with a dated source', () => {
    expect(Object.keys(PLATFORM_RULES).sort()).toEqual([...PLATFORMS].sort());
    for (const p of PLATFORMS) {
      const rule = PLATFORM_RULES[p];
      expect(rule.sources.length, p).toBeGreaterThan(0);
      for (const s of rule.sources) {
        expect(s.url, p).toMatch(/^https:\/\//);
        expect(s.checked, p).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(s.note.length, p).toBeGreaterThan(10);
      }
    }
  });

  it('holds the reference figures', () => {
    expect(PLATFORM_RULES.x).toMatchObject({ limit: 280, unit: 'weighted' });
    expect(PLATFORM_RULES.instagram).toMatchObject({ limit: 2200, maxHashtags: 5, maxMentions: 20, truncateAt: 125, linksClickable: false });
    expect(PLATFORM_RULES.threads).toMatchObject({ limit: 500, maxLinks: 5, maxTopicTags: 1 });
    expect(PLATFORM_RULES.youtube).toMatchObject({ limit: 5000, unit: 'bytes', forbiddenChars: ['<', '>'] });
    expect(PLATFORM_RULES.tiktok.limit).toBe(2200);
    expect(PLATFORM_RULES.facebook.limit).toBe(63206);
    expect(PLATFORM_RULES.linkedin.limit).toBe(3000);
    expect(PLATFORM_RULES.pinterest.limit).toBe(800);
    expect(PLATFORM_RULES.blog).toMatchObject({ limit: null, headline: true });
  });
});
