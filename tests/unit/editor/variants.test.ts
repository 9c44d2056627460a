import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { variantService } from '../../../electron/core/editor/variants';
import { tempDir, testCore } from '../core/helpers';

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function slotFixture() {
  const t = testCore();
  const client = await t.call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
  const slot = await t.call('slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00Z' });
  return { ...t, client, slot };
}

/** Moves the clock the core reads (`new Date()`), nothing else. */
function clockAt(iso: string) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
}
afterEach(() => void vi.useRealTimers());

describe('variants', () => {
  it('saves a variant, lists it and shows it on the slot', async () => {
    const { call, slot } = await slotFixture();
    const r = await call('variants.save', { slotId: slot.id, platform: 'x', doc: doc('Halo'), plain: 'Halo' });
    expect(r.variant).toMatchObject({ slotId: slot.id, platform: 'x', plain: 'Halo', doc: doc('Halo') });
    expect(r.revision).toMatchObject({ author: 'me', restoredFrom: null });
    expect(await call('variants.list', { slotId: slot.id })).toEqual([r.variant]);
    const again = await call('slots.get', { id: slot.id });
    expect(again.variants).toEqual([{ platform: 'x', doc: doc('Halo'), plain: 'Halo' }]);
    expect(again.updatedAt >= slot.updatedAt).toBe(true);
  });

  it('a large replacement within the two minutes still makes its own revision, so it can be restored', async () => {
    const { call, slot } = await slotFixture();
    const save = (plain: string) => call('variants.save', { slotId: slot.id, platform: 'instagram', doc: doc(plain), plain });
    const first = 'Ngopi pagi bareng kami, ada menu baru yang pengen banget kita kenalin';
    clockAt('2026-12-01T10:00:00Z');
    await save(first);
    clockAt('2026-12-01T10:00:20Z');
    await save(`${first}!`); // typing on: same revision
    clockAt('2026-12-01T10:00:30Z');
    const pasted = await save('Promo 12.12 diskon 50%'); // select all, paste over
    clockAt('2026-12-01T10:00:40Z');
    await save('Promo 12.12 diskon 50% sampai tengah malam'); // typing on after it
    const history = await call('variants.revisions', { slotId: slot.id, platform: 'instagram' });
    expect(history.map((h) => h.plain)).toEqual(['Promo 12.12 diskon 50% sampai tengah malam', `${first}!`]);
    const restored = await call('variants.restore', { revisionId: history[1]!.id });
    expect(restored.variant.plain).toBe(`${first}!`);
    expect(pasted.revision!.id).toBe(history[0]!.id);
  });

  it('adding a platform with no text records no revision', async () => {
    const { call, slot } = await slotFixture();
    const r = await call('variants.save', { slotId: slot.id, platform: 'tiktok', doc: null, plain: '' });
    expect(r.revision).toBeNull();
    expect(await call('variants.revisions', { slotId: slot.id, platform: 'tiktok' })).toEqual([]);
    expect((await call('variants.list', { slotId: slot.id })).map((v) => v.platform)).toEqual(['tiktok']);
  });

  it('collapses autosaves within two minutes into one revision and starts a new one after', async () => {
    const { call, slot } = await slotFixture();
    const save = (plain: string) => call('variants.save', { slotId: slot.id, platform: 'instagram', doc: doc(plain), plain });
    clockAt('2026-12-01T10:00:00Z');
    const a = await save('P');
    clockAt('2026-12-01T10:00:40Z');
    const b = await save('Promo');
    clockAt('2026-12-01T10:01:50Z');
    const c = await save('Promo 12.12');
    expect(b.revision!.id).toBe(a.revision!.id);
    expect(c.revision!.id).toBe(a.revision!.id);
    expect(c.revision!.updatedAt).toBe('2026-12-01T10:01:50.000Z');

    clockAt('2026-12-01T10:02:01Z');
    const d = await save('Promo 12.12 diskon');
    expect(d.revision!.id).not.toBe(a.revision!.id);

    const history = await call('variants.revisions', { slotId: slot.id, platform: 'instagram' });
    expect(history.map((h) => h.plain)).toEqual(['Promo 12.12 diskon', 'Promo 12.12']);
  });

  it('skips the history when the text did not change', async () => {
    const { call, slot } = await slotFixture();
    const first = await call('variants.save', { slotId: slot.id, platform: 'x', doc: doc('Sama'), plain: 'Sama' });
    const again = await call('variants.save', { slotId: slot.id, platform: 'x', doc: doc('Sama'), plain: 'Sama' });
    expect(again.revision).toBeNull();
    expect(again.variant.updatedAt).toBe(first.variant.updatedAt);
    expect(await call('variants.revisions', { slotId: slot.id, platform: 'x' })).toHaveLength(1);
  });

  it('restores an older revision as a new revision, and typing after it starts another', async () => {
    const { call, slot } = await slotFixture();
    const save = (plain: string) => call('variants.save', { slotId: slot.id, platform: 'x', doc: doc(plain), plain });
    clockAt('2026-12-01T10:00:00Z');
    await save('Versi satu');
    clockAt('2026-12-01T10:05:00Z');
    await save('Versi dua');
    const [, old] = await call('variants.revisions', { slotId: slot.id, platform: 'x' });
    clockAt('2026-12-01T10:05:30Z');
    const restored = await call('variants.restore', { revisionId: old!.id });
    expect(restored.variant.plain).toBe('Versi satu');
    expect(restored.revision).toMatchObject({ restoredFrom: old!.id, author: 'me' });
    clockAt('2026-12-01T10:05:40Z');
    const typed = await save('Versi satu!');
    expect(typed.revision!.id).not.toBe(restored.revision!.id);

    const history = await call('variants.revisions', { slotId: slot.id, platform: 'x' });
    expect(history.map((h) => h.plain)).toEqual(['Versi satu!', 'Versi satu', 'Versi dua', 'Versi satu']);
  });

  it("keeps the client's revisions apart from the user's typing", async () => {
    const dir = tempDir();
    const { call, slot } = await (async () => {
      const t = testCore(dir);
      const client = await t.call('clients.create', { name: 'Batik', color: '#222222' });
      const s = await t.call('slots.create', { clientId: client.id, startsAt: '2026-12-12T12:00:00Z' });
      return { ...t, slot: s };
    })();
    await call('variants.save', { slotId: slot.id, platform: 'facebook', doc: null, plain: 'Draf saya' });
    // The review import writes as the client through the service.
    const { db } = openDatabase({ dataDir: dir });
    try {
      const fromClient = variantService(db).save(
        { slotId: slot.id, platform: 'facebook', doc: null, plain: 'Revisi dari klien' },
        { author: 'client' },
      );
      expect(fromClient.revision!.author).toBe('client');
    } finally {
      db.close();
    }
    const mine = await call('variants.save', { slotId: slot.id, platform: 'facebook', doc: null, plain: 'Revisi dari klien, dirapikan' });
    const history = await call('variants.revisions', { slotId: slot.id, platform: 'facebook' });
    expect(history.map((h) => [h.author, h.plain])).toEqual([
      ['me', 'Revisi dari klien, dirapikan'],
      ['client', 'Revisi dari klien'],
      ['me', 'Draf saya'],
    ]);
    expect(mine.revision!.id).toBe(history[0]!.id);
  });

  it('removes a variant but keeps its history', async () => {
    const { call, slot } = await slotFixture();
    await call('variants.save', { slotId: slot.id, platform: 'threads', doc: null, plain: 'Utas' });
    expect(await call('variants.remove', { slotId: slot.id, platform: 'threads' })).toEqual({
      slotId: slot.id,
      platform: 'threads',
      removed: true,
    });
    expect(await call('variants.list', { slotId: slot.id })).toEqual([]);
    expect(await call('variants.revisions', { slotId: slot.id, platform: 'threads' })).toHaveLength(1);
    expect((await call('variants.remove', { slotId: slot.id, platform: 'threads' })).removed).toBe(false);
  });

  it('refuses unknown slots, deleted slots, unknown revisions and bad input', async () => {
    const { call, fail, slot } = await slotFixture();
    expect((await fail('variants.save', { slotId: 'nope', platform: 'x', doc: null, plain: 'a' })).code).toBe('not_found');
    expect((await fail('variants.restore', { revisionId: 'nope' })).code).toBe('not_found');
    expect((await fail('variants.save', { slotId: slot.id, platform: 'myspace', doc: null, plain: 'a' })).code).toBe('invalid_input');
    expect((await fail('variants.save', { slotId: slot.id, platform: 'x', doc: null, plain: 'a', author: 'client' })).code).toBe(
      'invalid_input',
    );
    await call('slots.delete', { id: slot.id });
    expect((await fail('variants.list', { slotId: slot.id })).code).toBe('not_found');
  });

  it('a failed save leaves no half-written variant', async () => {
    const { call, slot } = await slotFixture();
    const dir = (await call('app.info', {})).dataDir;
    const { db } = openDatabase({ dataDir: dir });
    try {
      // A revision that cannot be written (author breaks the CHECK) rolls back the variant row too.
      expect(() =>
        variantService(db).save({ slotId: slot.id, platform: 'x', doc: null, plain: 'x' }, { author: 'robot' as never }),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
    expect(await call('variants.list', { slotId: slot.id })).toEqual([]);
  });
});
