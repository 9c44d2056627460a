import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { CoreEvent, RawSubscribe } from '../../../shared/contract/events';

/**
 * The two streaming routes of the loopback transport, after http.ts has checked Host, Origin and
 * token: `POST /upload` (a file picked in the browser, streamed to disk for `assets.add`) and
 * `GET /events` (the core's events as server-sent events, read with fetch so the token header
 * goes along).
 */

export type SendJson = (status: number, body: unknown) => void;

/** A file name safe to create: no directories, no control characters, not empty, not too long. */
export function safeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^\.+/, '').trim();
  const ext = path.extname(clean).slice(0, 12);
  const stem = clean.slice(0, clean.length - ext.length).slice(0, 120);
  return stem ? `${stem}${ext}` : `file${ext}`;
}

export async function handleUpload(req: http.IncomingMessage, url: URL, dir: string, maxBytes: number, send: SendJson): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return send(413, { ok: false, error: { code: 'file_too_large', message: 'Upload too large', details: { name: url.searchParams.get('name') ?? '', maxMb: maxBytes / 1024 / 1024 } } });
  }
  const name = safeFileName(url.searchParams.get('name') ?? '');
  // Each upload in its own folder, so the file keeps its own name (shown under its thumbnail).
  const folder = path.join(dir, randomUUID());
  const file = path.join(folder, name);
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > maxBytes ? Object.assign(new Error('too large'), { code: 'TOO_LARGE' }) : null, chunk);
    },
  });
  try {
    await fs.promises.mkdir(folder, { recursive: true });
    await pipeline(req, cap, fs.createWriteStream(file, { flags: 'wx' }));
    send(200, { ok: true, value: { path: file, size } });
  } catch (err) {
    await fs.promises.rm(folder, { recursive: true, force: true });
    if ((err as { code?: string }).code === 'TOO_LARGE') {
      send(413, { ok: false, error: { code: 'file_too_large', message: 'Upload too large', details: { name, maxMb: maxBytes / 1024 / 1024 } } });
    } else {
      send(400, { ok: false, error: { code: 'transport', message: `Upload failed: ${(err as Error).message}` } });
    }
  }
}

/** How often an idle stream says it is alive, so proxies and the browser keep it open. */
const HEARTBEAT_MS = 25_000;

export function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, subscribe: RawSubscribe): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  // Subscribed before the first byte goes out: once a client has the response, it gets every event.
  const stop = subscribe((e: CoreEvent) => res.write(`data: ${JSON.stringify(e)}\n\n`));
  res.write(': connected\n\n');
  const beat = setInterval(() => res.write(': alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    clearInterval(beat);
    stop();
  };
  req.on('close', end);
  res.on('close', end);
}

/** One source of core events fanned out to every open stream. */
export function eventHub(): { publish(e: CoreEvent): void; subscribe: RawSubscribe } {
  const sinks = new Set<(e: CoreEvent) => void>();
  return {
    publish: (e) => sinks.forEach((s) => s(e)),
    subscribe(sink) {
      sinks.add(sink);
      return () => void sinks.delete(sink);
    },
  };
}
