import { describe, expect, it } from 'vitest';
import { fromStyled, toStyled } from '../../../renderer/src/features/editor/document/styled';

describe('Unicode styled letters', () => {
  it('writes sans-serif bold, italic and bold italic letters', () => {
    expect(toStyled('Promo 12.12', 'bold')).toBe('𝗣𝗿𝗼𝗺𝗼 𝟭𝟮.𝟭𝟮');
    expect(toStyled('Hari ini', 'italic')).toBe('𝘏𝘢𝘳𝘪 𝘪𝘯𝘪');
    expect(toStyled('Yuk', 'boldItalic')).toBe('𝙔𝙪𝙠');
  });

  it('leaves what has no styled form alone: italic digits, accents, emoji, punctuation', () => {
    expect(toStyled('50% café 🎉!', 'italic')).toBe('50% 𝘤𝘢𝘧é 🎉!');
  });

  it('reads any mathematical letter back as plain Latin', () => {
    const all = ['bold', 'italic', 'boldItalic'] as const;
    for (const s of all) expect(fromStyled(toStyled('Harbolnas 12.12 Diskon', s))).toBe('Harbolnas 12.12 Diskon');
    // Serif bold, script, double-struck, monospace and the italic h outside the block.
    expect(fromStyled('𝐁𝐨𝐥𝐝 𝒮𝒸𝓇𝒾𝓅𝓉 𝔻𝕠𝕦𝕓𝕝𝕖 𝚖𝚘𝚗𝚘 ℎ 𝟗')).toBe('Bold Script Double mono h 9');
  });
});
