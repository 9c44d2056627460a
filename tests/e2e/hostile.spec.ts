import { apiCall } from './api';
import { expect, test } from './core';
import { HOSTILE_STRINGS } from '../fixtures/hostile';

// Stored text shown in the app must never run: every field that takes free text gets the corpus.
const PAYLOADS = Object.entries(HOSTILE_STRINGS)
  .filter(([k]) => !['huge1MB', 'hugeUnicode', 'loneHigh', 'loneLow', 'empty', 'spaces'].includes(k))
  .map(([, v]) => v);

test.describe.configure({ timeout: 180_000 });

test('hostile text stored in every free-text field executes nowhere in the app', async ({ page, core }) => {
  const all = PAYLOADS.join(' ');
  const client = await apiCall(core.url, 'clients.create', {
    name: PAYLOADS[0]!.slice(0, 120),
    color: '#b45309',
    brandVoice: all.slice(0, 4000),
    audience: PAYLOADS[1]!,
    notes: all.slice(0, 10000),
    accounts: [{ platform: 'x', handle: PAYLOADS[2]!.slice(0, 100) }],
    bannedWords: PAYLOADS.map((p) => p.trim().slice(0, 80)).filter(Boolean),
  });
  await apiCall(core.url, 'campaigns.create', { clientId: client.id, name: PAYLOADS[3]!, startDate: '2026-12-01', endDate: '2026-12-12', color: '#123456', objective: all.slice(0, 4000) });
  const slots = [];
  for (const [i, p] of PAYLOADS.entries()) {
    const slot = await apiCall(core.url, 'slots.create', { clientId: client.id, startsAt: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}T05:00:00.000Z`, topic: p.slice(0, 500), visualBrief: p, pic: p.slice(0, 120), pillar: p.slice(0, 80) });
    await apiCall(core.url, 'variants.save', { slotId: slot.id, platform: 'instagram', doc: null, plain: p });
    slots.push(slot);
  }
  await apiCall(core.url, 'ideas.create', { clientId: client.id, title: PAYLOADS[4]!, notes: all.slice(0, 10000) });
  await apiCall(core.url, 'clientDates.create', { clientId: client.id, name: PAYLOADS[5]!.slice(0, 120), date: '2026-12-03', repeat: 'yearly' });

  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
  await page.goto(core.url);
  for (const hash of ['#/calendar', '#/ideas', '#/campaigns', `#/clients/${client.id}`, `#/calendar/${slots[0]!.id}`, `#/calendar/${slots[1]!.id}`]) {
    await page.goto(`${core.url.split('?')[0]}${hash}`);
    await expect(page.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(await pwned(), hash).toBeUndefined();
  }
  // The payloads are shown as text, not swallowed.
  await page.goto(`${core.url.split('?')[0]}#/clients/${client.id}`);
  await expect(page.getByRole('textbox', { name: /Nama klien/ })).toHaveValue(PAYLOADS[0]!);
  expect(dialogs).toEqual([]);
  expect(await pwned()).toBeUndefined();
});
