import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHttpTransport } from '../../../electron/core/transport/http';
import { eventHub, safeFileName } from '../../../electron/core/transport/streams';
import { readEventStream } from '../../../renderer/src/api/eventStream';
import type { CoreEvent } from '../../../shared/contract/events';
import { tempDir, testCore } from './helpers';

async function serve(maxUploadBytes?: number) {
  const { core } = testCore();
  const hub = eventHub();
  const uploadDir = path.join(tempDir(), 'incoming');
  const t = await startHttpTransport({ dispatch: core.dispatch, uploadDir, events: hub.subscribe, maxUploadBytes });
  const base = `http://127.0.0.1:${t.port}`;
  return { t, hub, base, uploadDir, auth: { Authorization: `Bearer ${t.token}` } };
}

describe('loopback transport: /events', () => {
  it('streams the core’s events to a token holder as server-sent events', async () => {
    const { t, hub, base, auth } = await serve();
    try {
      expect((await fetch(`${base}/events`)).status).toBe(401);
      expect((await fetch(`${base}/events`, { headers: { ...auth, Origin: 'http://evil.example' } })).status).toBe(403);

      const abort = new AbortController();
      const res = await fetch(`${base}/events`, { headers: auth, signal: abort.signal });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const got: CoreEvent[] = [];
      const done = readEventStream(res.body!, (e) => {
        got.push(e);
        if (got.length === 2) abort.abort();
      }).catch(() => undefined);
      // The response has arrived, so the server subscribed this stream (it does so before its first byte).
      hub.publish({ event: 'export.progress', payload: { jobId: 'j1', phase: 'assets', done: 1, total: 3 } });
      hub.publish({ event: 'export.progress', payload: { jobId: 'j1', phase: 'zip', done: 3, total: 3 } });
      await done;
      expect(got.map((e) => e.payload)).toEqual([
        { jobId: 'j1', phase: 'assets', done: 1, total: 3 },
        { jobId: 'j1', phase: 'zip', done: 3, total: 3 },
      ]);

    } finally {
      await t.close();
    }
  });
});

describe('loopback transport: /upload', () => {
  it('stores an upload under incoming/ with its own name, only for a token holder, within the size cap', async () => {
    const { t, base, auth, uploadDir } = await serve(1024);
    try {
      const body = Buffer.alloc(600, 7);
      const refused = await fetch(`${base}/upload?name=a.jpg`, { method: 'POST', body });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

      const ok = await fetch(`${base}/upload?name=${encodeURIComponent('../../foto promo.jpg')}`, { method: 'POST', headers: auth, body });
      const reply = (await ok.json()) as { ok: true; value: { path: string; size: number } };
      expect(reply.ok).toBe(true);
      expect(path.basename(reply.value.path)).toBe('foto promo.jpg');
      expect(path.dirname(path.dirname(reply.value.path))).toBe(uploadDir);
      expect(fs.readFileSync(reply.value.path).equals(body)).toBe(true);

      const big = await fetch(`${base}/upload?name=big.mp4`, { method: 'POST', headers: auth, body: Buffer.alloc(4096) });
      expect(big.status).toBe(413);
      expect(await big.json()).toMatchObject({ ok: false, error: { code: 'file_too_large', details: { name: 'big.mp4' } } });
      expect(fs.readdirSync(uploadDir)).toHaveLength(1);
      expect((await fetch(`${base}/upload`, { headers: auth })).status).toBe(405);
    } finally {
      await t.close();
    }
  });

  it('makes any name safe to create', () => {
    expect(safeFileName('..\\..\\evil.exe')).toBe('evil.exe');
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('a\u0000b<c>.png')).toBe('a_b_c_.png');
    expect(safeFileName('.hidden')).toBe('hidden');
  });
});
