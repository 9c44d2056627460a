import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { countFor } from '../../shared/platforms';
import { apiCall } from './api';
import { test, expect } from './core';

async function fixture(url: string, variants: Array<{ platform: 'instagram' | 'x' | 'tiktok'; plain: string }>) {
  const client = await apiCall(url, 'clients.create', {
    name: 'Kopi Senja',
    color: '#b45309',
    accounts: [
      { platform: 'instagram', handle: '@kopisenja' },
      { platform: 'x', handle: '@kopisenja_id' },
    ],
  });
  const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas 12.12' });
  for (const v of variants) await apiCall(url, 'variants.save', { slotId: slot.id, platform: v.platform, doc: null, plain: v.plain });
  return { client, slot };
}

/** The slot drawer at #/calendar/<slotId>, and in it the copy panel's tab for `platform`. */
async function openCopy(page: Page, url: string, slotId: string, platform: string) {
  await page.goto(`${url}#/calendar/${slotId}`);
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('tab', { name: new RegExp(`^${platform}`) }).click();
  const panel = drawer.getByRole('tabpanel', { name: platform });
  const editor = panel.getByRole('textbox', { name: `Copy ${platform}` });
  await expect(editor).toBeVisible();
  return { drawer, panel, editor };
}

test('a caption over X’s limit: the counter, the highlighted overflow, the issue, and the text to paste', async ({ page, core, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { slot } = await fixture(core.url, [{ platform: 'x', plain: '' }]);
  const { panel, editor } = await openCopy(page, core.url, slot.id, 'X');

  await editor.click();
  await page.keyboard.type('Harbolnas 12.12 udah di depan mata! ☕');
  await page.keyboard.press('Enter');
  const rest = 'Diskon 50% kopi susu gula aren, gratis ongkir, bisa COD. Cek https://kopisenja.id/promo sekarang ya kak, stok terbatas! '.repeat(3);
  await page.keyboard.type(rest);

  const expected = `Harbolnas 12.12 udah di depan mata! ☕\n${rest}`;
  // X weighs the emoji 2 and each of the three links 23.
  const weighted = expected.length + 1 - 3 * 'https://kopisenja.id/promo'.length + 3 * 23;
  expect(countFor('x', expected).length).toBe(weighted);
  await expect(panel.getByTestId('copy-counter')).toHaveText(`${weighted} / 280 karakter berbobot`);
  await expect(panel.getByText(`lebih ${weighted - 280}`)).toBeVisible();
  await expect(panel.getByRole('button', { name: new RegExp(`^Melebihi batas 280 karakter X sebanyak ${weighted - 280}`) })).toBeVisible();

  // The overflow is highlighted from the first character X would cut, to the end.
  const over = panel.locator('.cp-over');
  await expect(over.first()).toBeVisible();
  const highlighted = (await over.allTextContents()).join('');
  expect(expected.endsWith(highlighted)).toBe(true);
  expect(weighted - 280).toBeLessThanOrEqual(highlighted.length);
  await expect(page.getByRole('tab', { name: /^X/ })).toContainText('1');

  // Clicking the issue selects the overflow in the text.
  await panel.getByRole('button', { name: /^Melebihi batas/ }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().replace(/\n/g, ''))).toBe(highlighted);

  await panel.getByRole('button', { name: 'Salin untuk X' }).click();
  await expect(page.getByText('Tersalin, tapi X akan menolaknya: masih ada 1 masalah')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  // And it was saved as typed.
  await expect.poll(async () => (await apiCall(core.url, 'variants.list', { slotId: slot.id }))[0]?.plain).toBe(expected);
});

test('add a misspelt word to the client’s glossary and see its mark go, here and after a reload', async ({ page, core }) => {
  const { slot, client } = await fixture(core.url, [{ platform: 'instagram', plain: '' }]);
  const { panel, editor } = await openCopy(page, core.url, slot.id, 'Instagram');
  await editor.click();
  await page.keyboard.type('Cobain KopSen Arabika, belnja sekarang!');

  await expect(panel.locator('.cp-spell[data-word="KopSen"]')).toBeVisible();
  await expect(panel.locator('.cp-spell[data-word="belnja"]')).toBeVisible();
  await panel.getByRole('button', { name: 'Perbaiki “KopSen”' }).click();
  await page.getByRole('menuitem', { name: 'Tambahkan “KopSen” ke glosarium Kopi Senja' }).click();
  await expect(page.getByText('“KopSen” ditambahkan ke glosarium Kopi Senja')).toBeVisible();
  await expect(panel.locator('.cp-spell[data-word="KopSen"]')).toHaveCount(0);
  await expect(panel.locator('.cp-spell[data-word="belnja"]')).toBeVisible();
  expect((await apiCall(core.url, 'glossary.list', { clientId: client.id })).map((e) => e.word)).toEqual(['KopSen']);

  // The typo's own menu offers the fix.
  await panel.getByRole('button', { name: 'Perbaiki “belnja”' }).click();
  await page.getByRole('menuitem', { name: 'Ganti dengan “belanja”' }).click();
  await expect(editor).toContainText('Cobain KopSen Arabika, belanja sekarang!');
  await expect(panel.locator('.cp-spell')).toHaveCount(0);

  await page.reload();
  const again = await openCopy(page, core.url, slot.id, 'Instagram');
  await expect(again.editor).toContainText('Cobain KopSen Arabika, belanja sekarang!');
  await again.editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Kopsen enak bgt, mantul');
  // The worker has answered for the new text (a fresh typo is marked) and the glossary word is not.
  await page.keyboard.type(' sekrang.');
  await expect(again.panel.locator('.cp-spell[data-word="sekrang"]')).toBeVisible();
  await expect(again.panel.locator('.cp-spell')).toHaveCount(1);
});

test('restore an older revision from the history, with the changes shown', async ({ page, core }) => {
  const { slot } = await fixture(core.url, [{ platform: 'x', plain: 'Versi kemarin: promo kopi susu 12.12' }]);
  // That first version was written days ago: move its revision back, so the next save starts
  // a new revision instead of extending it.
  const db = new Database(path.join(core.dataDir, 'rencana.sqlite'));
  db.prepare("UPDATE variant_revisions SET created_at = '2026-11-20T10:00:00.000Z', updated_at = '2026-11-20T10:00:00.000Z'").run();
  db.close();
  await apiCall(core.url, 'variants.save', { slotId: slot.id, platform: 'x', doc: null, plain: 'Versi hari ini: promo kopi gula aren 12.12' });

  const { panel, editor } = await openCopy(page, core.url, slot.id, 'X');
  await expect(editor).toHaveText('Versi hari ini: promo kopi gula aren 12.12');
  await panel.getByRole('button', { name: 'Riwayat' }).click();
  const history = page.getByRole('dialog', { name: 'Riwayat — X' });
  const versions = history.getByRole('listbox', { name: 'Versi' }).getByRole('option');
  await expect(versions).toHaveCount(2);
  await versions.nth(1).click();
  await expect(versions.nth(1)).toHaveAttribute('aria-selected', 'true');
  const diff = history.getByTestId('revision-diff');
  await expect(diff.locator('del')).toHaveText(['kemarin', 'susu']);
  await expect(diff.locator('ins')).toHaveText(['hari ini', 'gula aren']);
  await history.getByRole('button', { name: 'Pulihkan versi ini' }).click();

  await expect(history).toBeHidden();
  await expect(editor).toHaveText('Versi kemarin: promo kopi susu 12.12');
  const [variant] = await apiCall(core.url, 'variants.list', { slotId: slot.id });
  expect(variant!.plain).toBe('Versi kemarin: promo kopi susu 12.12');
  const revisions = await apiCall(core.url, 'variants.revisions', { slotId: slot.id, platform: 'x' });
  expect(revisions.map((r) => r.plain)).toEqual([
    'Versi kemarin: promo kopi susu 12.12',
    'Versi hari ini: promo kopi gula aren 12.12',
    'Versi kemarin: promo kopi susu 12.12',
  ]);
  expect(revisions[0]!.restoredFrom).toBe(revisions[2]!.id);
});

test('no keystroke is lost when the window closes right after typing', async ({ page, core, context }) => {
  const { slot } = await fixture(core.url, [{ platform: 'tiktok', plain: 'Awal' }]);
  const { editor } = await openCopy(page, core.url, slot.id, 'TikTok');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' dan ketikan terakhir');
  // Closed before the autosave pause is over.
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  const { editor: again } = await openCopy(next, core.url, slot.id, 'TikTok');
  await expect(again).toHaveText('Awal dan ketikan terakhir');
  await expect.poll(async () => (await apiCall(core.url, 'variants.list', { slotId: slot.id }))[0]?.plain).toBe('Awal dan ketikan terakhir');
});

test('one idea for Instagram, X and TikTok: add platforms from the first text, each checked on its own', async ({ page, core }) => {
  const { slot } = await fixture(core.url, []);
  await page.goto(`${core.url}#/calendar/${slot.id}`);
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('button', { name: 'Tambah Instagram' }).click();
  const ig = drawer.getByRole('tabpanel', { name: 'Instagram' }).getByRole('textbox', { name: 'Copy Instagram' });
  await ig.click();
  const caption = 'Promo 12.12! Diskon 50% semua kopi. Link di bio ya kak. #KopiSenja #Promo #Harbolnas #Diskon #KopiSusu #GulaAren';
  await page.keyboard.type(caption);
  await expect(drawer.getByRole('tabpanel', { name: 'Instagram' }).getByRole('button', { name: /^Instagram maksimal 5 hashtag/ })).toBeVisible();

  for (const platform of ['X', 'TikTok']) {
    await drawer.getByRole('button', { name: 'Tambah platform' }).click();
    await page.getByRole('menuitem', { name: platform, exact: true }).click();
    const panel = drawer.getByRole('tabpanel', { name: platform });
    await expect(panel.getByRole('textbox', { name: `Copy ${platform}` })).toHaveText(caption);
  }
  // Six hashtags are fine on TikTok and X; only Instagram objects.
  await expect(drawer.getByRole('tabpanel', { name: 'TikTok' }).getByText('Tidak ada yang akan ditolak TikTok.')).toBeVisible();
  await drawer.getByRole('tab', { name: /^X/ }).click();
  await expect(drawer.getByRole('tabpanel', { name: 'X' }).getByText('Tidak ada yang akan ditolak X.')).toBeVisible();
  await expect(drawer.getByRole('tab', { name: /^Instagram/ })).toContainText('1');
  await expect
    .poll(async () => (await apiCall(core.url, 'variants.list', { slotId: slot.id })).map((v) => [v.platform, v.plain]))
    .toEqual([
      ['instagram', caption],
      ['x', caption],
      ['tiktok', caption],
    ]);
});

test('a keystroke in a 2,200-character caption updates the counter, highlights the overflow and lists the issue', async ({ page, core }) => {
  const line = 'Nikmati kopi susu gula aren 😍 diskon 50% khusus hari ini di https://kopisenja.id! Tag @bestie kamu. #KopiSenja #Promo\n';
  const caption = line.repeat(20).slice(0, 2190);
  const { slot } = await fixture(core.url, [{ platform: 'instagram', plain: caption }]);
  const { panel, editor } = await openCopy(page, core.url, slot.id, 'Instagram');
  await editor.click();
  await page.keyboard.press('Control+End');
  await expect(panel.getByTestId('copy-counter')).toHaveText(/^2\.19\d \/ 2\.200 karakter$/);

  const typed = ' buruan ya kak, stok terbatas, jangan sampai kehabisan!';
  await page.keyboard.type(typed, { delay: 50 });
  await expect(panel.getByTestId('copy-counter')).toHaveText(`${(caption.length + typed.length).toLocaleString('id-ID')} / 2.200 karakter`);
  // Past 2,200: the overflow is already highlighted and listed.
  await expect(panel.locator('.cp-over')).not.toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Melebihi batas 2\.200 karakter Instagram/ })).toBeVisible();

  // How fast each keystroke is checked is measured by `npm run bench -- keystroke`, not asserted here.
});
