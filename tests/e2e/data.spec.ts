import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { expect as baseExpect, startCore, tempDataDir, test, type RunningCore } from './core';

// These specs start and kill real cores and reload the app; on a busy machine that takes a while.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screens');
const shot = async (page: Page, name: string, fullPage = false) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** A core whose restarts keep the same address and key, as the app's supervisor does for its window. */
async function restartableCore() {
  const dir = tempDataDir();
  const port = await freePort();
  const token = randomBytes(24).toString('base64url');
  const start = (tok = token) => startCore(dir, { RENCANA_TOKEN: tok }, ['--port', String(port)]);
  return { dir, port, token, start };
}

async function fixture(url: string) {
  const client = await apiCall(url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', accounts: [{ platform: 'x', handle: '@kopisenja' }] });
  const slot = await apiCall(url, 'slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00.000Z', topic: 'Promo Harbolnas 12.12' });
  await apiCall(url, 'variants.save', { slotId: slot.id, platform: 'x', doc: null, plain: '' });
  return { client, slot };
}

test('killing the core while typing a caption loses nothing, and the app says what happened', async ({ page }) => {
  const rc = await restartableCore();
  let core: RunningCore = await rc.start();
  try {
    const { slot } = await fixture(core.url);
    await page.goto(`${core.url}#/calendar/${slot.id}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: /^X/ }).click();
    const editor = drawer.getByRole('tabpanel', { name: 'X' }).getByRole('textbox', { name: 'Copy X' });
    await editor.click();
    await page.keyboard.type('Harbolnas 12.12 sudah dekat! ');
    await expect.poll(async () => (await apiCall(core.url, 'variants.list', { slotId: slot.id }))[0]?.plain).toBe('Harbolnas 12.12 sudah dekat! ');

    await core.stop('SIGKILL');
    await page.keyboard.type('Ditulis saat mesinnya mati, tetap aman.');
    const banner = page.getByRole('alert').filter({ hasText: 'Mesin Rencana berhenti' });
    await expect(banner).toBeVisible();
    await shot(page, 'banner-id');

    core = await rc.start();
    await expect(banner).toBeHidden();
    await expect
      .poll(async () => (await apiCall(core.url, 'variants.list', { slotId: slot.id }))[0]?.plain)
      .toBe('Harbolnas 12.12 sudah dekat! Ditulis saat mesinnya mati, tetap aman.');
    await expect(page.getByText('Tersambung lagi')).toBeVisible();
  } finally {
    await core.stop();
    fs.rmSync(rc.dir, { recursive: true, force: true });
  }
});

test('a call made while the core is away fails with a clear error instead of hanging (English)', async ({ page }) => {
  const rc = await restartableCore();
  let core: RunningCore = await rc.start();
  try {
    await fixture(core.url);
    await apiCall(core.url, 'settings.update', { language: 'en' });
    await page.goto(`${core.url}#/settings`);
    await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
    await core.stop('SIGKILL');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText('Rencana’s engine is not answering right now')).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'engine stopped' })).toBeVisible();
    await shot(page, 'banner-en');
    core = await rc.start();
    await expect(page.getByRole('alert').filter({ hasText: 'engine stopped' })).toBeHidden();
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect(page.getByText(/^Backup made \(/)).toBeVisible();
  } finally {
    await core.stop();
    fs.rmSync(rc.dir, { recursive: true, force: true });
  }
});

test('a stale tab (the core restarted with a new key) says so and how to reopen, never the first-run screen', async ({ page }) => {
  const rc = await restartableCore();
  let core = await rc.start();
  try {
    await fixture(core.url);
    await page.goto(core.url);
    await expect(page.getByRole('navigation')).toBeVisible();
    await core.stop();
    core = await rc.start(randomBytes(24).toString('base64url'));
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Tab ini dari sesi Rencana sebelumnya' })).toBeVisible();
    await expect(page.getByText('RENCANA_URL=')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Selamat datang/ })).toHaveCount(0);
    await shot(page, 'stale-id');
  } finally {
    await core.stop();
    fs.rmSync(rc.dir, { recursive: true, force: true });
  }
});

for (const lang of ['id', 'en'] as const) {
  test(`a damaged database opens a screen offering the newest good backup, which restores it (${lang})`, async ({ browser }) => {
    // The language setting is inside the damaged file: the screen follows the system's language.
    const context = await browser.newContext({ locale: lang === 'id' ? 'id-ID' : 'en-GB' });
    const page = await context.newPage();
    const dir = tempDataDir();
    let core = await startCore(dir);
    try {
      await fixture(core.url);
      await apiCall(core.url, 'settings.update', { language: lang });
      await apiCall(core.url, 'backups.create', {});
      await core.stop();
      const file = path.join(dir, 'rencana.sqlite');
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, 4096);
      fs.closeSync(fd);

      core = await startCore(dir);
      await page.goto(core.url);
      const words = lang === 'id'
        ? { title: 'Database Rencana rusak', restore: 'Pulihkan cadangan ini', confirm: 'Pulihkan', clients: 'Klien' }
        : { title: 'Rencana’s database is damaged', restore: 'Restore this backup', confirm: 'Restore', clients: 'Clients' };
      await expect(page.getByRole('heading', { name: words.title })).toBeVisible();
      await expect(page.getByText(file, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: words.restore })).toBeVisible();
      await shot(page, `damaged-${lang}`);
      await page.getByRole('button', { name: words.restore }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('row', { name: new RegExp(`${words.clients} 1`) })).toBeVisible();
      await shot(page, `damaged-restore-preview-${lang}`);
      await dialog.getByRole('button', { name: words.confirm, exact: true }).click();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page.getByRole('navigation').getByText('Kopi Senja')).toBeVisible();
      expect(fs.readdirSync(path.join(dir, 'damaged')).some((f) => f.endsWith('.sqlite'))).toBe(true);
    } finally {
      await context.close();
      await core.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

for (const [lang, scheme] of [['id', 'light'], ['en', 'light'], ['en', 'dark']] as const) {
  test(`Settings → Your data: back up now, preview and restore a backup (${lang}, ${scheme})`, async ({ page, core }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await fixture(core.url);
    await apiCall(core.url, 'settings.update', { language: lang });
    const w = lang === 'id'
      ? { title: 'Data Anda', now: 'Cadangkan sekarang', made: /^Cadangan dibuat \(/, restore: /^Pulihkan… /, posts: 'Postingan 1', confirm: 'Pulihkan', after: /^Dipulihkan/ }
      : { title: 'Your data', now: 'Back up now', made: /^Backup made \(/, restore: /^Restore… /, posts: 'Posts 1', confirm: 'Restore', after: /^Restored/ };
    await page.goto(`${core.url}#/settings`);
    await expect(page.getByRole('heading', { name: w.title })).toBeVisible();
    await page.getByRole('button', { name: w.now }).click();
    await expect(page.getByText(w.made)).toBeVisible();
    await apiCall(core.url, 'clients.create', { name: 'Klien setelah backup', color: '#123456' });
    await page.getByRole('heading', { name: w.title }).scrollIntoViewIfNeeded();
    await shot(page, `your-data-${lang}-${scheme}`, true);
    await page.getByRole('button', { name: w.restore }).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('row', { name: w.posts })).toBeVisible();
    await shot(page, `your-data-restore-${lang}-${scheme}`);
    await dialog.getByRole('button', { name: w.confirm, exact: true }).click();
    await expect(page.getByText(w.after)).toBeVisible();
    expect((await apiCall(core.url, 'clients.list', {})).map((c) => c.name)).toEqual(['Kopi Senja']);
  });
}
