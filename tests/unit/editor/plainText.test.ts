import { getSchema, type JSONContent } from '@tiptap/react';
import { describe, expect, it } from 'vitest';
import { copyExtensions } from '../../../renderer/src/features/editor/document/extensions';
import { docFromPlain, serialize, toOffset, toPos } from '../../../renderer/src/features/editor/document/plainText';

const schema = getSchema(copyExtensions);
const node = (json: JSONContent) => schema.nodeFromJSON(json);
const p = (...content: JSONContent[]): JSONContent => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' });
const t = (text: string, ...marks: string[]): JSONContent => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const doc = (attrs: { styleMode?: string }, ...content: JSONContent[]) => node({ type: 'doc', attrs, content });

describe('plain-text serialisation', () => {
  it('makes each paragraph a line and keeps empty lines and hard breaks', () => {
    const d = doc({}, p(t('Promo 12.12 🎉')), p(), p(t('Cek '), t('link', 'bold'), { type: 'hardBreak' }, t('di bio')), p());
    expect(serialize(d).text).toBe('Promo 12.12 🎉\n\nCek link\ndi bio\n');
  });

  it('drops bold and italic by default, writes styled letters in unicode mode', () => {
    const content = [p(t('Diskon '), t('50%', 'bold'), t(' khusus '), t('hari ini', 'italic'), t(' ya', 'bold', 'italic'))];
    expect(serialize(doc({}, ...content)).text).toBe('Diskon 50% khusus hari ini ya');
    expect(serialize(doc({ styleMode: 'unicode' }, ...content)).text).toBe('Diskon 𝟱𝟬% khusus 𝘩𝘢𝘳𝘪 𝘪𝘯𝘪 𝙮𝙖');
    // The document's own mode can be overridden (the spelling check reads the unstyled text).
    expect(serialize(doc({ styleMode: 'unicode' }, ...content), 'drop').text).toBe('Diskon 50% khusus hari ini ya');
  });

  it('maps every text offset to the document position of the same character and back', () => {
    const d = doc({ styleMode: 'unicode' }, p(t('Ab '), t('cd', 'bold'), t(' 🎉e')), p(), p(t('f'), { type: 'hardBreak' }, t('g', 'italic')));
    const plain = serialize(d);
    expect(plain.text).toBe('Ab 𝗰𝗱 🎉e\n\nf\n𝘨');
    // Each character of the text comes from the document character at the mapped position.
    const expected: Array<[number, string]> = [
      [0, 'A'], [1, 'b'], [2, ' '], [3, 'c'], [5, 'd'], [7, ' '], [8, '\ud83c'], [10, 'e'], [13, 'f'], [15, 'g'],
    ];
    for (const [offset, ch] of expected) {
      const pos = toPos(plain, offset);
      expect(d.textBetween(pos, pos + 1, '', '\n')).toBe(ch);
      expect(toOffset(plain, pos)).toBe(offset);
    }
    // Ends of ranges: the end of the text and the end of a line.
    expect(toPos(plain, plain.text.length)).toBe(d.content.size - 1);
    expect(toPos(plain, 11)).toBe(toPos(plain, 10) + 1); // the '\n' after line 1 maps to its end
  });

  it('maps a range that covers styled letters to the document range of those letters', () => {
    const d = doc({ styleMode: 'unicode' }, p(t('Halo '), t('kakak', 'bold'), t('!')));
    const plain = serialize(d);
    const from = plain.text.indexOf('𝗸');
    const to = plain.text.indexOf('!');
    expect(d.textBetween(toPos(plain, from), toPos(plain, to))).toBe('kakak');
  });

  it('builds a document from plain text, one paragraph per line', () => {
    const json = docFromPlain('Baris 1\n\nBaris 3\r\nBaris 4');
    const d = node(json);
    expect(d.childCount).toBe(4);
    expect(serialize(d).text).toBe('Baris 1\n\nBaris 3\nBaris 4');
    expect(serialize(node(docFromPlain(''))).text).toBe('');
  });
});
