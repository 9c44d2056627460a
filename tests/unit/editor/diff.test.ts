import { describe, expect, it } from 'vitest';
import { diffWords, type DiffOp } from '../../../renderer/src/features/editor/history/diff';

const apply = (ops: DiffOp[], side: 'before' | 'after') =>
  ops.filter((o) => o.type === 'equal' || o.type === (side === 'before' ? 'delete' : 'insert')).map((o) => o.text).join('');

describe('word diff', () => {
  it('shows a changed word as one deletion and one insertion', () => {
    expect(diffWords('Promo kopi susu hari ini', 'Promo kopi gula aren hari ini')).toEqual([
      { type: 'equal', text: 'Promo kopi ' },
      { type: 'delete', text: 'susu' },
      { type: 'insert', text: 'gula aren' },
      { type: 'equal', text: ' hari ini' },
    ]);
  });

  it('keeps hashtags, mentions and emoji whole', () => {
    const ops = diffWords('Yuk ke @kopisenja #promo 🎉', 'Yuk ke @kopisenja_id #promo 🎉🔥');
    expect(ops).toEqual([
      { type: 'equal', text: 'Yuk ke ' },
      { type: 'delete', text: '@kopisenja' },
      { type: 'insert', text: '@kopisenja_id' },
      { type: 'equal', text: ' #promo 🎉' },
      { type: 'insert', text: '🔥' },
    ]);
  });

  it('rebuilds both texts exactly from any diff', () => {
    const samples = [
      ['', 'Baru'],
      ['Lama', ''],
      ['a b c d e', 'e d c b a'],
      ['Baris satu\nBaris dua\n\nBaris empat', 'Baris satu\nBaris 2\nBaris empat!'],
      ['Diskon 50%!!! Buruan, stok terbatas.', 'Diskon 60%! Buruan — stok terbatas banget.'],
    ];
    for (const [a, b] of samples) {
      const ops = diffWords(a!, b!);
      expect(apply(ops, 'before')).toBe(a);
      expect(apply(ops, 'after')).toBe(b);
    }
  });

  it('stays exact on long texts (past the token bound it compares lines)', () => {
    const a = Array.from({ length: 4000 }, (_, i) => `kata${i}`).join(' ');
    const b = a.replace('kata17 ', 'kata17 baru ').replace(/kata3999$/, 'akhir');
    const ops = diffWords(a, b);
    expect(apply(ops, 'before')).toBe(a);
    expect(apply(ops, 'after')).toBe(b);
    const big = Array.from({ length: 800 }, (_, i) => `baris ${i} ${'isi '.repeat(5)}`).join('\n');
    const bigOps = diffWords(big, big.replace('baris 400 ', 'baris empat ratus '));
    expect(apply(bigOps, 'after')).toBe(big.replace('baris 400 ', 'baris empat ratus '));
  });
});
