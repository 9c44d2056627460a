import { apiCall } from './api';
import { test, expect } from './core';

// Screenshots for the people who look at them, kept with the test results.
const SHOTS = process.env.RENCANA_SHOTS_DIR ?? 'test-results/screens';

// The browser says en-US (02/11/2027, 07:00 PM); the app's language is Indonesian and wins.
test.use({ locale: 'en-US' });

test('an Indonesian UI on an en-US browser writes dates and times the Indonesian way', async ({ page, core }) => {
  await apiCall(core.url, 'settings.update', { language: 'id' });
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Makassar' });
  // 11:00 UTC is 19.00 in Makassar (WITA).
  const slot = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: '2027-02-11T11:00:00.000Z', topic: 'Promo Ramadan' });
  await page.clock.setFixedTime(new Date('2027-02-01T03:00:00Z'));
  await page.goto(`${core.url}#/calendar/${slot.id}`);

  const drawer = page.getByRole('dialog', { name: 'Promo Ramadan' });
  // Date picker: the Indonesian day and month names, day first.
  await expect(drawer.getByRole('textbox', { name: 'Tanggal' })).toHaveValue('Kam, 11 Feb 2027');
  // Time picker: 24-hour, hours and minutes split by a dot, no AM/PM.
  const time = drawer.getByRole('group', { name: /^Jam \(WITA/ }).or(drawer.locator('.mantine-TimePicker-root'));
  await expect(time.getByLabel('Jam', { exact: true })).toHaveValue('19');
  await expect(time.getByLabel('Menit', { exact: true })).toHaveValue('00');
  await expect(time.locator('select')).toHaveCount(0);
  const separator = await time.locator('.mantine-TimePicker-fieldsGroup > span').first().evaluate((el) => getComputedStyle(el, '::after').content);
  expect(separator).toBe('"."');

  // Typed the Indonesian way (day first), read back the same way.
  const date = drawer.getByRole('textbox', { name: 'Tanggal' });
  await date.fill('12/2/2027');
  await date.blur();
  await expect(date).toHaveValue('Jum, 12 Feb 2027');
  await page.screenshot({ path: `${SHOTS}/slot-pickers-id-light.png` });

  // A toast: the copy lands a week later, written in full with the client's zone.
  await drawer.getByRole('button', { name: 'Duplikat' }).click();
  await expect(page.getByText('Diduplikat ke Jumat, 19 Feb 2027 19.00 WITA')).toBeVisible();
});

test('the date picker speaks the UI language: Indonesian month and day names, English in English', async ({ page, core }) => {
  test.setTimeout(180_000);
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Makassar' });
  const slot = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: '2027-02-11T11:00:00.000Z', topic: 'Promo Ramadan' });
  await page.clock.setFixedTime(new Date('2027-02-01T03:00:00Z'));
  for (const [language, theme] of [['id', 'light'], ['id', 'dark'], ['en', 'light'], ['en', 'dark']] as const) {
    await apiCall(core.url, 'settings.update', { language, theme });
    await page.goto(`${core.url}#/calendar/${slot.id}`);
    await page.reload();
    const id = language === 'id';
    const drawer = page.getByRole('dialog', { name: 'Promo Ramadan' });
    const date = drawer.getByRole('textbox', { name: id ? 'Tanggal' : 'Date' });
    await expect(date).toHaveValue(id ? 'Kam, 11 Feb 2027' : 'Thu, 11 Feb 2027');
    await date.click();
    // The month's header and Monday-first weekdays in the UI language.
    await expect(page.locator('.mantine-Popover-dropdown').getByRole('button', { name: id ? 'Februari 2027' : 'February 2027', exact: true })).toBeVisible();
    await expect(page.locator('.mantine-Popover-dropdown').getByRole('columnheader').first()).toHaveText(id ? 'Sn' : 'Mo');
    await page.screenshot({ path: `${SHOTS}/date-picker-${language}-${theme}.png` });
    await page.keyboard.press('Escape');
  }
});
