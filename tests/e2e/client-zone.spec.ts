import { apiCall } from './api';
import { test, expect } from './core';

// Screenshots for the people who look at them, kept with the test results.
const SHOTS = process.env.RENCANA_SHOTS_DIR ?? 'test-results/screens';

test('moving a client to another zone asks what its posts keep; 19.00 stays 19.00 by default', async ({ page, core }) => {
  test.setTimeout(180_000);
  await apiCall(core.url, 'settings.update', { language: 'id' });
  const client = await apiCall(core.url, 'clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Jakarta' });
  // 12:00 UTC is 19.00 WIB.
  const post = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: '2027-02-11T12:00:00.000Z', topic: 'Promo Ramadan' });
  await page.goto(`${core.url}#/clients/${client.id}`);

  await page.getByRole('textbox', { name: 'Zona waktu' }).click();
  await page.getByRole('option', { name: /^WITA/ }).click();
  const ask = page.getByRole('dialog', { name: 'Pindahkan klien ini dari WIB ke WITA?' });
  await expect(ask.getByRole('radio', { name: 'Jam lokalnya (disarankan)' })).toBeChecked();
  await expect(ask.getByText('Postingan pukul 19.00 WIB tayang pada saat yang sama: 20.00 WITA.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/client-zone-question-id-light.png` });
  // Nothing moves before the answer.
  expect(await apiCall(core.url, 'slots.get', { id: post.id })).toMatchObject({ timezone: 'Asia/Jakarta' });
  await ask.getByRole('button', { name: 'Ubah ke WITA' }).click();
  await expect(page.getByText('Zona waktu diubah ke WITA; postingan dipindahkan sesuai pilihan Anda.')).toBeVisible();
  // 19.00 WITA is 11:00 UTC.
  expect(await apiCall(core.url, 'slots.get', { id: post.id })).toMatchObject({ timezone: 'Asia/Makassar', startsAt: '2027-02-11T11:00:00.000Z' });

  // Cancelling changes nothing: the client and its post stay in WITA.
  await page.getByRole('textbox', { name: 'Zona waktu' }).click();
  await page.getByRole('option', { name: /^WIT —/ }).click();
  await page.getByRole('dialog', { name: 'Pindahkan klien ini dari WITA ke WIT?' }).getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('textbox', { name: 'Zona waktu' })).toHaveValue(/^WITA/);
  expect(await apiCall(core.url, 'clients.get', { id: client.id })).toMatchObject({ timezone: 'Asia/Makassar' });

  // The question in both languages and themes, for the record.
  for (const [language, theme] of [['id', 'dark'], ['en', 'light'], ['en', 'dark']] as const) {
    await apiCall(core.url, 'settings.update', { language, theme });
    await page.reload();
    const zone = page.getByRole('textbox', { name: language === 'id' ? 'Zona waktu' : 'Time zone' });
    await zone.click();
    await page.getByRole('option', { name: /^WIB — J/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/client-zone-question-${language}-${theme}.png` });
    await page.getByRole('dialog').getByRole('button', { name: language === 'id' ? 'Batal' : 'Cancel' }).click();
  }
});
