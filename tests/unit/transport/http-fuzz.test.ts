import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpTransport, type HttpTransport } from '../../../electron/core/transport/http';
import { tempDir, testCore } from '../core/helpers';
import { malformedRequest, NAMED_PATHS, rng } from './fuzz';

interface RawResponse {
  status: number | null;
  head: string;
  body: string;
}

/** Writes raw bytes on a fresh connection and reads whatever comes back until the server closes. */
function rawRequest(port: number, bytes: Buffer, halfClose = true): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    const chunks: Buffer[] = [];
    socket.on('data', (d) => {
      chunks.push(d);
      // One answer is all we need; keep-alive would otherwise hold the socket open.
      const text = Buffer.concat(chunks).toString('latin1');
      const m = /content-length: (\d+)/i.exec(text);
      const headEnd = text.indexOf('\r\n\r\n');
      if (m && headEnd >= 0 && text.length - headEnd - 4 >= Number(m[1])) socket.destroy();
    });
    socket.on('error', () => undefined); // the server may close mid-upload (413): expected
    socket.setTimeout(10_000, () => socket.destroy()); // a bound on the test, not an assertion
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(head);
      resolve({ status: m ? Number(m[1]) : null, head, body });
    });
    // Half-closing makes the server give up on an incomplete request at once instead of waiting.
    if (halfClose) socket.end(bytes);
    else socket.write(bytes);
  });
}

async function call(t: HttpTransport, method: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${t.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t.token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { ok: boolean; error?: { code: string } } };
}

function staticRoot() {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Rencana</title>');
  return dir;
}

describe('loopback transport under malformed requests', () => {
  it('answers each named attack with a JSON 4xx and keeps serving', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch, staticDir: staticRoot() });
    try {
      for (const p of NAMED_PATHS) {
        for (const method of ['GET', 'POST']) {
          const bytes = Buffer.from(`${method} ${p} HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nAuthorization: Bearer ${t.token}\r\nContent-Length: 2\r\n\r\n{}`, 'latin1');
          const r = await rawRequest(t.port, bytes, false);
          expect(r.status, `${method} ${p}`).not.toBeNull();
          // A valid method name behind odd slashes may be served; anything else is refused.
          if (r.status! >= 400) {
            expect(r.status!, `${method} ${p}`).toBeLessThan(500);
            expect(r.head.toLowerCase(), `${method} ${p}`).toContain('application/json');
            expect(JSON.parse(r.body).ok).toBe(false);
          }
        }
      }
      expect((await call(t, 'clients.list', {})).json.ok).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('survives 3,000 random malformed requests, never answers 5xx, then still answers', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch, staticDir: staticRoot() });
    const r = rng(1313);
    const statuses = new Map<string, number>();
    const TOTAL = 3000;
    let sent = 0;
    try {
      const worker = async () => {
        while (sent < TOTAL) {
          sent++;
          const res = await rawRequest(t.port, malformedRequest(r, t.port, t.token));
          const key = String(res.status ?? 'closed');
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: 12 }, worker));
      console.log(`[fuzz] ${TOTAL} malformed requests, answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
      expect([...statuses.keys()].filter((s) => s.startsWith('5'))).toEqual([]);
      const ok = await call(t, 'clients.create', { name: 'Masih hidup', color: '#123456' });
      expect(ok.json.ok).toBe(true);
      expect(((await call(t, 'clients.list', {})).json as unknown as { value: unknown[] }).value).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('refuses a 50 MiB body with 413 while other calls go on', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch });
    try {
      const huge = JSON.stringify({ name: 'x'.repeat(50 * 1024 * 1024), color: '#123456' });
      const big = fetch(`http://127.0.0.1:${t.port}/api/clients.create`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${t.token}` },
        body: huge,
      }).then(
        async (res) => ({ status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code }),
        () => ({ status: 413, code: 'closed before the answer was read' }),
      );
      expect((await call(t, 'clients.list', {})).json.ok).toBe(true);
      expect((await big).status).toBe(413);
      expect((await call(t, 'clients.list', {})).json).toEqual({ ok: true, value: [] });
    } finally {
      await t.close();
    }
  });

  it('keeps answering while slow clients hold connections open with half-sent requests', async () => {
    const { core } = testCore();
    const t = await startHttpTransport({ dispatch: core.dispatch });
    const slow: net.Socket[] = [];
    try {
      for (let i = 0; i < 50; i++) {
        const s = net.connect({ port: t.port, host: '127.0.0.1' });
        s.on('error', () => undefined);
        s.write(`POST /api/clients.list HTTP/1.1\r\nHost: 127.0.0.1:${t.port}\r\nContent-Length: 1000\r\n`);
        slow.push(s);
      }
      expect((await call(t, 'clients.list', {})).json.ok).toBe(true);
    } finally {
      slow.forEach((s) => s.destroy());
      await t.close();
    }
  });
});
