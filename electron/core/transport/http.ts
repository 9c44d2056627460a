import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security';
import type { RawSubscribe } from '../../../shared/contract/events';
import { ASSET_MAX_BYTES } from '../../../shared/contract/assets';
import { handleEvents, handleUpload } from './streams';

export interface HttpTransportOptions {
  dispatch: Dispatch;
  /** Built renderer to serve at `/` (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
  /** Where `POST /upload` stores files (`<dataDir>/incoming`); no upload route without it. */
  uploadDir?: string;
  maxUploadBytes?: number;
  /** The core's events, for `GET /events`; no event route without it. */
  events?: RawSubscribe;
}

export interface HttpTransport {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.aff': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The loopback transport for `npm run web` and the tests: the same core and renderer as the
 * app, reachable only from this machine, only with this launch's secret, only from our origin
 * (a page on another site cannot drive it, and DNS rebinding fails the Host check).
 */
export function startHttpTransport(opts: HttpTransportOptions): Promise<HttpTransport> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  const maxBody = opts.maxBodyBytes ?? 50 * 1024 * 1024;
  let allowedHosts: Set<string> = new Set();

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(body);
    };
    if (!allowedHosts.has(req.headers.host ?? '')) return send(421, 'Wrong host');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    const json = (status: number, body: unknown) => send(status, JSON.stringify(body), 'application/json');
    // Every route that reaches the core: our Origin (when a browser sends one) and this launch's token.
    const refused = (): boolean => {
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        json(403, { ok: false, error: { code: 'unauthorized', message: 'Wrong origin' } });
        return true;
      }
      const auth = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
      if (auth.length !== tokenBuf.length || !timingSafeEqual(auth, tokenBuf)) {
        json(401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token' } });
        return true;
      }
      return false;
    };

    if (url.pathname === '/upload' && opts.uploadDir) {
      if (req.method !== 'POST') return json(405, { ok: false, error: { code: 'transport', message: 'POST only' } });
      if (refused()) return req.resume();
      void handleUpload(req, url, opts.uploadDir, opts.maxUploadBytes ?? ASSET_MAX_BYTES, json);
      return;
    }
    if (url.pathname === '/events' && opts.events) {
      if (req.method !== 'GET') return json(405, { ok: false, error: { code: 'transport', message: 'GET only' } });
      if (refused()) return;
      return handleEvents(req, res, opts.events);
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(405, 'POST only');
      if (refused()) return;
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > maxBody) {
          send(413, 'Too large');
          req.destroy();
        } else chunks.push(c);
      });
      req.on('end', () => {
        if (res.writableEnded) return;
        let input: unknown;
        try {
          input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        } catch {
          return send(400, JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'Body is not JSON' } }), 'application/json');
        }
        const method = decodeURIComponent(url.pathname.slice('/api/'.length));
        void opts.dispatch(method, input).then((reply) => send(200, JSON.stringify(reply), 'application/json'));
      });
      return;
    }

    if (!opts.staticDir || (req.method !== 'GET' && req.method !== 'HEAD')) return send(404, 'Not found');
    serveStatic(opts.staticDir, url.pathname, res, send);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        // Idle keep-alive connections from a browser tab would hold close() open forever.
        close: () =>
          new Promise<void>((r) => {
            server.close(() => r());
            server.closeAllConnections();
          }),
      });
      server.closeIdleConnections?.();
    });
  });
}

function serveStatic(
  root: string,
  pathname: string,
  res: http.ServerResponse,
  send: (status: number, body: string) => void,
) {
  const rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const file = path.resolve(root, '.' + rel);
  if (!file.startsWith(path.resolve(root) + path.sep)) return send(403, 'Forbidden');
  fs.readFile(file, (err, data) => {
    if (err) return send(404, 'Not found');
    const headers: Record<string, string> = {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    };
    if (file.endsWith('.html')) headers['Content-Security-Policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
    res.writeHead(200, headers);
    res.end(data);
  });
}
