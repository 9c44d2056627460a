import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { test, expect } from './core';

// Screenshots for the people who look at them; kept with the test results.
const SHOTS = process.env.RENCANA_SHOTS_DIR ?? 'test-results/screens/moments';
const day = (page: Page, date: string) => page.locator(`[role="cell"][data-date="${date}"]`).first();
const THEMES = [['id', 'light'], ['id', 'dark'], ['en', 'light'], ['en', 'dark']] as const;

async function kopiInFebruary2027(url: string) {
  const client = await apiCall(url, 'clients.create', {
    name: 'Kopi Senja',
    color: '#b45309',
    package: [{ platform: 'instagram', format: 'feed', perMonth: 12 }],
  });
  // Four Instagram feed posts planned, none written yet.
  for (const d of ['03', '10', '17', '24']) {
    await apiCall(url, 'slots.create', { clientId: client.id, startsAt: `2027-02-${d}T12:00:00.000Z`, topic: `Promo ${d}`, platforms: ['instagram'] });
  }
  return client;
}

test('Ramadan 2027: four posts planned read 4 of 12, the year’s cuti bersama are not decreed, Nyepi is an estimate', async ({ page, core }) => {
  test.setTimeout(240_000);
  await kopiInFebruary2027(core.url);
  await page.clock.setFixedTime(new Date('2027-02-20T03:00:00Z'));
  for (const [language, theme] of THEMES) {
    await apiCall(core.url, 'settings.update', { language, theme });
    await page.goto(`${core.url}#/calendar`);
    await page.reload();
    const id = language === 'id';
    await page.getByRole('navigation').getByRole('button', { name: 'Kopi Senja' }).click();
    // The calendar kept its place (March, from the last round): back to today's month.
    await page.getByRole('button', { name: id ? 'Hari ini' : 'Today' }).click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByText(id ? 'Instagram Feed: 4 dari 12 direncanakan' : 'Instagram Feed: 4 of 12 planned')).toBeVisible();
    await expect(panel.getByText(id ? '0 ditulis · 0 disetujui' : '0 written · 0 approved')).toBeVisible();
    await expect(panel.getByRole('note')).toContainText(id ? 'cuti bersama 2027 belum ditetapkan' : 'cuti bersama for 2027 are not decreed');
    await page.screenshot({ path: `${SHOTS}/calendar-panel-${language}-${theme}.png` });
    await panel.getByRole('group', { name: id ? 'Paket bulan ini' : 'Package this month' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/package-progress-${language}-${theme}.png` });

    // Nyepi 2027: estimated from the Moon, the rule in the UI language, no isbat, no "Resmi".
    await page.getByRole('button', { name: id ? 'Berikutnya' : 'Next' }).click();
    // 9 March 2027 has Idulfitri too: Nyepi is the day's other label.
    await day(page, '2027-03-09').getByRole('button', { name: /Nyepi/ }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText(id ? 'Perkiraan' : 'Estimate', { exact: true })).toBeVisible();
    await expect(dialog.getByText(id ? /Sehari setelah Tilem Kesanga/ : /The day after Tilem Kesanga/)).toBeVisible();
    await expect(dialog.getByText(/isbat/)).toHaveCount(0);
    await expect(dialog.getByText(/Resmi|Official/)).toHaveCount(0);
    if (id) await expect(dialog.getByText(/Estimated|estimate until/)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/moment-nyepi-${language}-${theme}.png` });
    await page.keyboard.press('Escape');
  }
});
