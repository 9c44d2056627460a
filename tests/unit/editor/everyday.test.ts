/**
 * Spelling measured on everyday Indonesian: what people really write in captions is never
 * flagged, while real typos still are. The fixtures are written text, not lists pulled from the
 * dictionaries the speller uses (tests/fixtures/spelling).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { colloquial, parseWordList, Speller, type Hunspell } from '../../../renderer/src/features/editor/spelling/speller';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const dict = (rel: string) => read(`resources/dictionaries/${rel}`);
const nspell = createRequire(import.meta.url)('nspell') as (aff: string, dic: string) => Hunspell;
const paragraphs = (text: string) => text.split('\n').filter((l) => !l.startsWith('#')).join('\n');

let speller: Speller;
beforeAll(() => {
  speller = new Speller(
    [nspell(dict('id/id_ID.aff'), dict('id/id_ID.dic')), nspell(dict('en/en_US.aff'), dict('en/en_US.dic'))],
    [...parseWordList(dict('custom-id.txt')), ...parseWordList(dict('informal-id.txt'))],
  );
});

describe('everyday Indonesian', () => {
  it('flags at most 1% of the words in everyday captions', () => {
    const text = paragraphs(read('tests/fixtures/spelling/everyday-captions.txt'));
    const words = text.match(/\S+/g)!.length;
    expect(words).toBeGreaterThan(400);
    const flagged = speller.check(text).map((m) => m.word);
    expect(flagged.length / words, flagged.join(' ')).toBeLessThanOrEqual(0.01);
  });

  it('flags at most 1% of a few hundred everyday words, and none of the ones people ask about', () => {
    const words = parseWordList(read('tests/fixtures/spelling/everyday-words.txt'));
    expect(words.length).toBeGreaterThan(250);
    const flagged = words.filter((w) => !speller.isCorrect(w));
    expect(flagged.length / words.length, flagged.join(' ')).toBeLessThanOrEqual(0.01);
    for (const w of ['tapi', 'gitu', 'gini', 'bener', 'pengen', 'komen', 'ultah', 'nemenin', 'gw', 'wishlist']) {
      expect(speller.isCorrect(w), w).toBe(true);
    }
  });

  it('still catches at least 95% of real typos', () => {
    const typos = read('tests/fixtures/spelling/typos.txt')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    expect(typos.length).toBeGreaterThan(80);
    const missed = typos.filter(([typo]) => speller.isCorrect(typo!)).map(([typo]) => typo);
    expect(missed.length / typos.length, missed.join(' ')).toBeLessThanOrEqual(0.05);
    // The intended words pass, so the typo is what gets flagged.
    const intended = typos.map(([, word]) => word!).filter((w) => !speller.isCorrect(w));
    expect(intended).toEqual([]);
  });

  it('reads colloquial spellings as the standard word they stand for', () => {
    expect(colloquial('dateng')).toContain('datang');
    expect(colloquial('rame')).toContain('ramai');
    expect(colloquial('ilang')).toContain('hilang');
    expect(colloquial('nyari')).toContain('cari');
    expect(colloquial('mikir')).toContain('pikir');
    expect(colloquial('sebenernya')).toContain('sebenarnya');
    // Stands only on Indonesian: "besk" is a typo of besok, not "bask".
    expect(speller.isCorrect('besk')).toBe(false);
  });
});

describe('the generated informal word list', () => {
  it('names its source and licence, and the licence ships beside it', () => {
    const list = dict('informal-id.txt');
    expect(list).toMatch(/OpenSubtitles 2024/);
    expect(list).toMatch(/ODC-BY/);
    expect(dict('informal-id.LICENSE')).toMatch(/ODC-BY/);
    expect(parseWordList(list).length).toBeGreaterThan(300);
  });
});
