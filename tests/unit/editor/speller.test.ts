import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearby, parseWordList, Speller, type Hunspell } from '../../../renderer/src/features/editor/spelling/speller';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DICTS = path.join(ROOT, 'resources/dictionaries');
const nspell = createRequire(import.meta.url)('nspell') as (aff: string, dic: string) => Hunspell;
const read = (rel: string) => fs.readFileSync(path.join(DICTS, rel), 'utf8');

let speller: Speller;
beforeAll(() => {
  speller = new Speller(
    [nspell(read('id/id_ID.aff'), read('id/id_ID.dic')), nspell(read('en/en_US.aff'), read('en/en_US.dic'))],
    [...parseWordList(read('custom-id.txt')), ...parseWordList(read('informal-id.txt'))],
  );
});

describe('shipped dictionaries', () => {
  it('hunspell-id says ISO-8859-1 but is ASCII, so bundling it as UTF-8 text loses nothing', () => {
    for (const f of ['id/id_ID.aff', 'id/id_ID.dic']) {
      const bytes = fs.readFileSync(path.join(DICTS, f));
      expect(bytes.every((b) => b < 0x80)).toBe(true);
    }
    expect(read('id/id_ID.aff')).toMatch(/^SET ISO8859-1$/m);
  });

  it('ships the licences next to the dictionaries', () => {
    expect(read('id/copyright')).toMatch(/Files: dictionaries\/id\/id_ID\.\*\nCopyright: .*Ali Ahmadi.*\nLicense: LGPL-3/);
    expect(read('en/license')).toMatch(/SCOWL/);
  });

  it('the bundled word list holds a few hundred entries, lower case, one word each', () => {
    const words = parseWordList(read('custom-id.txt'));
    expect(words.length).toBeGreaterThan(300);
    for (const w of ['promo', 'ngabuburit', 'yg', 'gratis', 'ongkir', 'cod', 'giveaway', 'repost', 'checkout', 'fyp', 'dll']) {
      expect(words).toContain(w);
    }
    expect(words.every((w) => w === w.toLowerCase() && !/\s/.test(w))).toBe(true);
  });
});

describe('speller', () => {
  it('accepts Indonesian, English and social-media words', () => {
    const text = 'Yuk checkout sekarang! Gratis ongkir + cashback, COD bisa. Ngabuburit bareng bestie, kopinya enak bgt dll.';
    expect(speller.check(text)).toEqual([]);
  });

  it('accepts clitics, reduplication, informal affixes, stretched letters and acronyms', () => {
    for (const w of ['bukunya', 'kopinya', 'belilah', 'kupu-kupu', 'anak-anak', 'kepoin', 'ngelive', 'direpost', 'kerennn', 'yukkk', 'UMKM', 'WIB', 'se-Jabodetabek', 'pra-order']) {
      expect(speller.isCorrect(w), w).toBe(true);
    }
  });

  it('flags typos with their offsets, and skips hashtags, mentions, links and numbers', () => {
    const text = 'Promo belnja hemat #diskonnn @kopisenja_id cek https://toko.id/xyzq 12rb 2x sekrang.';
    expect(speller.check(text)).toEqual([
      { from: 6, to: 12, word: 'belnja' },
      { from: 76, to: 83, word: 'sekrang' },
    ]);
  });

  it('checks letters styled as bold as the plain word', () => {
    expect(speller.check('𝗽𝗿𝗼𝗺𝗼 𝗯𝗲𝗹𝗻𝗷𝗮').map((m) => m.word)).toEqual(['𝗯𝗲𝗹𝗻𝗷𝗮']);
  });

  it("accepts the client's glossary, whatever the capitalisation", () => {
    expect(speller.check('Cobain KopSen Arabika')).toEqual([{ from: 7, to: 13, word: 'KopSen' }]);
    speller.setGlossary(['Kopsen']);
    expect(speller.check('Cobain KopSen Arabika')).toEqual([]);
    speller.setGlossary([]);
  });

  it('suggests corrections, near bundled words first', () => {
    expect(speller.suggest('belnja')).toContain('belanja');
    expect(speller.suggest('ongkri')[0]).toBe('ongkir');
  });

  it('knows what one edit apart means', () => {
    expect(nearby('ongkri', 'ongkir')).toBe(true);
    expect(nearby('promo', 'promoo')).toBe(true);
    expect(nearby('promo', 'prom')).toBe(true);
    expect(nearby('promo', 'prima')).toBe(false);
  });
});
