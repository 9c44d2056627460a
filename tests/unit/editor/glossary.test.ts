import { describe, expect, it } from 'vitest';
import { testCore } from '../core/helpers';

describe('glossary', () => {
  it('adds, lists and removes words per client, one entry whatever the capitalisation', async () => {
    const { call } = testCore();
    const a = await call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
    const b = await call('clients.create', { name: 'Batik', color: '#222222' });
    await call('glossary.add', { clientId: a.id, word: 'KopSen' });
    await call('glossary.add', { clientId: a.id, word: ' Arabika ' });
    const again = await call('glossary.add', { clientId: a.id, word: 'kopsen' });
    expect(again.word).toBe('KopSen');
    expect((await call('glossary.list', { clientId: a.id })).map((e) => e.word)).toEqual(['Arabika', 'KopSen']);
    expect(await call('glossary.list', { clientId: b.id })).toEqual([]);
    expect(await call('glossary.remove', { clientId: a.id, word: 'KOPSEN' })).toEqual({ removed: true });
    expect((await call('glossary.list', { clientId: a.id })).map((e) => e.word)).toEqual(['Arabika']);
  });

  it('refuses phrases, empty words and unknown clients', async () => {
    const { call, fail } = testCore();
    const a = await call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
    expect((await fail('glossary.add', { clientId: a.id, word: 'dua kata' })).code).toBe('invalid_input');
    expect((await fail('glossary.add', { clientId: a.id, word: '  ' })).code).toBe('invalid_input');
    expect((await fail('glossary.list', { clientId: 'nope' })).code).toBe('not_found');
  });
});

describe('hashtag sets', () => {
  it('creates, edits, lists and removes sets; tags lose "#" and duplicates', async () => {
    const { call } = testCore();
    const a = await call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
    const set = await call('hashtagSets.save', { clientId: a.id, name: 'Promo', tags: ['#KopiSenja', 'promo', '#Promo', 'kopi_lokal'] });
    expect(set.tags).toEqual(['KopiSenja', 'promo', 'kopi_lokal']);
    const edited = await call('hashtagSets.save', { clientId: a.id, id: set.id, name: 'Promo 12.12', tags: ['Harbolnas'] });
    expect(edited).toMatchObject({ id: set.id, name: 'Promo 12.12', tags: ['Harbolnas'], createdAt: set.createdAt });
    await call('hashtagSets.save', { clientId: a.id, name: 'Brand', tags: ['KopiSenja'] });
    expect((await call('hashtagSets.list', { clientId: a.id })).map((s) => s.name)).toEqual(['Brand', 'Promo 12.12']);
    expect(await call('hashtagSets.remove', { id: set.id })).toEqual({ id: set.id, removed: true });
    expect((await call('hashtagSets.list', { clientId: a.id })).map((s) => s.name)).toEqual(['Brand']);
  });

  it("refuses tags with spaces or punctuation and another client's set", async () => {
    const { call, fail } = testCore();
    const a = await call('clients.create', { name: 'Kopi Senja', color: '#b45309' });
    const b = await call('clients.create', { name: 'Batik', color: '#222222' });
    expect((await fail('hashtagSets.save', { clientId: a.id, name: 'X', tags: ['kopi senja'] })).code).toBe('invalid_input');
    expect((await fail('hashtagSets.save', { clientId: a.id, name: 'X', tags: ['diskon!'] })).code).toBe('invalid_input');
    expect((await fail('hashtagSets.save', { clientId: a.id, name: 'X', tags: [] })).code).toBe('invalid_input');
    const set = await call('hashtagSets.save', { clientId: a.id, name: 'Promo', tags: ['promo'] });
    expect((await fail('hashtagSets.save', { clientId: b.id, id: set.id, name: 'Mine', tags: ['x'] })).code).toBe('not_found');
  });
});
