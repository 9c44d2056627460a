import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { Dispatch } from '../../dispatch';
import { allowMethods, HttpError, sendJson, type Route } from '../guard';

export interface ApiContext {
  token: string;
  allowedHosts: ReadonlySet<string>;
  maxBodyBytes: number;
}

const METHOD_NAME = /^[A-Za-z][A-Za-z0-9._-]{0,79}$/;

/** Our origin (or none: same-origin fetches may omit it) and this launch's token, or a refusal. */
export function checkCaller(req: http.IncomingMessage, ctx: ApiContext) {
  const origin = req.headers.origin;
  if (origin !== undefined && !ctx.allowedHosts.has(origin.replace(/^http:\/\//, ''))) throw new HttpError(403, 'unauthorized', 'Wrong origin');
  const auth = Buffer.from(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
  const token = Buffer.from(ctx.token);
  if (auth.length !== token.length || !timingSafeEqual(auth, token)) throw new HttpError(401, 'unauthorized', 'Missing or wrong token');
}

/** `POST /api/<method>` with a JSON body: the contract. */
export function apiRoute(ctx: ApiContext, dispatch: Dispatch): Route {
  return {
    match: (path) => path.startsWith('/api/'),
    async handle(req, res, path) {
      allowMethods(req, ['POST']);
      checkCaller(req, ctx);
      const method = path.slice('/api/'.length);
      if (!METHOD_NAME.test(method)) throw new HttpError(404, 'unknown_method', 'Unknown method');
      const body = await readBody(req, res, ctx.maxBodyBytes);
      let input: unknown;
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {};
      } catch {
        throw new HttpError(400, 'invalid_input', 'Body is not JSON');
      }
      const reply = await dispatch(method, input);
      sendJson(res, 200, JSON.stringify(reply));
    },
  };
}

/**
 * The request body, refused with 413 once it passes `max` (at once when Content-Length says
 * so). The rest of an oversized upload is not read: the answer goes out and the socket closes.
 */
export function readBody(req: http.IncomingMessage, res: http.ServerResponse, max: number): Promise<Buffer> {
  const tooLarge = () => {
    res.once('finish', () => req.destroy());
    return new HttpError(413, 'invalid_input', `Body larger than ${max} bytes`, { Connection: 'close' });
  };
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= max) return void chunks.push(c);
      req.removeAllListeners('data');
      req.pause();
      reject(tooLarge());
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('aborted', () => reject(new HttpError(400, 'invalid_input', 'Request aborted')));
  });
}
