import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { Feedback } from '../../shared/review/bundle';
import { apiCall } from './api';
import { tempDataDir, test, expect } from './core';
import { cspViolations, openWatched, SHOTS } from './reviewPage';

/**
 * The round trip as people do it: the freelancer exports February for Kopi Senja; the client
 * opens review.html from disk, approves one post, sends one back with a comment and approves a
 * third that the freelancer edits meanwhile; the freelancer imports the saved file in the app,
 * sees the conflict side by side, applies, and undoes.
 */
/** One entry of the bundle zip, read with yauzl. */
function zipEntry(file: string, pick: (name: string) => boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!pick(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => (zip.close(), resolve(Buffer.concat(chunks))));
        });
      });
      zip.on('end', () => reject(new Error(`no such entry in ${file}`)));
      zip.readEntry();
    });
  });
}

async function exported(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#8a4b1f', accounts: [{ platform: 'instagram', handle: '@kopisenja' }] });
  const posts = [
    { startsAt: '2027-02-01T12:00:00.000Z', topic: 'Promo Ramadan: diskon 20% 🌙', plain: 'Buka puasa bareng es kopi susu gula aren ☕🌙 Diskon 20%! #KopiSenja' },
    { startsAt: '2027-02-03T05:00:00.000Z', topic: 'Asal-usul kopi tubruk', plain: 'Kopi tubruk: diseduh tanpa disaring. Tim tubruk atau tim saring? #FaktaKopi' },
    { startsAt: '2027-02-05T11:30:00.000Z', topic: 'Kuis Jumat', plain: 'Tebak biji kopi dari aromanya 🎁 #KopiSenja' },
  ];
  const ids: string[] = [];
  for (const p of posts) {
    const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: p.startsAt, topic: p.topic, format: 'feed', status: 'draft' });
    await apiCall(url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: p.plain });
    ids.push(slot.id);
  }
  const outDir = tempDataDir();
  const result = await apiCall(url, 'exports.create', { clientId: client.id, from: '2027-02-01', to: '2027-02-28', outDir, language: 'id' });
  return { client, ids, posts, result, outDir };
}

test('export, review on a phone, import the saved feedback in the app: conflict side by side, apply, undo', async ({ core, page, browser }) => {
  test.setTimeout(240_000);
  const { client, ids, posts, result } = await exported(core.url);
  for (const id of ids) expect((await apiCall(core.url, 'slots.get', { id })).status).toBe('sent');

  // The PDF beside the page carries the Indonesian dates, the copy and the emoji as text.
  const pdfFile = path.join(tempDataDir(), 'EP.pdf');
  fs.writeFileSync(pdfFile, await zipEntry(result.zipPath, (n) => n.endsWith('.pdf')));
  const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Senin, 1 Februari 2027');
  expect(pdfText).toContain('Ringkasan jadwal');
  expect(pdfText).toContain('Buka puasa bareng es kopi susu gula aren');
  expect(pdfText).toContain('🌙');
  fs.mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', pdfFile, path.join(SHOTS, 'pdf-page')]);

  // The client, on a phone, from the file beside the zip.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const w = await openWatched(phone, result.reviewPath);
  const rp = w.page;
  await expect(rp.getByText('0 dari 3 sudah ditinjau')).toBeVisible();
  await rp.getByRole('article', { name: /Promo Ramadan/ }).getByRole('button', { name: 'Setujui' }).click();
  const tubruk = rp.getByRole('article', { name: /kopi tubruk/ });
  await tubruk.getByRole('button', { name: 'Minta revisi' }).click();
  await tubruk.getByRole('textbox', { name: /Komentar/ }).fill('Fotonya pakai teko asli ya');
  await rp.getByRole('article', { name: /Kuis Jumat/ }).getByRole('button', { name: 'Setujui' }).click();
  await expect(rp.getByText('3 dari 3 sudah ditinjau')).toBeVisible();
  await rp.getByRole('textbox', { name: 'Nama Anda' }).fill('Rina');
  const [download] = await Promise.all([rp.waitForEvent('download'), rp.getByRole('button', { name: 'Simpan feedback' }).click()]);
  const feedbackFile = path.join(tempDataDir(), download.suggestedFilename());
  await download.saveAs(feedbackFile);
  expect(path.basename(feedbackFile)).toBe(`feedback-${result.bundleId}.json`);
  await rp.getByRole('button', { name: 'Salin feedback' }).click();
  const pasted = await rp.getByRole('textbox', { name: 'Teks feedback' }).inputValue();
  expect(w.requests).toEqual([]);
  expect(await cspViolations(rp)).toEqual([]);
  await phone.close();

  // Meanwhile the freelancer edits the quiz post.
  await apiCall(core.url, 'variants.save', { slotId: ids[2]!, platform: 'instagram', doc: null, plain: `${posts[2]!.plain} Hadiah voucher 50rb!` });

  // The pasted chat text reads the same as the file.
  const fromText = await apiCall(core.url, 'feedback.preview', { text: pasted });
  const fromFile = Feedback.parse(JSON.parse(fs.readFileSync(feedbackFile, 'utf8')));
  expect(fromText.feedback.decisions).toEqual(fromFile.decisions);

  // In the app: Exports → Import client feedback → pick the file.
  await page.goto(`${core.url}#/exports`);
  await page.getByRole('button', { name: 'Impor feedback klien' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor feedback dari klien' });
  await dialog.locator('input[type=file]').setInputFiles(feedbackFile);
  await expect(dialog.getByRole('heading', { name: `Feedback klien — ${client.name}` })).toBeVisible();
  await expect(dialog.getByText('1 disetujui')).toBeVisible();
  await expect(dialog.getByText('1 minta revisi')).toBeVisible();
  await expect(dialog.getByText('1 konflik')).toBeVisible();
  const conflict = dialog.getByRole('group', { name: /Kuis Jumat/ });
  await expect(conflict.getByRole('region', { name: 'Yang dilihat klien' })).toContainText('Tebak biji kopi dari aromanya');
  await expect(conflict.getByRole('region', { name: 'Sekarang' })).toContainText('Hadiah voucher 50rb!');
  await expect(conflict.getByRole('region', { name: 'Keputusan klien' })).toContainText('Setujui');
  await expect(dialog.getByRole('region', { name: 'Minta revisi' })).toContainText('Fotonya pakai teko asli ya');
  await dialog.screenshot({ path: path.join(SHOTS, 'import-summary-id.png') });

  await dialog.getByRole('button', { name: 'Terapkan feedback' }).click();
  await expect(page.getByText(/Feedback diterapkan: 1 disetujui, 1 minta revisi, 1 konflik/)).toBeVisible();
  expect((await apiCall(core.url, 'slots.get', { id: ids[0]! })).status).toBe('approved');
  expect((await apiCall(core.url, 'slots.get', { id: ids[1]! })).status).toBe('changes_requested');
  const quiz = await apiCall(core.url, 'slots.get', { id: ids[2]! });
  expect(quiz.status).toBe('sent');
  expect(quiz.approval).toBeNull();
  expect(await apiCall(core.url, 'comments.list', { slotId: ids[1]! })).toEqual([expect.objectContaining({ author: 'client', authorName: 'Rina', text: 'Fotonya pakai teko asli ya' })]);

  // Undo from the list of imports puts everything back.
  const record = page.getByRole('region', { name: 'Feedback yang diimpor' });
  await expect(record).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'exports-after-import-id.png') });
  await record.getByRole('button', { name: 'Urungkan impor' }).click();
  await expect(page.getByText('Impor diurungkan: status, persetujuan dan komentar kembali seperti semula.')).toBeVisible();
  await expect(record.getByText('Diurungkan')).toBeVisible();
  for (const id of ids) expect((await apiCall(core.url, 'slots.get', { id })).status).toBe('sent');
  expect(await apiCall(core.url, 'comments.list', { slotId: ids[1]! })).toEqual([]);
});

test('a tampered or foreign feedback gets a clear message in the dialog and changes nothing', async ({ core, page }) => {
  test.setTimeout(180_000);
  const { ids, result } = await exported(core.url);
  await page.goto(`${core.url}#/exports`);
  await page.getByRole('button', { name: 'Impor feedback klien' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor feedback dari klien' });
  await dialog.getByRole('textbox', { name: 'Atau tempel pesan dari klien' }).fill('Semua oke kak 👍 <script>alert(1)</script>');
  await dialog.getByRole('button', { name: 'Baca pesan' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Baris feedback tidak ditemukan');

  const foreign = path.join(tempDataDir(), 'feedback-other.json');
  fs.writeFileSync(foreign, JSON.stringify({ format: 'rencana-feedback', formatVersion: 1, bundleId: 'not-ours', clientId: 'x', reviewer: '', note: '', submittedAt: '2027-02-02T00:00:00.000Z', decisions: [] }));
  await dialog.locator('input[type=file]').setInputFiles(foreign);
  await expect(dialog.getByRole('alert')).toContainText('bundel yang tidak diekspor dari aplikasi ini');
  await dialog.screenshot({ path: path.join(SHOTS, 'import-error-id.png') });
  for (const id of ids) expect((await apiCall(core.url, 'slots.get', { id })).status).toBe('sent');
  expect(await apiCall(core.url, 'feedback.list', { bundleId: result.bundleId })).toEqual([]);
});
