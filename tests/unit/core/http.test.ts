import { describe, expect, it } from 'vitest';
import { startHttpTransport } from '../../../electron/core/transport/http';
import { testCore } from './helpers';

describe('loopback HTTP transport', () => {
  it('serves the contract only to callers with the token, our Host and our Origin', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch });
    try {
      const base = `http://127.0.0.1:${t.port}`;
      const post = (headers: Record<string, string>, body = '{}') =>
        fetch(`${base}/api/clients.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
      expect(t.url).toBe(`${base}/?token=${t.token}`);

      const ok = await post({ Authorization: `Bearer ${t.token}`, Origin: base });
      expect(await ok.json()).toEqual({ ok: true, value: [] });

      expect((await post({})).status).toBe(401);
      expect((await post({ Authorization: 'Bearer wrong' })).status).toBe(401);
      expect((await post({ Authorization: `Bearer ${t.token}`, Origin: 'http://evil.example' })).status).toBe(403);
      const bad = await post({ Authorization: `Bearer ${t.token}` }, 'not json');
      expect(bad.status).toBe(400);
      const invalid = await post({ Authorization: `Bearer ${t.token}` }, '{"includeArchived":"yes"}');
      expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    } finally {
      await t.close();
    }
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch });
    try {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve) => {
        const req = http.request(
          { host: '127.0.0.1', port: t.port, path: '/api/clients.list', method: 'POST', headers: { Host: 'evil.example', Authorization: `Bearer ${t.token}` } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.end('{}');
      });
      expect(status).toBe(421);
    } finally {
      await t.close();
    }
  });
});
