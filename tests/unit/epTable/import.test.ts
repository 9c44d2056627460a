import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE, writeEnglishCsv, writeIndonesianXlsx } from '../../fixtures/epSheets';
import { testCore } from '../core/helpers';

async function withClient(timezone = 'Asia/Jakarta') {
  const t = testCore();
  const client = await t.call('clients.create', {
    name: 'Kopi Senja',
    color: '#b45309',
    timezone,
    accounts: [{ platform: 'instagram', handle: '@kopisenja' }],
  });
  const all = () => t.call('slots.list', { from: '2027-01-01T00:00:00.000Z', to: '2027-04-01T00:00:00.000Z', clientIds: [client.id] });
  return { ...t, client, all };
}

describe('epImport: an Indonesian XLSX with title rows, merged cells and formulas', () => {
  it('previews every row with its problems, field by field', async () => {
    const { call, client, dataDir } = await withClient();
    const file = path.join(dataDir, 'EP Februari.xlsx');
    await writeIndonesianXlsx(file);
    const p = await call('epImport.preview', { path: file, clientId: client.id });

    expect(p).toMatchObject({ kind: 'xlsx', sheet: 'EP Februari', headerRow: 4, fileName: 'EP Februari.xlsx', emptyRows: 1 });
    expect(p.mapping).toEqual(['no', 'date', 'time', 'platform', 'pillar', 'format', 'topic', 'visual', 'caption', 'hashtags', 'link', 'pic', 'status', 'notes']);
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect([...byRow.keys()]).toEqual([5, 6, 7, 8, 10, 11, 12, 13]);

    // A real date cell, a time cell, two platforms in one cell, a caption with emoji and a line break.
    expect(byRow.get(5)).toMatchObject({
      date: '2027-02-01', time: '19:00', platforms: ['instagram', 'facebook'], pillar: 'Produk', format: 'carousel',
      topic: 'Kopi susu gula aren', visualBrief: 'Foto flatlay, nuansa hangat', caption: 'Pagi lebih semangat ☕️\nCoba sekarang di outlet terdekat!',
      hashtags: '#KopiSenja #NgopiDulu', link: 'kopisenja.id/promo', pic: 'Rani', status: 'draft', problems: [], ok: true,
    });
    // An Excel serial date, "19.30", "IG/TikTok", a review status.
    expect(byRow.get(6)).toMatchObject({ date: '2027-02-03', time: '19:30', platforms: ['instagram', 'tiktok'], format: 'reel', status: 'in_review' });
    // "5/2/2027" is 5 February (day first), "7 PM".
    expect(byRow.get(7)).toMatchObject({ date: '2027-02-05', time: '19:00', platforms: ['x'], format: 'thread', status: 'draft' });
    // "Senin, 8 Februari 2027", 19.3 typed as a number, a formula taken as its cached value, an approval not imported.
    expect(byRow.get(8)).toMatchObject({ date: '2027-02-08', time: '19:30', caption: 'Hasil rumus tersimpan', status: 'draft' });
    expect(byRow.get(8)!.problems).toEqual([{ field: 'status', code: 'status_not_imported', severity: 'warning', value: 'approved' }]);
    // Hostile text is text; a formula with no cached value is its own text; nothing is evaluated.
    expect(byRow.get(10)).toMatchObject({ date: '2027-02-10', time: '12:15', topic: HOSTILE.script.slice(0, 500), visualBrief: HOSTILE.long, caption: '=HYPERLINK("http://evil.example","klik")', link: HOSTILE.dde, pic: HOSTILE.rtl, status: 'idea' });
    // The merged date cell gives its date to both rows.
    expect(byRow.get(11)).toMatchObject({ date: '2027-02-12', time: '09:00', format: 'story', problems: [] });
    expect(byRow.get(12)).toMatchObject({ date: '2027-02-12', time: '20:00', problems: [] });
    // "besok" is no date: the row stays out.
    expect(byRow.get(13)).toMatchObject({ ok: false, problems: [{ field: 'date', code: 'date_unreadable', severity: 'error', value: 'besok' }] });
    expect(p.posts).toBe(7);
  });

  it('applies: posts with their platform copy at the client’s wall-clock time, then undoes in one step', async () => {
    const { call, fail, client, dataDir, all } = await withClient('Asia/Makassar');
    const file = path.join(dataDir, 'ep.xlsx');
    await writeIndonesianXlsx(file);
    const result = await call('epImport.apply', { path: file, clientId: client.id });
    expect(result).toMatchObject({ created: 7, skippedRows: 1 });

    const slots = await all();
    expect(slots).toHaveLength(7);
    const first = slots.find((s) => s.topic === 'Kopi susu gula aren')!;
    expect(first).toMatchObject({ startsAt: '2027-02-01T11:00:00.000Z', timezone: 'Asia/Makassar', format: 'carousel', pillar: 'Produk', pic: 'Rani', link: 'kopisenja.id/promo', status: 'draft' });
    const copy = 'Pagi lebih semangat ☕️\nCoba sekarang di outlet terdekat!\n\n#KopiSenja #NgopiDulu';
    expect(first.variants.map((v) => [v.platform, v.plain])).toEqual([['instagram', copy], ['facebook', copy]]);
    // The copy went through the variants service: it has its history.
    const revisions = await call('variants.revisions', { slotId: first.id, platform: 'facebook' });
    expect(revisions.map((r) => r.plain)).toEqual([copy]);
    const hostile = slots.find((s) => s.visualBrief === HOSTILE.long)!;
    expect(hostile.link).toBe(HOSTILE.dde);
    expect(hostile.variants[0]!.plain).toBe('=HYPERLINK("http://evil.example","klik")');

    expect(await call('epImport.undo', { importId: result.importId })).toEqual({ importId: result.importId, removed: 7 });
    expect(await all()).toEqual([]);
    expect((await fail('epImport.undo', { importId: result.importId })).code).toBe('conflict');
  });

  it('takes the user’s corrected mapping', async () => {
    const { call, client, dataDir } = await withClient();
    const file = path.join(dataDir, 'ep.xlsx');
    await writeIndonesianXlsx(file);
    const auto = await call('epImport.preview', { path: file, clientId: client.id });
    const mapping = [...auto.mapping];
    mapping[6] = 'ignore'; // Topik
    mapping[13] = 'topic'; // "Catatan klien" holds the topic in this client's sheet
    const p = await call('epImport.preview', { path: file, clientId: client.id, mapping });
    expect(p.mapping[13]).toBe('topic');
    expect(p.rows.find((r) => r.row === 5)!.topic).toBe('ok');
  });
});

describe('epImport: an English CSV from Google Sheets', () => {
  it('joins the one-row-per-platform rows and reads English dates', async () => {
    const { call, client, dataDir, all } = await withClient();
    const file = path.join(dataDir, 'plan.csv');
    writeEnglishCsv(file);
    const p = await call('epImport.preview', { path: file, clientId: client.id });
    expect(p).toMatchObject({ kind: 'csv', headerRow: 2, emptyRows: 1, posts: 3 });
    expect(p.mapping).toEqual(['date', 'time', 'platform', 'pillar', 'format', 'topic', 'caption', 'hashtags', 'link', 'status']);
    expect(p.rows.map((r) => [r.row, r.date, r.time, r.platforms])).toEqual([
      [3, '2027-03-01', '19:00', ['instagram']],
      [4, '2027-03-01', '19:00', ['tiktok']],
      [6, '2027-03-08', '19:30', ['x']],
      [7, '2027-03-15', '08:00', ['instagram']],
    ]);
    expect(p.rows[0]!.caption).toBe('Line one\nLine two 🎉');
    expect(p.rows[2]!.status).toBe('idea');
    expect(p.rows[3]!.problems).toEqual([{ field: 'platform', code: 'platform_unknown', severity: 'warning', value: 'snapchat' }]);

    await call('epImport.apply', { path: file, clientId: client.id });
    const brew = (await all()).find((s) => s.topic === 'Brewing guide')!;
    expect(brew.variants.map((v) => [v.platform, v.plain])).toEqual([
      ['instagram', 'Line one\nLine two 🎉\n\n#coffee #brew'],
      ['tiktok', 'Short TikTok copy\n\n#coffee'],
    ]);
    expect(brew).toMatchObject({ pillar: 'Education', link: 'shop.example/brew', startsAt: '2027-03-01T12:00:00.000Z' });
  });
});

describe('epImport refuses what it cannot read, and changes nothing', () => {
  it('gives a clear reason for each bad file', async () => {
    const { call, fail, client, dataDir, all } = await withClient();
    const reason = async (name: string, bytes: Buffer | string) => {
      const file = path.join(dataDir, name);
      fs.writeFileSync(file, bytes);
      const err = await fail('epImport.apply', { path: file, clientId: client.id });
      return err.issues?.[0]?.code;
    };
    expect(await reason('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))).toBe('not_spreadsheet');
    expect(await reason('broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]))).toBe('not_spreadsheet');
    expect(await reason('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('old_xls');
    expect(await reason('letter.csv', 'Dear client,\nhere is the plan for February.\n')).toBe('no_header');
    expect(await reason('huge.csv', Buffer.alloc(16 * 1024 * 1024, 'a'))).toBe('too_large');
    expect((await fail('epImport.preview', { path: path.join(dataDir, 'nope.xlsx'), clientId: client.id })).issues?.[0]?.code).toBe('file_missing');
    expect(await all()).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'photo.png'))).toBe(true);
    void call;
  });

  it('stages a file picked in the browser inside the data folder', async () => {
    const { call, client, dataDir } = await withClient();
    const src = path.join(dataDir, 'src.csv');
    writeEnglishCsv(src);
    const { path: staged } = await call('epImport.stage', { name: '../../etc/plan.csv', dataBase64: fs.readFileSync(src).toString('base64') });
    expect(path.dirname(path.dirname(staged))).toBe(path.join(dataDir, 'imports'));
    expect(path.basename(staged)).toBe('plan.csv');
    expect((await call('epImport.preview', { path: staged, clientId: client.id })).posts).toBe(3);
  });
});
