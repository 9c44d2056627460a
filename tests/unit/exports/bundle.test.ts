import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { BundleManifest } from '../../../shared/review/bundle';
import { EP_COLUMNS } from '../../../shared/review/words';
import { exportFixture, listDir, readZip } from './fixture';

const FEB = { from: '2027-02-01', to: '2027-02-28' };

async function februaryOf(fx: ReturnType<typeof exportFixture>) {
  const [client] = await fx.call('clients.list', {});
  const slots = await fx.call('slots.list', { from: '2027-01-31T00:00:00.000Z', to: '2027-03-01T00:00:00.000Z', clientIds: [client!.id] });
  return { client: client!, slots };
}

// Each export prints a PDF with Chromium: seconds, not milliseconds, on a busy machine.
describe('export bundle', { timeout: 120_000 }, () => {
  it('writes the zip and review.html from sample data, with a valid manifest, the read-me, the PDF and the XLSX', async () => {
    const fx = exportFixture();
    const { client } = await februaryOf(fx);
    const preview = await fx.call('exports.preview', { clientId: client.id, ...FEB });
    expect(preview.totals.posts).toBeGreaterThan(3);
    expect(preview.nextVersion).toBe(1);

    const result = await fx.call('exports.create', { clientId: client.id, ...FEB, outDir: fx.outDir, language: 'id' });
    expect(result.version).toBe(1);
    expect(result.posts).toBe(preview.totals.posts);
    expect(path.basename(result.zipPath)).toBe(preview.zipName);
    expect(path.basename(result.zipPath)).toMatch(/^[A-Za-z0-9-]+-EP-2027-02-v1\.zip$/);
    // Only the two finished files are left in the folder: no temporary folder.
    expect(listDir(fx.outDir)).toEqual([path.basename(result.zipPath), path.basename(result.reviewPath)].sort());

    const zip = await readZip(result.zipPath);
    const slug = path.basename(result.zipPath).replace(/-EP-.*$/, '');
    expect([...zip.keys()].sort()).toEqual(
      ['BACA-SAYA.txt', `EP-${slug}-2027-02.pdf`, `EP-${slug}-2027-02.xlsx`, 'manifest.json', 'review.html'].sort(),
    );
    // The page in the zip is the page beside it.
    expect(zip.get('review.html')!.bytes.equals(fs.readFileSync(result.reviewPath))).toBe(true);

    const manifest = BundleManifest.parse(JSON.parse(zip.get('manifest.json')!.bytes.toString('utf8')));
    expect(manifest).toMatchObject({ bundleId: result.bundleId, version: 1, client: { id: client.id, name: client.name }, period: FEB, appVersion: '0.1.0-test' });
    expect(manifest.posts.map((p) => p.no)).toEqual(manifest.posts.map((_, i) => i + 1));
    expect(manifest.posts.map((p) => p.id).sort()).toEqual(preview.posts.map((p) => p.id).sort());
    // Each hash is the post's stored content hash (status moves do not change content).
    const db = new Sqlite(path.join(fx.dataDir, 'rencana.sqlite'), { readonly: true });
    const stored = db.prepare<[string], string>('SELECT content_hash FROM slots WHERE id = ?').pluck();
    for (const p of manifest.posts) expect(stored.get(p.id)).toBe(p.contentHash);
    db.close();

    const readme = zip.get('BACA-SAYA.txt')!.bytes.toString('utf8');
    expect(readme).toContain(`Rencana konten ${client.name}`);
    expect(readme).toContain('1–28 Februari 2027');
    expect(readme).toContain('Buka review.html');
    // The steps name the buttons the client will see on the page.
    for (const label of ['"Setujui"', '"Minta revisi"', '"Kirim lewat WhatsApp"', '"Salin feedback"', '"Simpan feedback"']) expect(readme).toContain(label);
    expect(readme).toContain(`EP-${slug}-2027-02.xlsx`);

    const pdf = zip.get(`EP-${slug}-2027-02.pdf`)!;
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.stored).toBe(true);
    const pdfFile = path.join(fx.outDir, 'check.pdf');
    fs.writeFileSync(pdfFile, pdf.bytes);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    fs.rmSync(pdfFile);
    expect(text).toContain(client.name);
    expect(text).toMatch(/Senin, 1 Februari 2027|Februari 2027/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(zip.get(`EP-${slug}-2027-02.xlsx`)!.bytes as unknown as ExcelJS.Buffer);
    const ep = wb.getWorksheet('EP')!;
    expect(String(ep.getCell('A1').value)).toContain(client.name);
    expect((ep.getRow(2).values as unknown[]).slice(1)).toEqual(EP_COLUMNS.map((c) => c.id));
    expect(ep.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ep.autoFilter).toBeTruthy();
    const col = (key: string) => EP_COLUMNS.findIndex((c) => c.key === key) + 1;
    const first = ep.getRow(3);
    const firstPost = preview.posts[0]!;
    expect(first.getCell(col('no')).value).toBe(1);
    expect(first.getCell(col('date')).value).toEqual(new Date(`${firstPost.localDate}T00:00:00.000Z`));
    expect(first.getCell(col('time')).value).toEqual(new Date(`1899-12-30T${firstPost.localTime}:00.000Z`));
    expect(first.getCell(col('id')).value).toBe(firstPost.id);
    expect(first.getCell(col('caption')).alignment?.wrapText).toBe(true);
    expect(first.getCell(col('decision')).dataValidation).toMatchObject({ type: 'list', formulae: ['"Setuju,Revisi"'] });

    const meta = wb.getWorksheet('rencana')!;
    expect(meta.state).toBe('veryHidden');
    expect(meta.getCell('A1').value).toBe('bundleId');
    expect(meta.getCell('B1').value).toBe(result.bundleId);
    expect(meta.getCell('A2').value).toBe(firstPost.id);
    expect(meta.getCell('C2').value).toBe(manifest.posts[0]!.contentHash);
    // One EP row (and one meta row) per post and platform.
    const rows = preview.posts.reduce((n, p) => n + Math.max(1, p.platforms.length), 0);
    expect(ep.getCell(2 + rows, col('id')).value).toBe(preview.posts.at(-1)!.id);
    expect(ep.getCell(3 + rows, col('id')).value).toBeNull();
    expect(meta.getCell(1 + rows, 1).value).toBe(preview.posts.at(-1)!.id);
  });

  it('keeps a caption that starts with = + - or @ as text, never a formula', async () => {
    const fx = exportFixture();
    const { client, slots } = await februaryOf(fx);
    const target = slots.find((s) => s.startsAt >= '2027-02-01' && s.status === 'draft')!;
    const hostile = ['=HYPERLINK("http://evil.example","klik")', '+62 812', '-diskon', '@kopisenja'];
    await fx.call('variants.save', { slotId: target.id, platform: 'instagram', doc: null, plain: hostile.join('\n') });
    await fx.call('slots.update', { id: target.id, patch: { topic: '=1+1' } });
    const result = await fx.call('exports.create', { clientId: client.id, ...FEB, outDir: fx.outDir, language: 'en' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.zipPath.replace(/\.zip$/, '.xlsx')).catch(async () => {
      const zip = await readZip(result.zipPath);
      const name = [...zip.keys()].find((k) => k.endsWith('.xlsx'))!;
      await wb.xlsx.load(zip.get(name)!.bytes as unknown as ExcelJS.Buffer);
    });
    const ep = wb.getWorksheet('EP')!;
    const col = (key: string) => EP_COLUMNS.findIndex((c) => c.key === key) + 1;
    // English headers when exported in English.
    expect(ep.getRow(2).getCell(col('decision')).value).toBe('Decision');
    let row = 3;
    while (ep.getCell(row, col('id')).value !== target.id || ep.getCell(row, col('platform')).value !== 'Instagram') row++;
    const caption = ep.getCell(row, col('caption'));
    expect(caption.type).toBe(ExcelJS.ValueType.String);
    expect(caption.value).toBe(hostile.join('\n'));
    expect(caption.formula).toBeUndefined();
    expect(caption.numFmt).toBe('@');
    const topic = ep.getCell(row, col('topic'));
    expect(topic.type).toBe(ExcelJS.ValueType.String);
    expect(topic.value).toBe('=1+1');
    expect(ep.getCell(row, col('decision')).dataValidation).toMatchObject({ formulae: ['"Approve,Revise"'] });
  });

  it('numbers versions per client and period: v1, then v2; another period starts at v1', async () => {
    const fx = exportFixture();
    const { client } = await februaryOf(fx);
    const v1 = await fx.call('exports.create', { clientId: client.id, ...FEB, outDir: fx.outDir });
    const v2 = await fx.call('exports.create', { clientId: client.id, ...FEB, outDir: fx.outDir });
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(path.basename(v2.zipPath)).toMatch(/-EP-2027-02-v2\.zip$/);
    expect(v2.bundleId).not.toBe(v1.bundleId);
    // Both bundles are still there: a new version never overwrites the one the client has.
    for (const f of [v1.zipPath, v1.reviewPath, v2.zipPath, v2.reviewPath]) expect(fs.existsSync(f)).toBe(true);
    const week = await fx.call('exports.create', { clientId: client.id, from: '2027-02-01', to: '2027-02-07', outDir: fx.outDir });
    expect(week.version).toBe(1);
    expect(path.basename(week.zipPath)).toMatch(/-EP-2027-02-01_2027-02-07-v1\.zip$/);

    const list = await fx.call('exports.list', { clientId: client.id });
    expect(list.map((e) => [e.from, e.to, e.version])).toEqual([
      ['2027-02-01', '2027-02-07', 1],
      ['2027-02-01', '2027-02-28', 2],
      ['2027-02-01', '2027-02-28', 1],
    ]);
    expect((await fx.call('exports.preview', { clientId: client.id, ...FEB })).nextVersion).toBe(3);
  });
});

describe('export bundle with images', { timeout: 120_000 }, () => {
  /** A photo-like JPEG: noise does not compress, so the original is far bigger than any thumbnail. */
  async function picture(dir: string, name: string, seed: number) {
    const file = path.join(dir, name);
    const [width, height] = [1600, 1200];
    const pixels = Buffer.alloc(width * height * 3);
    let x = seed;
    for (let i = 0; i < pixels.length; i++) pixels[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 90 }).toFile(file);
    return file;
  }

  it('puts the originals in assets/ as <date>-<topic>-<n>.<ext>, stored not recompressed, with thumbnails in the sheet', async () => {
    const fx = exportFixture();
    const { client, slots } = await februaryOf(fx);
    const target = slots.find((s) => s.startsAt >= '2027-02-01' && s.status === 'draft')!;
    await fx.call('slots.update', { id: target.id, patch: { topic: 'Promo Imlek: Beli 2 Gratis 1!' } });
    const files = [await picture(fx.outDir, 'a.jpg', 1), await picture(fx.outDir, 'b.jpg', 2)];
    await fx.call('assets.add', { slotId: target.id, paths: files });
    const exportDir = path.join(fx.outDir, 'Ekspor');
    const result = await fx.call('exports.create', { clientId: client.id, ...FEB, outDir: exportDir });

    const zip = await readZip(result.zipPath);
    const date = (await fx.call('exports.preview', { clientId: client.id, ...FEB })).posts.find((p) => p.id === target.id)!.localDate;
    const names = [...zip.keys()].filter((k) => k.startsWith('assets/')).sort();
    expect(names).toEqual([`assets/${date}-Promo-Imlek-Beli-2-Gratis-1-1.jpg`, `assets/${date}-Promo-Imlek-Beli-2-Gratis-1-2.jpg`]);
    names.forEach((n, i) => {
      expect(zip.get(n)!.stored).toBe(true);
      expect(zip.get(n)!.bytes.equals(fs.readFileSync(files[i]!))).toBe(true);
    });
    // Text entries are deflated.
    expect(zip.get('manifest.json')!.stored).toBe(false);

    // The page carries thumbnails inline, never the originals.
    const html = fs.readFileSync(result.reviewPath, 'utf8');
    expect(html).toContain('data:image/jpeg;base64,');
    const original = fs.readFileSync(files[0]!);
    expect(html.length).toBeLessThan(original.length);
    expect(html).not.toContain(original.subarray(0, 3000).toString('base64'));

    const wb = new ExcelJS.Workbook();
    const xlsxName = [...zip.keys()].find((k) => k.endsWith('.xlsx'))!;
    await wb.xlsx.load(zip.get(xlsxName)!.bytes as unknown as ExcelJS.Buffer);
    const images = wb.getWorksheet('EP')!.getImages();
    expect(images.length).toBeGreaterThan(0);
    const imageCol = EP_COLUMNS.findIndex((c) => c.key === 'image');
    expect(Math.floor(images[0]!.range.tl.col)).toBe(imageCol);
  });

  it('refuses with the file name when an attached original has gone missing, and changes nothing', async () => {
    const fx = exportFixture();
    const { client, slots } = await februaryOf(fx);
    const target = slots.find((s) => s.startsAt >= '2027-02-01' && s.status === 'draft')!;
    const file = await picture(fx.outDir, 'poster-imlek.jpg', 3);
    const { assets } = await fx.call('assets.add', { slotId: target.id, paths: [file] });
    fs.rmSync(file);
    const stored = path.join(fx.dataDir, 'assets', assets[0]!.hash.slice(0, 2), `${assets[0]!.hash}.jpg`);
    fs.rmSync(stored);
    const error = await fx.fail('exports.create', { clientId: client.id, ...FEB, outDir: fx.outDir });
    expect(error).toMatchObject({ code: 'file_missing', details: { name: 'poster-imlek.jpg' } });
    expect(listDir(fx.outDir)).toEqual([]);
    expect((await fx.call('slots.get', { id: target.id })).status).toBe('draft');
    expect(await fx.call('exports.list', {})).toEqual([]);
  });
});
