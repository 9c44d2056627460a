import path from 'node:path';
import fs from 'node:fs';
import { apiCall } from './api';
import { test, expect as baseExpect } from './core';

/**
 * Screenshots of the Ramadan month (February 2027), its week agenda and the year, with the sample
 * data of four clients, in both languages and themes at 1440×900, for people to look at
 * (RENCANA_SCREENSHOTS=1; not part of npm test). RENCANA_SHOTS_DIR picks the folder.
 */
test.skip(!process.env.RENCANA_SCREENSHOTS, 'screenshots only with RENCANA_SCREENSHOTS=1');
test.setTimeout(600_000);
const expect = baseExpect.configure({ timeout: 60_000 });
const OUT = process.env.RENCANA_SHOTS_DIR ?? path.resolve(import.meta.dirname, '../../test-results/screens');

test('Ramadan month, week and year, light and dark, Indonesian and English', async ({ page, core }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  await apiCall(core.url, 'app.loadSample', { clients: 4, months: 5 });
  fs.mkdirSync(OUT, { recursive: true });
  const views = {
    id: { month: 'Bulan', week: 'Minggu', year: 'Tahun', feb: 'Februari 2027', next: 'Berikutnya' },
    en: { month: 'Month', week: 'Week', year: 'Year', feb: 'February 2027', next: 'Next' },
  };
  for (const language of ['id', 'en'] as const) {
    const v = views[language];
    for (const theme of ['light', 'dark'] as const) {
      await apiCall(core.url, 'settings.update', { language, theme });
      await page.goto(`${core.url}#/calendar`);
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.locator('.mantine-SegmentedControl-label', { hasText: v.month }).click();
      const heading = page.getByRole('heading', { level: 2 });
      while (!(await heading.textContent())?.includes(v.feb)) await page.getByRole('button', { name: v.next }).click();
      await expect(page.locator('.rc-ev--slot').first()).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `month-${language}-${theme}.png`) });
      await page.locator('[role="cell"][data-date="2027-02-15"]').getByText('15', { exact: true }).click();
      await expect(page.locator('.rc-calendar[data-view="dayGridWeek"]')).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `week-${language}-${theme}.png`) });
      await page.locator('.mantine-SegmentedControl-label', { hasText: v.year }).click();
      await expect(page.locator('.rc-day__density').first()).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `year-${language}-${theme}.png`) });
    }
  }
});
