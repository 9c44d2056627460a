import { describe, expect, it } from 'vitest';
import { FORMATS, formatsFor, PLATFORM_FORMATS, PLATFORMS } from './platforms';

describe('formats per platform', () => {
  it('offers no Reels on X and no thread on Instagram', () => {
    expect(PLATFORM_FORMATS.x).not.toContain('reel');
    expect(PLATFORM_FORMATS.instagram).not.toContain('thread');
    expect(PLATFORM_FORMATS.youtube).toContain('short');
  });

  it('every platform has formats, all of them known', () => {
    for (const p of PLATFORMS) {
      expect(PLATFORM_FORMATS[p].length).toBeGreaterThan(0);
      for (const f of PLATFORM_FORMATS[p]) expect(FORMATS).toContain(f);
    }
  });

  it("a post's formats are those of its platforms, in the usual order; none means any", () => {
    expect(formatsFor(['x'])).toEqual(['feed', 'video', 'thread', 'live']);
    expect(formatsFor(['instagram', 'x'])).toEqual(['feed', 'carousel', 'reel', 'story', 'video', 'thread', 'live']);
    expect(formatsFor([])).toEqual([...FORMATS]);
  });
});
