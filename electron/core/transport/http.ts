import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../dispatch';
import { errorBody, HttpError, routeRequest, type Route } from './guard';
import { apiRoute } from './routes/api';
import { staticRoute } from './routes/static';
import { eventsRoute, uploadRoute } from './routes/streams';
import type { RawSubscribe } from '../../../shared/contract/events';
import { ASSET_MAX_BYTES } from '../../../shared/contract/assets';

export interface HttpTransportOptions {
  dispatch: Dispatch;
  /** Built renderer to serve at `/` (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  port?: number;
  token?: string;
  /** Contract calls carry JSON, never file contents (files go by path): 2 MiB is plenty. */
  maxBodyBytes?: number;
  /** Where `POST /upload` stores files (`<dataDir>/incoming`); no upload route without it. */
  uploadDir?: string;
  maxUploadBytes?: number;
  /** The core's events, for `GET /events`; no event route without it. */
  events?: RawSubscribe;
  /** Extra routes; they run behind the same guards as the API. */
  routes?: Route[];
}

export interface HttpTransport {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

/**
 * The loopback transport for `npm run web` and the tests: the same core and renderer as the
 * app, reachable only from this machine, only with this launch's secret, only from our origin
 * (a page on another site cannot drive it, and DNS rebinding fails the Host check).
 * No request can end the process: every route runs inside `routeRequest`'s guard.
 */
export function startHttpTransport(opts: HttpTransportOptions): Promise<HttpTransport> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const allowedHosts = new Set<string>();
  const ctx = { token, allowedHosts, maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY };
  const routes: Route[] = [...(opts.routes ?? []), apiRoute(ctx, opts.dispatch)];
  if (opts.uploadDir) routes.push(uploadRoute(ctx, opts.uploadDir, opts.maxUploadBytes ?? ASSET_MAX_BYTES));
  if (opts.events) routes.push(eventsRoute(ctx, opts.events));
  if (opts.staticDir) routes.push(staticRoute(opts.staticDir));

  const server = http.createServer({ maxHeaderSize: 16 * 1024 }, (req, res) => routeRequest(req, res, routes, allowedHosts));
  // Slow clients: a request must arrive whole within these; a response (an event stream) is not limited.
  server.headersTimeout = 10_000;
  server.requestTimeout = 20_000;
  server.maxConnections = 256;
  // A request Node's parser rejects (bad request line, oversized headers) gets a 400, not a crash.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const body = errorBody(new HttpError(status, 'invalid_input', 'Malformed request'));
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      allowedHosts.add(`127.0.0.1:${port}`).add(`localhost:${port}`);
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
    });
  });
}


