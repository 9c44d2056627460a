import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { renderReviewHtml } from '../../electron/core/review/html';
import { Feedback } from '../../shared/review/bundle';
import { decodeFeedbackText } from '../../shared/review/feedbackText';
import { HOSTILE, hostileBundle, sampleBundle } from '../fixtures/reviewBundle';
import { cspViolations, openWatched, SHOTS, writeReviewFile } from './reviewPage';

/** review.html as the client meets it: opened from disk, offline, on a phone and a desktop. */

test('a client reviews on a phone: approve one post, send one back with a comment, save and copy the feedback', async ({ browser }) => {
  const bundle = sampleBundle();
  const file = writeReviewFile(renderReviewHtml(bundle));
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, acceptDownloads: true });
  const w = await openWatched(context, file);
  const { page } = w;

  await expect(page.getByRole('heading', { level: 1, name: 'Kopi Senja Nusantara' })).toBeVisible();
  await expect(page.getByText('0 dari 3 sudah ditinjau')).toBeVisible();
  await expect(page.getByText('Senin, 1 Februari 2027')).toBeVisible();
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'review-390-id-light.png') });

  // Post 1: look at the TikTok preview, then approve.
  const post1 = page.getByRole('article', { name: /Promo Ramadan/ });
  await post1.getByRole('radio', { name: 'TikTok' }).check();
  await expect(post1.getByRole('group', { name: 'Pratinjau TikTok' })).toBeVisible();
  await expect(post1.getByRole('group', { name: 'Pratinjau Instagram' })).toBeHidden();
  await post1.getByRole('button', { name: 'Setujui' }).click();
  await expect(post1.getByRole('button', { name: 'Setujui' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('1 dari 3 sudah ditinjau')).toBeVisible();

  // Post 2 changed since the client approved it: the diff is shown; ask for changes.
  const post2 = page.getByRole('article', { name: /kopi tubruk/ });
  await expect(post2.getByText(/Berubah sejak Anda setujui/)).toBeVisible();
  await expect(post2.getByRole('insertion').filter({ hasText: 'air mendidih' })).toBeVisible();
  await post2.getByRole('button', { name: 'Minta revisi' }).click();
  await expect(post2.getByText('Tulis apa yang perlu diubah')).toBeVisible();
  await post2.getByRole('textbox', { name: 'Komentar untuk postingan 2' }).fill('Tolong pakai foto teko asli, bukan ilustrasi 🙏');
  await expect(post2.getByText('Tulis apa yang perlu diubah')).toBeHidden();
  await expect(page.getByText('2 dari 3 sudah ditinjau')).toBeVisible();
  await post2.screenshot({ path: path.join(SHOTS, 'review-390-id-post-changes.png') });

  // Half-way: close and open again, the choices are still there.
  await page.reload();
  await expect(page.getByText('2 dari 3 sudah ditinjau')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Komentar untuk postingan 2' })).toHaveValue('Tolong pakai foto teko asli, bukan ilustrasi 🙏');

  await page.getByRole('textbox', { name: 'Nama Anda' }).fill('Rina (Kopi Senja)');
  await page.getByRole('textbox', { name: 'Catatan umum (opsional)' }).fill('Secara umum oke, jadwal cocok.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan feedback' }).click()]);
  expect(download.suggestedFilename()).toBe(`feedback-${bundle.bundleId}.json`);
  const saved = Feedback.parse(JSON.parse(fs.readFileSync(await download.path(), 'utf8')));
  expect(saved).toMatchObject({ bundleId: bundle.bundleId, clientId: bundle.client.id, reviewer: 'Rina (Kopi Senja)', note: 'Secara umum oke, jadwal cocok.' });
  expect(saved.decisions).toEqual([
    { postId: 'post-ramadan-1', contentHash: bundle.posts[0]!.contentHash, decision: 'approve', comment: '' },
    { postId: 'post-trivia-2', contentHash: bundle.posts[1]!.contentHash, decision: 'changes', comment: 'Tolong pakai foto teko asli, bukan ilustrasi 🙏' },
    { postId: 'post-quiz-3', contentHash: bundle.posts[2]!.contentHash, decision: null, comment: '' },
  ]);
  await expect(page.getByRole('status').filter({ hasText: `feedback-${bundle.bundleId}.json` })).toBeVisible();

  // Copy: the chat text reads well and its machine line decodes to the same decisions.
  await page.getByRole('button', { name: 'Salin feedback' }).click();
  const text = await page.getByRole('textbox', { name: 'Teks feedback' }).inputValue();
  expect(text).toContain('✅ Disetujui (1)');
  expect(text).toContain('• #1 Sen, 1 Feb 19:00 — Promo Ramadan');
  expect(text).toContain('✏️ Minta revisi (1)');
  expect(text).toContain('“Tolong pakai foto teko asli, bukan ilustrasi 🙏”');
  expect(text).toContain('⏳ Belum ditinjau (1): #3');
  const decoded = decodeFeedbackText(text);
  expect(decoded.ok && decoded.feedback.decisions).toEqual(saved.decisions);
  await page.screenshot({ path: path.join(SHOTS, 'review-390-id-finish.png') });

  expect(w.requests).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(w.violations).toEqual([]);

  // WhatsApp is the one way out, and only on a click: it opens wa.me with the same text.
  await context.route('https://wa.me/**', (r) => r.abort());
  const [waRequest] = await Promise.all([
    context.waitForEvent('request', (r) => r.url().startsWith('https://wa.me/')),
    page.getByRole('button', { name: 'Kirim lewat WhatsApp' }).click(),
  ]);
  const waUrl = new URL(waRequest.url());
  expect(`${waUrl.origin}${waUrl.pathname}`).toBe('https://wa.me/');
  const waText = waUrl.searchParams.get('text') ?? '';
  const fromWa = decodeFeedbackText(waText);
  expect(fromWa.ok && fromWa.feedback.decisions).toEqual(saved.decisions);
  expect(w.requests.every((u) => u.startsWith('https://wa.me/'))).toBe(true);
  await context.close();
});

for (const [scheme, width, height] of [['light', 390, 844], ['dark', 390, 844], ['light', 1440, 900], ['dark', 1440, 900]] as const) {
  test(`the client switches to English (${width} px, ${scheme})`, async ({ browser }) => {
    const file = writeReviewFile(renderReviewHtml(sampleBundle()));
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
    const { page, requests } = await openWatched(context, file);
    await page.screenshot({ path: path.join(SHOTS, `review-${width}-id-${scheme}.png`) });
    const post1 = page.getByRole('article', { name: /Promo Ramadan/ });
    await expect(post1.getByText('Sen, 1 Feb').first()).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByText('0 of 3 reviewed')).toBeVisible();
    await expect(page.getByText('Monday, 1 February 2027')).toBeVisible();
    // The mock-ups' dates follow the language too.
    await expect(post1.getByText('Mon 1 Feb').first()).toBeVisible();
    await expect(post1.getByText('Sen, 1 Feb')).toHaveCount(0);
    await post1.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('1 of 3 reviewed')).toBeVisible();
    await expect(post1.getByText('Approved', { exact: true })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `review-${width}-en-${scheme}.png`) });
    if (width === 1440 && scheme === 'light') await page.screenshot({ path: path.join(SHOTS, 'review-1440-en-full.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    await context.close();
  });
}

test('hostile text in every field shows as text and runs nothing', async ({ browser }) => {
  const bundle = hostileBundle();
  const html = renderReviewHtml(bundle);
  const file = writeReviewFile(html);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  const w = await openWatched(context, file);
  const { page } = w;
  const topic = page.getByRole('heading', { level: 2 }).first();
  await expect(topic).toContainText('<script>window.__pwned=1</script>');
  const post1 = page.getByRole('article').first();
  await post1.getByRole('button', { name: 'Minta revisi' }).click();
  await post1.getByRole('textbox', { name: /Komentar/ }).fill(HOSTILE);
  await page.getByRole('textbox', { name: 'Nama Anda' }).fill(HOSTILE.slice(0, 120));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan feedback' }).click()]);
  const saved = Feedback.parse(JSON.parse(fs.readFileSync(await download.path(), 'utf8')));
  expect(saved.decisions[0]).toMatchObject({ decision: 'changes', comment: HOSTILE });
  await page.getByRole('button', { name: 'Salin feedback' }).click();
  const decoded = decodeFeedbackText(await page.getByRole('textbox', { name: 'Teks feedback' }).inputValue());
  expect(decoded.ok && decoded.feedback.decisions[0]!.comment).toBe(HOSTILE);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.requests).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
  expect(w.violations).toEqual([]);
  // The non-picture "thumbnail" was dropped, not loaded.
  expect(html).not.toContain('data:image/svg+xml');
  await page.screenshot({ path: path.join(SHOTS, 'review-390-hostile.png') });
  await context.close();
});
