import { describe, expect, it } from 'vitest';
import { findBanned } from './banned';

const hits = (text: string, words: string[]) => findBanned(text, words).map((h) => text.slice(h.from, h.to));

describe('banned words', () => {
  it('matches whole words case-insensitively', () => {
    expect(hits('Murah! Harga MURAH, murah banget', ['murah'])).toEqual(['Murah', 'MURAH', 'murah']);
  });

  it('does not match Indonesian affixed forms', () => {
    const text = 'Produk termurah, bukan barang murahan; kemurahan hati, dimurahkan, semurah-murahnya';
    expect(hits(text, ['murah'])).toEqual([]);
    expect(hits('Diskon didiskon mendiskon diskonan', ['diskon'])).toEqual(['Diskon']);
  });

  it('treats hyphen, # and punctuation as boundaries, digits and _ as part of a word', () => {
    expect(hits('murah-murah #murah (murah) "murah"', ['murah'])).toEqual(['murah', 'murah', 'murah', 'murah', 'murah']);
    expect(hits('murah123 murah_meriah 1murah', ['murah'])).toEqual([]);
  });

  it('matches phrases across any whitespace', () => {
    expect(hits('Barang PALING  murah\nse-Indonesia, paling\nmurah', ['paling murah'])).toEqual([
      'PALING  murah',
      'paling\nmurah',
    ]);
  });

  it('prefers the longer phrase and reports the entry as written', () => {
    const text = 'Gratis Ongkir hari ini, gratis juga';
    const found = findBanned(text, ['gratis', 'Gratis ongkir']);
    expect(found.map((h) => [text.slice(h.from, h.to), h.word])).toEqual([
      ['Gratis Ongkir', 'Gratis ongkir'],
      ['gratis', 'gratis'],
    ]);
  });

  it('gives UTF-16 positions after emoji', () => {
    const text = '🎉🇮🇩 murah';
    expect(findBanned(text, ['murah'])).toEqual([{ from: 7, to: 12, word: 'murah' }]);
  });

  it('matches NFC words in NFD text and vice versa, not a base letter alone', () => {
    expect(hits('Kafe cafe\u0301 enak', ['café'])).toEqual(['cafe\u0301']);
    expect(hits('Kafe café enak', ['cafe\u0301'])).toEqual(['café']);
    expect(hits('cafe\u0301', ['cafe'])).toEqual([]);
  });

  it('works with non-Latin words and regex characters', () => {
    expect(hits('这是最便宜 便宜', ['便宜'])).toEqual(['便宜']); // CJK letters: no boundary inside a run
    expect(hits('harga 50% off, c++ (beta)', ['50%', 'c++', '(beta)'])).toEqual(['50%', 'c++', '(beta)']);
  });

  it('ignores empty lists and blank entries', () => {
    expect(findBanned('murah', [])).toEqual([]);
    expect(findBanned('murah', ['  ', ''])).toEqual([]);
    expect(findBanned('', ['murah'])).toEqual([]);
    expect(findBanned('murah', undefined)).toEqual([]);
  });
});
