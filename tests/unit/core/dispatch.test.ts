import { describe, expect, it } from 'vitest';
import { testCore } from './helpers';

describe('dispatcher', () => {
  it('rejects an unknown method', async () => {
    const { fail } = testCore();
    expect((await fail('clients.drop', {})).code).toBe('unknown_method');
    expect((await fail('__proto__', {})).code).toBe('unknown_method');
  });

  it('names every invalid field without reaching the handler', async () => {
    const { fail, call } = testCore();
    const err = await fail('clients.create', { name: '   ', color: 'red', timezone: 'Mars/Olympus', accounts: [{ platform: 'myspace', handle: 'x' }] });
    expect(err.code).toBe('invalid_input');
    const paths = err.issues!.map((i) => i.path).sort();
    expect(paths).toEqual(['accounts.0.platform', 'color', 'name', 'timezone']);
    expect(await call('clients.list', { includeArchived: true })).toEqual([]);
  });

  it('rejects wrong types and hostile shapes', async () => {
    const { fail } = testCore();
    expect((await fail('clients.get', { id: 42 })).code).toBe('invalid_input');
    expect((await fail('clients.get', null)).code).toBe('invalid_input');
    expect((await fail('slots.list', { from: 'yesterday', to: '2026-01-01T00:00:00Z' })).code).toBe('invalid_input');
    expect((await fail('slots.create', { clientId: 'x', startsAt: '2026-12-01T10:00:00.000Z', postUrl: 'javascript:alert(1)' })).issues?.[0]?.path).toBe('postUrl');
    expect((await fail('clients.create', { name: 'x'.repeat(500), color: '#000000' })).issues?.[0]?.code).toBe('too_big');
  });

  it('reports a missing record as not_found', async () => {
    const { fail } = testCore();
    const err = await fail('clients.get', { id: 'nope' });
    expect(err).toMatchObject({ code: 'not_found', details: { entity: 'client', id: 'nope' } });
  });

  it('keeps hostile text as plain data', async () => {
    const { call } = testCore();
    const name = '<script>alert(1)</script>\u202Eevil';
    const c = await call('clients.create', { name, color: '#000000' });
    expect((await call('clients.get', { id: c.id })).name).toBe(name);
  });
});
