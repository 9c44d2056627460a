import { describe, expect, it } from 'vitest';
import { testCore } from './helpers';

// 19.00 WIB on 11 Feb 2027 is 12:00 UTC.
const AT_19_WIB = '2027-02-11T12:00:00.000Z';

async function kopiWithPost() {
  const t = testCore();
  const client = await t.call('clients.create', { name: 'Kopi Senja', color: '#b45309', timezone: 'Asia/Jakarta' });
  const post = await t.call('slots.create', { clientId: client.id, startsAt: AT_19_WIB, topic: 'Promo Ramadan' });
  return { ...t, client, post };
}

describe('a client moving to another time zone', () => {
  it('keeps its posts at their local time by default: 19.00 WIB becomes 19.00 WITA', async () => {
    const { call, client, post } = await kopiWithPost();
    await call('clients.update', { id: client.id, patch: { timezone: 'Asia/Makassar' } });
    const moved = await call('slots.get', { id: post.id });
    expect(moved.timezone).toBe('Asia/Makassar');
    expect(moved.startsAt).toBe('2027-02-11T11:00:00.000Z'); // 19.00 WITA
  });

  it('keeps the instant when asked: 19.00 WIB becomes 20.00 WITA', async () => {
    const { call, client, post } = await kopiWithPost();
    await call('clients.update', { id: client.id, patch: { timezone: 'Asia/Makassar' }, postTimes: 'instant' });
    const moved = await call('slots.get', { id: post.id });
    expect(moved.timezone).toBe('Asia/Makassar');
    expect(moved.startsAt).toBe(AT_19_WIB);
  });

  it('leaves a post’s stored zone alone on any other edit', async () => {
    const { call, client, post } = await kopiWithPost();
    await call('clients.update', { id: client.id, patch: { brandVoice: 'Santai' } });
    await call('slots.update', { id: post.id, patch: { topic: 'Promo sahur' } });
    const same = await call('slots.get', { id: post.id });
    expect(same).toMatchObject({ timezone: 'Asia/Jakarta', startsAt: AT_19_WIB, topic: 'Promo sahur' });
  });

  it('refuses an unknown choice and changes nothing', async () => {
    const { call, fail, client, post } = await kopiWithPost();
    const err = await fail('clients.update', { id: client.id, patch: { timezone: 'Asia/Makassar' }, postTimes: 'whatever' });
    expect(err.code).toBe('invalid_input');
    expect(await call('clients.get', { id: client.id })).toMatchObject({ timezone: 'Asia/Jakarta' });
    expect(await call('slots.get', { id: post.id })).toMatchObject({ timezone: 'Asia/Jakarta', startsAt: AT_19_WIB });
  });
});
