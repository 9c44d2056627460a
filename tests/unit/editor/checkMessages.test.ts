/**
 * The copy checks' messages as the user reads them: shared/platforms returns keys and
 * parameters, the renderer's i18next resources say them in Indonesian and English.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../shared/domain/platforms';
import { checkAll, checkCopy, type Issue } from '../../../shared/platforms';
import { placeOf } from '../../../renderer/src/features/editor/checks/place';
import { en } from '../../../renderer/src/i18n/en';
import { id } from '../../../renderer/src/i18n/id';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } });
});
const say = (lng: 'id' | 'en', i: Issue) => i18n.getFixedT(lng)(i.message.key, i.message.params);
const first = (issues: Issue[], code: Issue['code']) => issues.find((i) => i.code === code)!;

describe('check messages', () => {
  it('every message of every platform reads in both languages, with nothing left untranslated', () => {
    const r = checkAll('a'.repeat(3000) + ' <b> #a #a https://toko.id \uFEFF', { bannedWords: ['b'], requiredHashtags: ['x'], link: 'lain.id' });
    const all = [...PLATFORMS.flatMap((p) => r[p].issues), ...checkAll('').x.issues, ...checkCopy('blog', 'a').issues];
    expect(new Set(all.map((i) => i.code)).size).toBeGreaterThan(10);
    for (const i of all) {
      const [ids, ens] = [say('id', i), say('en', i)];
      expect(ids).not.toMatch(/checks\.|\{\{/);
      expect(ens).not.toMatch(/checks\.|\{\{/);
      expect(ids).not.toBe(ens);
    }
  });

  it('formats numbers for the locale and names the description where the limit is on it', () => {
    const [x] = checkCopy('x', 'a'.repeat(292)).issues;
    expect(say('id', x!)).toBe('Melebihi batas 280 karakter X sebanyak 12');
    expect(say('en', x!)).toBe("12 over X's 280-character limit");
    const yt = first(checkCopy('youtube', 'a'.repeat(6012)).issues, 'over-limit');
    expect(say('id', yt)).toBe('Melebihi batas 5.000 byte deskripsi YouTube sebanyak 1.012');
    expect(say('en', yt)).toBe("1,012 bytes over YouTube's 5,000-byte description limit");
  });

  it("a client's banned word is the client's: never called a refusal", () => {
    const r = checkCopy('instagram', 'Harga murah', { bannedWords: ['murah'] });
    const banned = first(r.issues, 'banned-word');
    expect(say('id', banned)).toBe('Klien melarang kata "murah"');
    const t = i18n.getFixedT('id');
    expect(t(`editor.severity.client.${banned.severity}`)).toBe('Dilarang klien');
    expect(t('editor.severity.client.error')).not.toBe(t('editor.severity.error'));
  });

  it('an empty caption with a required hashtag missing says so', () => {
    const r = checkCopy('instagram', '', { requiredHashtags: ['#TokoKita'] });
    expect(r.issues.map((i) => say('id', i))).toContain('Hashtag wajib #TokoKita belum ada');
  });

  it('places an issue by the words it points at, never a character offset', () => {
    const t = i18n.getFixedT('id');
    const text = 'Promo belnja hemat sampai akhir bulan ini, yuk ikutan sekarang juga ya';
    expect(placeOf(t, text, 6, 12)).toBe('di “belnja”');
    expect(placeOf(t, text, 43)).toBe('sebelum “yuk ikutan sekarang juga ya”');
    expect(placeOf(t, text, 13, text.length)).toBe('mulai “hemat sampai akhir bulan…”');
    expect(placeOf(i18n.getFixedT('en'), text, 6, 12)).toBe('at “belnja”');
  });
});
