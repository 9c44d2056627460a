import { allowMethods, sendJson, type Route } from '../guard';
import { checkCaller, type ApiContext } from './api';
import { handleEvents, handleUpload } from '../streams';
import type { RawSubscribe } from '../../../../shared/contract/events';

/**
 * The two streaming routes, behind the same guards as the API (Host, then Origin and token):
 * `POST /upload` (a file picked in the browser, streamed to disk for `assets.add`) and
 * `GET /events` (the core's events as server-sent events).
 */
export function uploadRoute(ctx: ApiContext, dir: string, maxBytes: number): Route {
  return {
    match: (path) => path === '/upload',
    async handle(req, res) {
      allowMethods(req, ['POST']);
      checkCaller(req, ctx);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      await handleUpload(req, url, dir, maxBytes, (status, body) => sendJson(res, status, JSON.stringify(body)));
    },
  };
}

export function eventsRoute(ctx: ApiContext, subscribe: RawSubscribe): Route {
  return {
    match: (path) => path === '/events',
    handle(req, res) {
      allowMethods(req, ['GET']);
      checkCaller(req, ctx);
      handleEvents(req, res, subscribe);
    },
  };
}
