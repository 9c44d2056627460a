import type { Page } from '@playwright/test';
import { apiCall } from './api';
import { expect } from './core';

/** A client with a February 2027 EP of a few posts, some with copy; the table opens on that month. */
export async function seedFebruary(url: string) {
  const client = await apiCall(url, 'clients.create', {
    name: 'Kopi Senja',
    color: '#b45309',
    timezone: 'Asia/Jakarta',
    accounts: [
      { platform: 'instagram', handle: '@kopisenja' },
      { platform: 'tiktok', handle: '@kopisenja' },
    ],
    package: [{ platform: 'instagram', format: 'feed', perMonth: 12 }],
    requiredHashtags: ['#KopiSenja'],
  });
  const campaign = await apiCall(url, 'campaigns.create', { clientId: client.id, name: 'Promo 2.2', startDate: '2027-02-01', endDate: '2027-02-07', color: '#dc2626' });
  const posts = [
    { day: '01', time: '12:00', topic: 'Kopi susu gula aren', pillar: 'product', format: 'carousel', status: 'draft', copy: { instagram: 'Pagi lebih semangat ☕️\nCoba sekarang! #KopiSenja', facebook: 'Pagi lebih semangat ☕️ #KopiSenja' } },
    { day: '02', time: '12:00', topic: 'Promo 2.2 diskon 22%', pillar: 'promo', format: 'reel', status: 'draft', copy: { instagram: 'Diskon 22% hari ini saja 🎉', tiktok: 'Diskon 22%! #KopiSenja #fyp' } },
    { day: '04', time: '02:00', topic: 'Fakta kopi arabika', pillar: 'trivia', format: 'feed', status: 'idea', copy: {} },
    { day: '09', time: '12:30', topic: 'Cara seduh V60', pillar: 'education', format: 'video', status: 'in_review', copy: { instagram: 'Seduh V60 di rumah, 4 langkah. #KopiSenja' } },
    { day: '10', time: '12:00', topic: 'Kuis tebak rasa', pillar: 'games', format: 'story', status: 'sent', copy: { instagram: 'Tebak rasanya! #KopiSenja' } },
    { day: '16', time: '12:00', topic: 'Testimoni pelanggan', pillar: 'testimonial', format: 'feed', status: 'draft', copy: { x: 'Kata mereka tentang Kopi Senja: "pas di lidah" #KopiSenja' } },
  ] as const;
  const ids: string[] = [];
  for (const p of posts) {
    const s = await apiCall(url, 'slots.create', {
      clientId: client.id,
      startsAt: `2027-02-${p.day}T${p.time}:00.000Z`,
      topic: p.topic,
      pillar: p.pillar,
      format: p.format,
      // A new post starts at most in review; "sent" is a move the status machine makes afterwards.
      status: p.status === 'sent' ? 'in_review' : p.status,
      campaignId: p.day <= '07' ? campaign.id : null,
      pic: 'Rani',
    });
    if (p.status === 'sent') await apiCall(url, 'slots.update', { id: s.id, patch: { status: 'sent' } });
    for (const [platform, plain] of Object.entries(p.copy)) {
      await apiCall(url, 'variants.save', { slotId: s.id, platform: platform as 'instagram', doc: null, plain });
    }
    ids.push(s.id);
  }
  return { client, campaign, ids };
}

/** Opens the EP table on February 2027 (the clock pinned to 10 February, 10:00 in Jakarta). */
export async function openTable(page: Page, url: string, clientName: string | null = 'Kopi Senja') {
  await page.clock.setFixedTime(new Date('2027-02-10T03:00:00Z'));
  await page.goto(url + '#/table');
  if (clientName) await page.getByRole('navigation').getByRole('button', { name: clientName }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  return grid;
}
