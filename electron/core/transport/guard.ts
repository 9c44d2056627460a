import type http from 'node:http';
import type { AppErrorShape, ErrorCode } from '../../../shared/contract/errors';

/**
 * One route of the loopback transport. `path` is the decoded pathname, already checked: valid
 * UTF-8 escapes, no NUL or control characters, not absurdly long. A route may throw (or
 * reject) an HttpError or anything else: the guard answers it and the server stays up.
 */
export interface Route {
  match(path: string): boolean;
  handle(req: http.IncomingMessage, res: http.ServerResponse, path: string): void | Promise<void>;
}

/** A refusal with its HTTP status; the body is the contract's error shape, so the UI can word it. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const errorBody = (e: HttpError) => JSON.stringify({ ok: false, error: { code: e.code, message: e.message } satisfies AppErrorShape });

const BASE_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };

export function sendJson(res: http.ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  if (res.headersSent || res.destroyed) return void res.end();
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const MAX_PATH = 1024;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The request's pathname decoded, or an HttpError: `/%`, `/%E0%A4%A` and `/a%00b` all end here. */
export function decodePath(rawUrl: string | undefined): string {
  const raw = (rawUrl ?? '/').split(/[?#]/, 1)[0]!;
  if (!raw.startsWith('/') || raw.length > MAX_PATH) throw new HttpError(400, 'invalid_input', 'Bad path');
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'invalid_input', 'Bad escape in path');
  }
  if (CONTROL.test(path) || path.includes('\\')) throw new HttpError(400, 'invalid_input', 'Bad character in path');
  return path;
}

/**
 * Runs a request through the host check and the first route that matches, answering any
 * failure, sync or async, with a JSON error. Nothing a client sends can throw past here.
 */
export function routeRequest(req: http.IncomingMessage, res: http.ServerResponse, routes: Route[], allowedHosts: ReadonlySet<string>) {
  // An aborted upload or a reset socket emits 'error'; unhandled, that would end the process.
  req.on('error', () => req.destroy());
  res.on('error', () => res.destroy());
  const fail = (err: unknown) => {
    const e = err instanceof HttpError ? err : new HttpError(500, 'internal', 'The request could not be handled');
    if (!(err instanceof HttpError)) console.error('[http] unexpected failure:', err);
    sendJson(res, e.status, errorBody(e), e.headers);
  };
  try {
    if (!allowedHosts.has(req.headers.host ?? '')) throw new HttpError(421, 'unauthorized', 'Wrong host');
    const path = decodePath(req.url);
    const route = routes.find((r) => r.match(path));
    if (!route) throw new HttpError(404, 'not_found', 'Not found');
    const done = route.handle(req, res, path);
    if (done) done.catch(fail);
  } catch (err) {
    fail(err);
  }
}

/** Only the listed HTTP methods reach a route; others get 405 with the Allow header. */
export function allowMethods(req: http.IncomingMessage, methods: readonly string[]) {
  if (!methods.includes(req.method ?? '')) throw new HttpError(405, 'invalid_input', `${methods.join(' or ')} only`, { Allow: methods.join(', ') });
}
