/**
 * Unicode "styled letters": bold and italic written as Mathematical Sans-Serif letters
 * (U+1D5A0 block), the look social-media users know from 𝗯𝗼𝗹𝗱 and 𝘪𝘵𝘢𝘭𝘪𝘤 captions. They are
 * different characters, not formatting: screen readers spell them out or skip them, search and
 * hashtags do not match them, and X counts each as 2. Only A–Z, a–z (and 0–9 in bold) have
 * styled forms; everything else passes through unchanged.
 */
export type LetterStyle = 'bold' | 'italic' | 'boldItalic';

const UPPER: Record<LetterStyle, number> = { bold: 0x1d5d4, italic: 0x1d608, boldItalic: 0x1d63c };
const LOWER: Record<LetterStyle, number> = { bold: 0x1d5ee, italic: 0x1d622, boldItalic: 0x1d656 };
const BOLD_DIGIT = 0x1d7ec; // sans-serif bold 0; there are no italic digits

function styleChar(c: number, style: LetterStyle): number {
  if (c >= 65 && c <= 90) return UPPER[style] + (c - 65);
  if (c >= 97 && c <= 122) return LOWER[style] + (c - 97);
  if (c >= 48 && c <= 57 && style !== 'italic') return BOLD_DIGIT + (c - 48);
  return c;
}

export function toStyled(text: string, style: LetterStyle): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = c < 128 ? styleChar(c, style) : c;
    out += s === c ? text[i] : String.fromCodePoint(s);
  }
  return out;
}

/**
 * The plain letters behind any Mathematical Alphanumeric letter or digit (all styles, not
 * only ours), so copy pasted in from elsewhere can be spell-checked and compared.
 */
export function fromStyled(text: string): string {
  return text.replace(/[\u{1D400}-\u{1D7FF}\u210E]/gu, (ch) => {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x210e) return 'h'; // the one italic letter that lives outside the block
    if (cp >= 0x1d7ce) return String.fromCharCode(48 + ((cp - 0x1d7ce) % 10));
    if (cp > 0x1d6a3) return ch; // Greek and other symbols: no plain Latin form
    const k = (cp - 0x1d400) % 52;
    return String.fromCharCode(k < 26 ? 65 + k : 97 + k - 26);
  });
}
