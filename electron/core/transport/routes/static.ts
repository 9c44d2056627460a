import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security';
import { allowMethods, HttpError, type Route } from '../guard';

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

/** The built renderer: GET/HEAD only, never outside `root`. */
export function staticRoute(root: string): Route {
  const base = path.resolve(root);
  return {
    match: () => true,
    async handle(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
      allowMethods(req, ['GET', 'HEAD']);
      const file = path.resolve(base, '.' + (pathname === '/' ? '/index.html' : pathname));
      if (!file.startsWith(base + path.sep)) throw new HttpError(403, 'unauthorized', 'Forbidden');
      const data = await fs.promises.readFile(file).catch(() => {
        throw new HttpError(404, 'not_found', 'Not found');
      });
      const headers: Record<string, string> = {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Length': String(data.length),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      if (file.endsWith('.html')) headers['Content-Security-Policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    },
  };
}
